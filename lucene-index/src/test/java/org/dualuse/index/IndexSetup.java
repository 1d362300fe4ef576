package org.dualuse.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dualuse.core.model.ControlList;

/**
 * The grid every index and classifier test runs on: the in-memory index, the on-disk index as built,
 * and the on-disk index opened again (its nodes' words read back from the index, as from a bundled one).
 */
enum IndexSetup {
  IN_MEMORY {
    @Override
    ListIndex open(ControlList list, Vocabulary vocabulary) {
      return ListIndex.inMemory(list, vocabulary);
    }
  },
  ON_DISK {
    @Override
    ListIndex open(ControlList list, Vocabulary vocabulary) {
      try {
        Path dir = Files.createTempDirectory("dualuse-index-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        return ListIndex.onDisk(list, dir, vocabulary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  ON_DISK_REOPENED {
    @Override
    ListIndex open(ControlList list, Vocabulary vocabulary) {
      try {
        Path dir = Files.createTempDirectory("dualuse-index-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        ListIndex.onDisk(list, dir, vocabulary).close();
        ListIndex reopened = ListIndex.onDisk(list, dir, vocabulary);
        if (!reopened.wordsReadBack()) {
          throw new IllegalStateException("the index in " + dir + " was built again instead of reused");
        }
        return reopened;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  abstract ListIndex open(ControlList list, Vocabulary vocabulary);

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless; the test result stands
    }
  }
}

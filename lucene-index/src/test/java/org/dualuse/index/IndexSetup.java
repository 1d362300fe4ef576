package org.dualuse.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dualuse.core.model.ControlList;

/** The grid every index and classifier test runs on: the in-memory and the on-disk index. */
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
        dir.toFile().deleteOnExit();
        return vocabulary == Vocabulary.standard()
            ? ListIndex.onDisk(list, dir)
            : ListIndex.onDisk(list, dir, vocabulary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  abstract ListIndex open(ControlList list, Vocabulary vocabulary);
}

package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The library starts no thread on its own: loading a list, from its source or from its snapshot,
 * starts no background thread and leaves no thread of its own running; only
 * {@link ControlLists#preload()} may start one, the parser's warm-up, and only when a list will be
 * parsed. Thread starts are recorded with JFR's {@code jdk.ThreadStart} event, which sees a thread
 * however short its life, where a look at the live threads could miss it.
 *
 * <p>The warm-up starts at most once per JVM, so the test that starts it runs last; no other test
 * of this module starts it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoBackgroundThreadTest {
  private static final String LIBRARY_THREAD = "dualuse-";

  /** The names of the library's threads started while the action ran, in start order. */
  private static List<String> libraryThreadsStartedBy(Runnable action) throws IOException {
    Path file = Files.createTempFile("thread-starts", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ThreadStart");
      recording.start();
      action.run();
      recording.stop();
      recording.dump(file);
      List<String> names = new ArrayList<>();
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        String name = event.getThread("thread").getJavaName();
        if (name != null && name.startsWith(LIBRARY_THREAD)) {
          names.add(name);
        }
      }
      return names;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Set<Thread> liveLibraryThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(LIBRARY_THREAD))
        .collect(Collectors.toSet());
  }

  @Test
  @Order(1)
  void parsingABundledListFromItsSourceStartsNoThread() throws IOException {
    assertEquals(List.of(), libraryThreadsStartedBy(() -> ControlLists.parseAnew(ControlLists.EU_2025)));
  }

  @Test
  @Order(2)
  void readingABundledListFromItsSnapshotLeavesNoThreadOfTheLibraryRunning() throws IOException {
    Set<Thread> before = liveLibraryThreads();
    List<String> started = libraryThreadsStartedBy(() -> ControlLists.readAnew(ControlLists.EU_2025));
    Set<Thread> after = liveLibraryThreads();
    after.removeAll(before);
    assertEquals(Set.of(), after, "threads started by the load (" + started + ") still run after it returned");
  }

  @Test
  @Order(3)
  void preloadStartsNoThreadWhenNoBundledListWillBeParsed() throws IOException {
    // the build writes a snapshot of every bundled list (BundledSnapshotTest): nothing will be parsed
    assertEquals(List.of(), libraryThreadsStartedBy(ControlLists::preload));
  }

  @Test
  @Order(4)
  void theWarmUpRunsOnOneDaemonThreadStartedOnce() throws IOException {
    List<Thread> seen = new ArrayList<>();
    List<String> started = libraryThreadsStartedBy(() -> {
      assertTrue(ParserWarmUp.start(), "the first start starts it");
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals(ParserWarmUp.THREAD_NAME)).forEach(seen::add);
      assertFalse(ParserWarmUp.start(), "a second start does nothing");
    });
    assertEquals(List.of(ParserWarmUp.THREAD_NAME), started);
    assertTrue(seen.stream().allMatch(Thread::isDaemon), "the warm-up never keeps a JVM alive");
  }
}

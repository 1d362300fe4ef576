package org.dualuse.bench;

import java.util.Locale;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.lists.ControlLists;

/**
 * Heap retained by the 2025 list and by its in-memory index with the hybrid classifier on top.
 *
 * <p>Not a JMH benchmark: it measures used heap ({@code totalMemory - freeMemory}) after repeated
 * {@code System.gc()} before loading, after the list, and after the classifier, holding references so
 * that nothing is collected. Figures are approximate (GC granularity, a few hundred KB) but stable
 * between runs. Run with a fixed heap so that sizing noise stays out:
 *
 * <p>{@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar org.dualuse.bench.RetainedMemory}
 */
public final class RetainedMemory {
  private RetainedMemory() {}

  public static void main(String[] args) {
    long base = usedAfterGc();
    ControlList list = ControlLists.eu();
    long withList = usedAfterGc();
    HybridClassifier classifier = HybridClassifier.of(list);
    long withIndex = usedAfterGc();
    ListIndex index = classifier.index();
    System.out.printf(Locale.ROOT, "list %s: %d nodes%n", list.id(), list.allNodes().size());
    System.out.printf(Locale.ROOT, "retained by the list:                  %6.1f MB%n", mb(withList - base));
    System.out.printf(Locale.ROOT, "retained by index + hybrid classifier: %6.1f MB (%d documents)%n",
        mb(withIndex - withList), index.size());
    System.out.printf(Locale.ROOT, "total:                                 %6.1f MB%n", mb(withIndex - base));
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // several rounds: a single System.gc() may leave garbage that finalization or soft refs release later
    for (int i = 0; i < 6; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}

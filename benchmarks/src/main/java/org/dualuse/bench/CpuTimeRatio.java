package org.dualuse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.TextOnlyClassifier;
import org.dualuse.lists.ControlLists;

/**
 * The ratio of {@link BaselineRatioBenchmark} for a machine shared with other work, as a plain main:
 * the CPU time the benchmark thread spends per text (not wall time, which other processes stretch),
 * with the baseline and the classifier measured in alternation, round after round, on the same text
 * sets, and the median of the rounds reported. One thread; after a warm-up of both on all sets.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.CpuTimeRatio [WARM_UP_CPU_SECONDS] [ROUNDS]}
 * (defaults 60 and 15). Prints per set the median CPU microseconds per text of each and the ratio
 * baseline time / classifier time, which is the classifier's speed relative to BM25 (1.0: as fast).
 */
public final class CpuTimeRatio {
  private CpuTimeRatio() {}

  public static void main(String[] args) {
    int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    TextOnlyClassifier baseline = new TextOnlyClassifier(ControlLists.eu());
    HybridClassifier classifier = HybridClassifier.of(ControlLists.eu());
    List<List<String>> sets = new ArrayList<>();
    for (String name : BenchmarkTexts.NAMES) {
      sets.add(BenchmarkTexts.of(name));
    }
    long start = cpu.getCurrentThreadCpuTime();
    while (cpu.getCurrentThreadCpuTime() - start < warmUpSeconds * 1_000_000_000L) {
      for (List<String> texts : sets) {
        for (String t : texts) {
          baseline.search(t);
          classifier.classify(Product.of(t));
        }
      }
    }
    double[][][] perText = new double[sets.size()][2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int s = 0; s < sets.size(); s++) {
        List<String> texts = sets.get(s);
        long a = cpu.getCurrentThreadCpuTime();
        for (String t : texts) {
          baseline.search(t);
        }
        long b = cpu.getCurrentThreadCpuTime();
        for (String t : texts) {
          classifier.classify(Product.of(t));
        }
        long c = cpu.getCurrentThreadCpuTime();
        perText[s][0][r] = (b - a) / 1e3 / texts.size();
        perText[s][1][r] = (c - b) / 1e3 / texts.size();
      }
    }
    System.out.printf("%-11s %12s %12s %8s%n", "set", "BM25 us", "hybrid us", "ratio");
    for (int s = 0; s < sets.size(); s++) {
      double bm25 = median(perText[s][0]);
      double hybrid = median(perText[s][1]);
      System.out.printf("%-11s %12.1f %12.1f %8.2f%n", BenchmarkTexts.NAMES.get(s), bm25, hybrid, bm25 / hybrid);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

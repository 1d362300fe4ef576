package org.dualuse.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.TextOnlyClassifier;
import org.dualuse.lists.ControlLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link HybridClassifier} against plain BM25 search ({@link TextOnlyClassifier#search}) on the
 * same texts in one JVM: the ratio of their throughputs is the figure, since the machine's speed
 * cancels out. Each call takes the next text of a fixed set ({@link BenchmarkTexts}: {@code mix},
 * {@code erp-lines}, {@code datasheets}), from the raw string: the classifier builds its
 * {@link Product}, the baseline analyses and searches, both over the 2025 list.
 *
 * <p>Run (one JVM, all sets; read the ratio {@code hybridOneThread / bm25OneThread} per set, and
 * {@code hybridTwoThreads / hybridOneThread}):
 * {@code java -jar benchmarks/target/benchmarks.jar BaselineRatioBenchmark -wi 5 -i 5 -f 1 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BaselineRatioBenchmark {

  @Param({"mix", "erp-lines", "datasheets"})
  public String texts;

  private String[] set;
  private TextOnlyClassifier baseline;
  private HybridClassifier classifier;

  /** Each thread walks the texts on its own, from the start. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void build() {
    set = BenchmarkTexts.of(texts).toArray(String[]::new);
    baseline = new TextOnlyClassifier(ControlLists.eu());
    classifier = HybridClassifier.of(ControlLists.eu());
  }

  private String next(Cursor cursor) {
    int i = cursor.next;
    cursor.next = (i + 1) % set.length;
    return set[i];
  }

  @Benchmark
  @Threads(1)
  public List<ControlCode> bm25OneThread(Cursor cursor) {
    return baseline.search(next(cursor));
  }

  @Benchmark
  @Threads(1)
  public Classification hybridOneThread(Cursor cursor) {
    return classifier.classify(Product.of(next(cursor)));
  }

  @Benchmark
  @Threads(2)
  public Classification hybridTwoThreads(Cursor cursor) {
    return classifier.classify(Product.of(next(cursor)));
  }

  @Benchmark
  @Threads(2)
  public List<ControlCode> bm25TwoThreads(Cursor cursor) {
    return baseline.search(next(cursor));
  }
}

package org.dualuse.bench;

import java.util.concurrent.TimeUnit;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Product;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a fresh JVM waits for before its first answer, cold (no JIT warm-up), one shot per forked
 * JVM; the score is the mean over the forks:
 *
 * <ul>
 *   <li>{@link #firstEu}: the first {@link ControlLists#eu()}: the bundled list read (from its snapshot
 *       when it is current, else parsed from the source) and cached;
 *   <li>{@link #firstClassifyAfterEu}: in a server that loaded the list at start, the first
 *       classification: the classifier built over it (its index read from the bundled one when
 *       current) and one product classified;
 *   <li>{@link #firstEuAndClassify}: both, as a command-line call does after the JVM has started.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FirstLoadBenchmark -f 10}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstLoadBenchmark {
  private static final Product PRODUCT = Product.of("GaN MMIC power amplifier 2,9-3,5 GHz, Psat 47,8 dBm");

  /** The list of a server that loaded it at start, before the first request. */
  @State(Scope.Thread)
  public static class LoadedList {
    ControlList list;

    @Setup(Level.Trial)
    public void load() {
      list = ControlLists.eu();
    }
  }

  @Benchmark
  public ControlList firstEu() {
    return ControlLists.eu();
  }

  @Benchmark
  public Classification firstClassifyAfterEu(LoadedList loaded) {
    return HybridClassifier.of(loaded.list).classify(PRODUCT);
  }

  @Benchmark
  public Classification firstEuAndClassify() {
    return HybridClassifier.of(ControlLists.eu()).classify(PRODUCT);
  }
}

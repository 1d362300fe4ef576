package org.dualuse.bench;

import java.util.concurrent.TimeUnit;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
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
 * Classifying one description against the 2025 list with the {@link HybridClassifier}: latency
 * distribution ({@link #latency}, {@code Mode.SampleTime}: read p50 and p99 from the percentiles JMH
 * prints) and throughput on one and two threads (one shared classifier, as in a server).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -wi 3 -i 5 -f 1 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBenchmark {

  /** Short material-master texts of different kinds: listed with numbers, unlisted, German. */
  @Param({
    "Handheld thermal imaging camera, uncooled microbolometer 640 x 512, 8-14 um, 60 Hz frame rate",
    "GaN MMIC power amplifier 2,9-3,5 GHz, Psat 47,8 dBm",
    "Office swivel chair with armrests, black fabric",
    "Frequenzumrichter 400 V, 75 kW, Ausgangsfrequenz 0-600 Hz"
  })
  public String text;

  private Classifier classifier;
  private Product product;

  @Setup
  public void build() {
    classifier = HybridClassifier.of(ControlLists.eu());
    product = Product.of(text);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Classification latency() {
    return classifier.classify(product);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public Classification throughput1Thread() {
    return classifier.classify(product);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Classification throughput2Threads() {
    return classifier.classify(product);
  }
}

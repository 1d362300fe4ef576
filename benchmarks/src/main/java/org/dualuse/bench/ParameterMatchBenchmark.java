package org.dualuse.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dualuse.core.classify.ParameterClassifier;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.ControlLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching one product's stated facts against every parametric node of the 2025 list
 * ({@link ParameterClassifier#evaluate}), the plans precomputed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParameterMatchBenchmark -wi 3 -i 5 -f 1 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParameterMatchBenchmark {
  private ParameterClassifier parameters;
  private Product product;

  @Setup
  public void build() {
    parameters = new ParameterClassifier(ControlLists.eu());
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("operating frequency", "3.1 GHz");
    facts.put("peak saturated output power", "100 W");
    facts.put("frame rate", "60 Hz");
    product = new Product("GaN power amplifier module, 2.9-3.5 GHz, 100 W", facts, "en");
  }

  @Benchmark
  public Object evaluate() {
    return parameters.evaluate(product);
  }
}

package org.dualuse.bench;

import java.util.concurrent.TimeUnit;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first {@link ControlLists#eu()} of a fresh JVM: reading the bundled text, parsing, caching.
 * What a user waits for at start-up, cold (no JIT warm-up). One shot per forked JVM; the score is
 * the mean over the forks.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FirstLoadBenchmark -f 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstLoadBenchmark {

  @Benchmark
  public ControlList firstEu() {
    return ControlLists.eu();
  }
}

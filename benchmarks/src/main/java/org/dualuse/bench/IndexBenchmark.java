package org.dualuse.bench;

import java.util.concurrent.TimeUnit;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.ListIndex;
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
 * Building the in-memory Lucene index of the 2025 list ({@link ListIndex#inMemory}), the list itself
 * already parsed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IndexBenchmark -wi 3 -i 5 -f 1 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexBenchmark {
  private ControlList list;

  @Setup
  public void load() {
    list = ControlLists.eu();
  }

  @Benchmark
  public int buildIndex() {
    try (ListIndex index = ListIndex.inMemory(list)) {
      return index.size();
    }
  }
}

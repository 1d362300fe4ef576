package org.dualuse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
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
 * Parsing the 2025 consolidated Annex I: {@link #parse} runs {@link AnnexParser} on a pre-read
 * {@link AnnexSource} (tree, notes, terms, references, criteria); {@link #readAndParse} adds reading
 * the file and its JSON ({@link EuConsolidatedJsonReader}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParseBenchmark -wi 3 -i 5 -f 1 -w 1s -r 1s}
 * from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  private Path file;
  private AnnexSource source;

  @Setup
  public void read() {
    file = OfficialTexts.eu2025();
    source = new EuConsolidatedJsonReader().read(OfficialTexts.eu2025Bytes(), file.getFileName().toString());
  }

  @Benchmark
  public ControlList parse() {
    return new AnnexParser().parse(source);
  }

  @Benchmark
  public ControlList readAndParse() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new AnnexParser().parse(new EuConsolidatedJsonReader().read(in, file.getFileName().toString()));
    }
  }
}

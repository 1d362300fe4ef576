package org.dualuse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fixed text sets the speed benchmarks run on, by name: {@code mix} (the 1,024 generated short
 * texts of {@link MaterialMasterBenchmark}), {@code erp-lines} (realistic material-master short
 * texts written by hand, {@code texts/material-master-lines.tsv}) and {@code datasheets} (long
 * descriptions with three to eight quantities each, {@code texts/datasheets.tsv}). The files are
 * UTF-8, {@code #} comments, one {@code lang<TAB>text} row a line.
 */
final class BenchmarkTexts {
  /** The names {@link #of} knows, in the order the benchmarks report them. */
  static final List<String> NAMES = List.of("mix", "erp-lines", "datasheets");

  private BenchmarkTexts() {}

  /**
   * The texts of one set, in file order.
   *
   * @throws IllegalArgumentException for an unknown name, or a malformed row (naming file and line)
   */
  static List<String> of(String name) {
    return switch (name) {
      case "mix" -> MaterialMasterBenchmark.generate(new Random(MaterialMasterBenchmark.SEED));
      case "erp-lines" -> read("texts/material-master-lines.tsv");
      case "datasheets" -> read("texts/datasheets.tsv");
      default -> throw new IllegalArgumentException("no text set named '" + name + "'; known: " + NAMES);
    };
  }

  private static List<String> read(String resource) {
    InputStream in = BenchmarkTexts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the benchmarks jar");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 1 || line.substring(tab + 1).isBlank()) {
          throw new IllegalArgumentException(resource + " line " + lineNumber + ": expected lang<TAB>text, was '"
              + line + "'");
        }
        out.add(line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource + " failed", e);
    }
    return List.copyOf(out);
  }
}

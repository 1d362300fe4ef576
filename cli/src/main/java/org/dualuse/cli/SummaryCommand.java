package org.dualuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dualuse summary --results FILE [--output NAME]}: the summary of an existing results file
 * (the JSON Lines of {@code classify --input}), as {@code classify --summary} writes it during a
 * batch: {@code NAME.json} and {@code NAME.html}, or the JSON on stdout without {@code --output}.
 * A record of the file that cannot be read counts as a failed row, named in the summary's errors.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Summarises the JSON Lines results of a batch: counts by decision, category and entry, "
        + "cyber-surveillance items apart, rows still needing facts; as NAME.json and a static NAME.html page.")
final class SummaryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--results", paramLabel = "FILE", required = true,
      description = "The JSON Lines results of classify --input.")
  Path results;

  @Option(names = "--output", paramLabel = "NAME",
      description = "Write NAME.json and NAME.html (default: print the JSON on stdout).")
  Path output;

  @Option(names = "--json", description = "Print the JSON summary on stdout (also when --output is given).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(results)) {
      throw new IllegalArgumentException("no such results file: " + results);
    }
    if (output != null) {
      SummaryFiles.checkWritable(output, results);
    }
    BatchSummary summary = new BatchSummary();
    try (ResultsFile in = new ResultsFile(results)) {
      for (ResultRow r = in.next(); r != null; r = in.next()) {
        summary.add(r);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output == null || json) {
      Json.print(out, summary.toJson());
    }
    if (output != null) {
      List<Path> files = SummaryFiles.write(summary, output);
      PrintWriter err = spec.commandLine().getErr();
      err.println("dualuse summary: " + String.format(java.util.Locale.ROOT, "%,d", summary.rows()) + " rows; wrote "
          + files.get(0) + " and " + files.get(1));
      err.flush();
    }
    return 0;
  }
}

package org.dualuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.diff.ChangeKind;
import org.dualuse.lists.diff.ListDiff;
import org.dualuse.lists.diff.Rescreening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dualuse rescreen --results OLD.jsonl --to LIST --output CHANGED.jsonl}: the rows of an
 * earlier batch whose decision or code changes on another list version, each with the list changes
 * that concern it; see {@link BatchRescreening}. The older list is the one the results name.
 */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
    description = "Classifies the rows of an earlier batch (its JSON Lines results) again on another list version "
        + "and writes the rows whose decision or code changed, each with the list changes that caused it.")
final class RescreenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--results", paramLabel = "FILE", required = true,
      description = "The JSON Lines results of classify --input on the older list.")
  Path results;

  @Option(names = "--to", paramLabel = "LIST", defaultValue = ControlLists.EU_ALIAS,
      description = "The newer list (default: ${DEFAULT-VALUE}).")
  String to;

  @Option(names = "--output", paramLabel = "FILE", required = true,
      description = "Where the changed rows go (JSON Lines or CSV, by the extension).")
  Path output;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "csv or jsonl (default: by the extension).")
  String outputFormat;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Threads, 0 for all cores, at most 4 per core.")
  int threads;

  @Option(names = "--json", description = "Print the counts as one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(results)) {
      throw new IllegalArgumentException("no such results file: " + results);
    }
    if (Files.exists(output) && Files.isSameFile(results, output)) {
      throw new IllegalArgumentException("output would overwrite the results: " + output);
    }
    BatchFormat format = outputFormat == null ? BatchFormat.ofFile(output) : BatchFormat.of(outputFormat);
    int effectiveThreads = BatchOptions.defaults().withThreads(threads).effectiveThreads();
    ControlList from = ControlLists.get(BatchRescreening.listOf(results));
    ControlList newer = ControlLists.get(to);
    Rescreening rescreening = Rescreening.of(ListDiff.between(from, newer));
    Classifier classifier = ListClassifiers.forList(newer.id());
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    BatchRescreening.Counts counts = new BatchRescreening(results, classifier, rescreening, output, format,
        effectiveThreads, BatchOptions.Progress.AUTO, err).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "dualuse rescreen: %s -> %s: %,d rows, %,d re-screened, %,d changed, %,d skipped "
            + "(no earlier classification), %,d failed, in %.1f s%n", from.id(), newer.id(), counts.rows,
        counts.unchanged + counts.changed, counts.changed, counts.skipped, counts.failed, seconds);
    if (counts.changed > 0) {
      err.println("  transitions: " + counts.transitions);
      StringBuilder kinds = new StringBuilder();
      for (Map.Entry<ChangeKind, Long> e : counts.causeKinds.entrySet()) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
      StringBuilder nearest = new StringBuilder();
      for (Map.Entry<ChangeKind, Long> e : counts.nearestCauseKinds.entrySet()) {
        nearest.append(nearest.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
      err.println("  rows by nearest cause: " + (nearest.length() == 0 ? "none" : nearest) + "; without a cause at their "
          + "codes: " + counts.withoutCause);
      err.println("  rows with a cause of each kind (a row may have several): " + (kinds.length() == 0 ? "none" : kinds));
    }
    err.flush();
    if (json) {
      Json.print(spec.commandLine().getOut(), counts.toJson(rescreening));
    }
    return counts.failed == 0 ? 0 : BatchClassification.ROWS_FAILED;
  }
}

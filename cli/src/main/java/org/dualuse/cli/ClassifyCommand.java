package org.dualuse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dualuse classify TEXT [--fact NAME=VALUE]...}: one classification; with {@code --input FILE
 * --output FILE} a batch (CSV or JSON Lines), delegated to {@link BatchClassification}.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Classifies a product description against a list: LISTED, NOT_LISTED or NEEDS_FACTS, with the "
        + "candidates and their evidence. With --input and --output, classifies a CSV or JSONL file in batch.")
final class ClassifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The product description; several words are joined.")
  List<String> words;

  @Option(names = "--fact", paramLabel = "NAME=VALUE",
      description = "A known parameter value, e.g. --fact \"frame rate=60 Hz\"; repeatable.")
  Map<String, String> facts = new LinkedHashMap<>();

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "", description = "Language of the text (en, de, ...).")
  String language;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "How many candidates (default: ${DEFAULT-VALUE}).")
  int top;

  @CommandLine.Mixin ListAndFormatOptions common;

  @Option(names = "--input", paramLabel = "FILE", description = "Classify every row of this CSV or JSONL file.")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "Where the batch results go (CSV or JSONL).")
  Path output;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "csv or jsonl (default: by the file's extension).")
  String inputFormat;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "csv or jsonl (default: by the file's extension).")
  String outputFormat;

  @Option(names = "--text-column", paramLabel = "NAME", description = "The column or field with the description "
      + "(default: text, else description).")
  String textColumn;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Batch threads, 0 for all cores.")
  int threads;

  @Override
  public Integer call() {
    if (input != null) {
      return batch();
    }
    if (output != null) {
      throw new IllegalArgumentException("--output needs --input FILE");
    }
    if (top < 1) {
      throw new IllegalArgumentException("--top must be 1 or more, was " + top);
    }
    String text = words == null ? "" : String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("nothing to classify: give a product description or --input FILE");
    }
    Classifier classifier = ListClassifiers.forList(common.listId);
    Classification c = classifier.classify(new Product(text, facts, language));
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, ClassificationJson.of(c, top));
    } else {
      print(out, c);
    }
    return 0;
  }

  private int batch() {
    if (words != null && !words.isEmpty()) {
      throw new IllegalArgumentException("give either a TEXT or --input FILE, not both");
    }
    if (output == null) {
      throw new IllegalArgumentException("--input needs --output FILE");
    }
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such input file: " + input);
    }
    BatchOptions options = BatchOptions.defaults().withThreads(threads);
    if (inputFormat != null) {
      options = options.withInputFormat(BatchFormat.of(inputFormat));
    }
    if (outputFormat != null) {
      options = options.withOutputFormat(BatchFormat.of(outputFormat));
    }
    if (textColumn != null) {
      options = options.withTextColumn(textColumn);
    }
    Classifier classifier = ListClassifiers.forList(common.listId);
    return new BatchClassification(classifier, input, output, options, spec.commandLine().getErr()).run();
  }

  private void print(PrintWriter out, Classification c) {
    out.println(c.decision() + (c.cyberSurveillance() ? "  (cyber-surveillance item)" : "") + "  [" + c.listId() + "]");
    out.println(c.explanation());
    List<Candidate> shown = c.candidates().subList(0, Math.min(top, c.candidates().size()));
    for (Candidate k : shown) {
      out.printf(Locale.ROOT, "  %-16s %-6s %8.3f  %s%n", k.code(), k.entry(), k.score(), k.evidence().explanation());
      for (String met : k.evidence().criteriaMet()) {
        out.println("      met:     " + met);
      }
      for (String failed : k.evidence().criteriaFailed()) {
        out.println("      failed:  " + failed);
      }
      for (String note : k.evidence().notes()) {
        out.println("      note:    " + note);
      }
    }
    for (MissingFact m : c.missingFacts()) {
      out.println("  question: " + m.question() + "  (--fact \"" + m.parameter() + "=...\"; decides " + m.decides() + ")");
    }
    for (Article5Indicator a : c.article5()) {
      out.println("  article 5: " + a.indicator() + " " + a.triggers() + ": " + a.reason());
    }
    out.flush();
  }
}

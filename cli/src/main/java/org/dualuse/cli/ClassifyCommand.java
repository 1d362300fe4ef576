package org.dualuse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.ElementEvidence;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.eval.ClassificationJson;
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
      description = "A known parameter value, e.g. --fact \"frame rate=60 Hz\"; repeatable, each name once.")
  List<String> facts = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "",
      description = "Language of the text (en, de, ...); in a batch, of the rows that name none.")
  String language;

  @Option(names = "--top", paramLabel = "K", description = "How many candidates (default: 5; in a JSON Lines "
      + "batch all of them).")
  Integer top;

  @Option(names = "--max-text-length", paramLabel = "N", defaultValue = "" + ProductConstraints.DEFAULT_MAX_TEXT_LENGTH,
      description = "The most characters of a product text (default: ${DEFAULT-VALUE}); a longer one is bad input, "
          + "in a batch an error record.")
  int maxTextLength;

  @CommandLine.Mixin ListAndFormatOptions common;

  @Option(names = "--threshold", paramLabel = "P",
      description = "List from this probability instead of the decision model's own (between 0 and 1; lower misses"
          + " fewer listed items and raises more false alarms).")
  Double threshold;

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

  @Option(names = "--id-column", paramLabel = "NAME", description = "The column or field with the row's id "
      + "(default: id), e.g. MATNR.")
  String idColumn;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Batch threads, 0 for all cores, at most 4 per core.")
  int threads;

  @Option(names = "--fact-column", paramLabel = "PARAMETER=COLUMN[:UNIT]",
      description = "In a batch, a column (or JSON field) whose values are facts of a parameter, e.g. "
          + "\"operating frequency=FREQ_GHZ:GHz\": bare numbers are read in the unit; repeatable.")
  List<String> factColumns = new ArrayList<>();

  @Option(names = "--fact-columns", paramLabel = "FILE",
      description = "In a batch, a file of fact columns, one PARAMETER=COLUMN[:UNIT] a line (# comments).")
  Path factColumnsFile;

  @Option(names = "--summary", paramLabel = "NAME",
      description = "In a batch, also write the summary as NAME.json and NAME.html (counts by decision, category, "
          + "entry; cyber-surveillance items; rows needing facts).")
  Path summary;

  @Override
  public Integer call() {
    if (input != null) {
      return batch();
    }
    if (output != null) {
      throw new IllegalArgumentException("--output needs --input FILE");
    }
    if (!factColumns.isEmpty() || factColumnsFile != null || summary != null) {
      throw new IllegalArgumentException((summary != null ? "--summary" : "--fact-column and --fact-columns")
          + " apply to a batch (--input FILE); for one TEXT give --fact NAME=VALUE");
    }
    int k = top == null ? 5 : top;
    if (k < 1) {
      throw new IllegalArgumentException("--top must be 1 or more, was " + k);
    }
    String text = words == null ? "" : String.join(" ", words);
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("nothing to classify: give a product description or --input FILE");
    }
    Map<String, String> stated = parseFacts(facts);
    // a fact the library would leave out (no unit, an unknown one) is bad input on the command line
    ProductFacts.of(stated, "");
    Classifier classifier = ListClassifiers.forList(common.listId, constraints(), threshold);
    Classification c = classifier.classify(new Product(text, stated, language));
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      Json.print(out, ClassificationJson.of(c, k, ListVersions.of(c.listId())));
    } else {
      print(out, c, k);
    }
    return 0;
  }

  private ProductConstraints constraints() {
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("--max-text-length must be 1 or more, was " + maxTextLength);
    }
    return ProductConstraints.builder().maxTextLength(maxTextLength).build();
  }

  /**
   * The {@code --fact NAME=VALUE} options as a map in the order given.
   *
   * @throws IllegalArgumentException for one without {@code =} or a name given twice (the last would
   *     silently win)
   */
  static Map<String, String> parseFacts(List<String> options) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String o : options) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--fact " + DualUseException.quote(o) + ": expected NAME=VALUE, e.g. "
            + "--fact \"frame rate=60 Hz\"");
      }
      String name = o.substring(0, eq).strip();
      String value = o.substring(eq + 1).strip();
      // "fps" and "frame rate" name one parameter: the same fact twice
      String key = org.dualuse.core.criteria.Parameters.lookup(name).map(p -> p.name())
          .orElse(name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      String before = seen.put(key, name);
      if (before != null) {
        throw new IllegalArgumentException("--fact " + DualUseException.quote(name) + " is given twice ("
            + DualUseException.quote(out.get(before)) + " and " + DualUseException.quote(value) + "); give each fact once");
      }
      out.put(name, value);
    }
    return out;
  }

  private int batch() {
    if (words != null && !words.isEmpty()) {
      throw new IllegalArgumentException("give either a TEXT or --input FILE, not both");
    }
    if (!facts.isEmpty()) {
      throw new IllegalArgumentException("--fact applies to one TEXT; in a batch give facts as columns "
          + "(--fact-column PARAMETER=COLUMN:UNIT, or a column named fact:NAME) or as a JSON 'facts' object per row");
    }
    if (output == null) {
      throw new IllegalArgumentException("--input needs --output FILE");
    }
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such input file: " + input);
    }
    if (top != null && top < 1) {
      throw new IllegalArgumentException("--top must be 1 or more, was " + top);
    }
    BatchOptions options = BatchOptions.defaults().withThreads(threads).withLanguage(language)
        .withTop(top == null ? 0 : top).withMaxTextLength(constraints().maxTextLength());
    if (inputFormat != null) {
      options = options.withInputFormat(BatchFormat.of(inputFormat));
    }
    if (outputFormat != null) {
      options = options.withOutputFormat(BatchFormat.of(outputFormat));
    }
    if (textColumn != null) {
      options = options.withTextColumn(textColumn);
    }
    if (idColumn != null) {
      options = options.withIdColumn(idColumn);
    }
    if (factColumnsFile != null && !Files.isRegularFile(factColumnsFile)) {
      throw new IllegalArgumentException("no such fact columns file: " + factColumnsFile);
    }
    options = options.withFactColumns(FactColumns.of(factColumns, factColumnsFile));
    if (summary != null) {
      options = options.withSummary(summary);
    }
    Classifier classifier = ListClassifiers.forList(common.listId, constraints(), threshold);
    return new BatchClassification(classifier, input, output, options, spec.commandLine().getErr()).run();
  }

  private void print(PrintWriter out, Classification c, int top) {
    String scope = c.cyberSurveillanceFlag().scope() == CyberSurveillanceScope.NONE ? ""
        : "  (cyber-surveillance: " + c.cyberSurveillanceFlag().scope().description() + ")";
    out.println(c.decision() + scope + "  [" + c.listId() + "]");
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
      for (ElementEvidence e : a.elements()) {
        out.println("      shows    " + e.element().wording() + ": " + String.join(", ", e.words()));
      }
      for (CyberSurveillanceElement m : a.missing()) {
        out.println("      missing  " + m.wording());
      }
    }
    out.flush();
  }
}

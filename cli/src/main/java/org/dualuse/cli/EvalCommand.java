package org.dualuse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dualuse.eval.CaseResult;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.EvaluationJson;
import org.dualuse.eval.EvaluationReport;
import org.dualuse.eval.Evaluator;
import org.dualuse.eval.Interval;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Metrics;
import org.dualuse.eval.Split;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dualuse eval --dataset FILE [--format dualuse|commoditybench] [--list ID] [--classifier CLASS]
 * [--json] [--errors]}: accuracy of a classifier on a labelled dataset (see {@link org.dualuse.eval}),
 * by default the hybrid classifier of the list; {@code --classifier} names another by its class
 * ({@link ClassifierClass}), such as the text-only baseline {@code org.dualuse.index.TextOnlyClassifier}.
 *
 * <p>Exit 0 on success, 2 when the dataset cannot be read (a malformed line is named with its line
 * number). Cases whose {@code list} names another list than {@code --list} are not evaluated; their
 * number is printed ({@code skippedOtherList}), never dropped silently. Expected codes that the list
 * does not hold are listed as a warning ({@code expectedNotInList}): label errors, or codes of another
 * list; such cases still count, as misses.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Accuracy metrics of a classifier (the hybrid one, or --classifier CLASS) on a labelled dataset (JSON Lines).")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "FILE", description = "the labelled dataset")
  Path dataset;

  @Option(
      names = "--format",
      defaultValue = "dualuse",
      paramLabel = "FORMAT",
      description = "dualuse (the project's JSON Lines, default) or commoditybench (US labels mapped to Annex I)")
  String format;

  @Option(names = "--list", defaultValue = "eu", paramLabel = "ID", description = "the list to classify against (default: eu)")
  String list;

  @Option(
      names = "--classifier",
      paramLabel = "CLASS",
      description = {
        "the classifier to evaluate instead of the hybrid one: the fully-qualified name of a public class on the"
            + " class path that implements org.dualuse.core.classify.Classifier and has a public static"
            + " of(ControlList) or a public constructor taking a ControlList;"
            + " org.dualuse.index.TextOnlyClassifier is the text-only BM25 baseline shipped for comparison"
      })
  String classifierClass;

  @Option(names = "--threshold", paramLabel = "P",
      description = "the hybrid classifier lists from this probability instead of its decision model's own (0 to 1)")
  Double threshold;

  @Option(names = "--json", description = "print one JSON document")
  boolean json;

  @Option(names = "--errors", description = "list each miss with its evidence")
  boolean errors;

  @Option(names = "--threads", paramLabel = "N", description = "classification threads, 0 for all cores (the default)")
  Integer threads;

  /** Builds the classifier for a list id; replaced in tests. */
  Function<String, Classifier> classifiers = ListClassifiers::forList;

  /** Tells, for a list id, whether a code is in that list; replaced in tests. */
  Function<String, Predicate<ControlCode>> knownCodes =
      id -> {
        ControlList l = ControlLists.get(id);
        return code -> l.find(code).isPresent();
      };

  /** Tells whether a case's {@code list} value names the list the classifier answers for. */
  static boolean sameList(String caseList, String requested, String classifierListId) {
    if (caseList.isEmpty()) {
      return true;
    }
    return caseList.equalsIgnoreCase(requested)
        || caseList.equalsIgnoreCase(classifierListId)
        || ListClassifiers.resolvesTo(caseList, classifierListId);
  }

  @Override
  public Integer call() {
    ListClassifiers.checkThreshold(threshold);
    DatasetFormat f = DatasetFormat.of(format);
    // a class that cannot serve is named before the dataset is read
    ClassifierClass named = classifierClass == null ? null : ClassifierClass.named(classifierClass);
    if (!Files.isRegularFile(dataset)) {
      throw new IllegalArgumentException("no such dataset file: " + dataset);
    }
    List<LabelledCase> all = DatasetReader.read(dataset, f);
    if (threshold != null && named != null) {
      throw new IllegalArgumentException("--threshold applies to the hybrid classifier, not to --classifier " + classifierClass);
    }
    Classifier classifier = named != null ? named.buildFor(ControlLists.get(list))
        : threshold == null ? classifiers.apply(list)
        : ListClassifiers.forList(list, ProductConstraints.defaults(), threshold);
    List<LabelledCase> cases =
        all.stream().filter(c -> sameList(c.list(), list, classifier.listId())).toList();
    int skipped = all.size() - cases.size();
    List<String> unknown = expectedNotInList(cases, knownCodes.apply(list));
    int n = threads == null || threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    EvaluationReport report =
        new Evaluator(classifier, n, Evaluator.DEFAULT_RESAMPLES, Evaluator.DEFAULT_SEED).evaluate(cases);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      var doc = EvaluationJson.toJson(report, errors);
      doc.put("dataset", dataset.toString());
      doc.put("format", f.cliName());
      doc.put("classifier", classifier.getClass().getName());
      doc.put("skippedOtherList", skipped);
      unknown.forEach(doc.putArray("expectedNotInList")::add);
      Json.print(out, doc);
    } else {
      printText(out, report, f, skipped, named);
      if (!unknown.isEmpty()) {
        out.printf("%nwarning: %d expected codes are not in list %s (label errors, or codes of another list):%n",
            unknown.size(), report.listId());
        unknown.forEach(u -> out.println("  " + u));
        out.flush();
      }
    }
    return 0;
  }

  /** "id (line N): code" for every expected code the list does not hold, in dataset order. */
  static List<String> expectedNotInList(List<LabelledCase> cases, Predicate<ControlCode> known) {
    List<String> out = new ArrayList<>();
    for (LabelledCase c : cases) {
      for (ControlCode code : c.expected()) {
        if (!known.test(code)) {
          out.add(c.id() + " (line " + c.line() + "): " + code);
        }
      }
    }
    return out;
  }

  private void printText(PrintWriter out, EvaluationReport r, DatasetFormat f, int skipped, ClassifierClass named) {
    Metrics m = r.overall();
    out.printf(
        "dataset  %s (%s): %d cases, %d listed, %d not listed, %d cyber-surveillance%s%n",
        dataset, f.cliName(), m.cases(), m.listedCases(), m.notListedCases(), m.cyberSurveillanceCases(),
        skipped == 0 ? "" : "; " + skipped + " cases for other lists skipped");
    out.printf("list     %s%n", r.listId());
    if (named != null) {
      out.printf("classifier %s%n", named.name());
    }
    out.println();
    out.printf("%-24s %7s   %s%n", "metric", "value", "95% interval (bootstrap, " + r.resamples() + " resamples)");
    for (Map.Entry<String, Double> e : m.rates().entrySet()) {
      Interval i = r.intervals().get(e.getKey());
      out.printf("%-24s %7s   [%s, %s]%n", e.getKey(), fmt(e.getValue()), fmt(i.low()), fmt(i.high()));
    }
    splitTable(out, r);
    table(out, "by category", r.byCategory());
    table(out, "by kind", r.byKind());
    table(out, "by style", r.byStyle());
    table(out, "by language", r.byLanguage());
    surveillanceTable(out, "cyber-surveillance by kind", r.byKind());
    surveillanceTable(out, "cyber-surveillance by language", r.byLanguage());
    if (errors) {
      List<CaseResult> misses = r.errors();
      out.printf("%nerrors (%d)%n", misses.size());
      for (CaseResult miss : misses) {
        LabelledCase c = miss.labelledCase();
        Classification cl = miss.classification();
        out.printf(
            "- %s (line %d) expected %s, got %s%s%n",
            c.id(), c.line(), c.listed() ? c.expected() : "not listed", cl.decision(),
            cl.candidates().isEmpty() ? "" : " top " + top(cl.candidates()));
        out.printf("    text: %s%n", c.text());
        if (!cl.candidates().isEmpty()) {
          var ev = cl.candidates().get(0).evidence();
          out.printf("    evidence: words %s; met %s; failed %s; unknown %s; notes %s%n",
              ev.matchedWords(), ev.criteriaMet(), ev.criteriaFailed(), ev.criteriaUnknown(), ev.notes());
        }
        if (!cl.explanation().isEmpty()) {
          out.printf("    why: %s%n", cl.explanation());
        }
      }
    }
    out.flush();
  }

  /** Tune and check side by side with their gap (check minus tune), when the corpus is split. */
  private static void splitTable(PrintWriter out, EvaluationReport r) {
    if (r.bySplit().isEmpty()) {
      return;
    }
    Metrics tune = r.bySplit().get(Split.TUNE.label());
    Metrics check = r.bySplit().get(Split.CHECK.label());
    out.printf("%n%-24s %7s %7s %7s%n", "split", "tune", "check", "gap");
    out.printf("%-24s %7s %7s%n", "cases", tune == null ? "-" : tune.cases(), check == null ? "-" : check.cases());
    Map<String, Double> gap = r.splitGap();
    for (String k : Metrics.DEFINITIONS.keySet()) {
      out.printf("%-24s %7s %7s %7s%n", k, tune == null ? "-" : fmt(tune.rates().get(k)),
          check == null ? "-" : fmt(check.rates().get(k)), gap.isEmpty() ? "-" : signed(gap.get(k)));
    }
  }

  private static String signed(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.3f", v);
  }

  private static String top(List<Candidate> candidates) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(3, candidates.size()); i++) {
      Candidate c = candidates.get(i);
      b.append(i == 0 ? "" : ", ").append(c.code()).append(String.format(Locale.ROOT, " (%.2f)", c.score()));
    }
    return b.toString();
  }

  private static void table(PrintWriter out, String title, Map<String, Metrics> groups) {
    out.printf("%n%-24s %5s %9s %9s %12s %14s %7s%n", title, "cases", "entryTop1", "exactTop1", "listedRecall",
        "notListedAcc", "graded");
    groups.forEach((k, g) -> out.printf("%-24s %5d %9s %9s %12s %14s %7s%n", k, g.cases(), fmt(g.entryTop1()),
        fmt(g.exactTop1()), fmt(g.listedRecall()), fmt(g.notListedAccuracy()), fmt(g.gradedScore())));
  }

  /**
   * The cyber-surveillance rates of the groups that have a case they speak of: listed
   * cyber-surveillance items flagged, unlisted ones given Article 5 indicators, and Article 5
   * indicators on unlisted cases that are not cyber-surveillance items (false alarms).
   */
  private static void surveillanceTable(PrintWriter out, String title, Map<String, Metrics> groups) {
    out.printf("%n%-24s %5s %12s %14s %17s%n", title, "cases", "listedCyber", "article5Recall", "article5FalseAlarm");
    groups.forEach((k, g) -> {
      if (!Double.isNaN(g.listedCyberSurveillanceRecall()) || !Double.isNaN(g.article5Recall())
          || k.contains("surveillance")) {
        out.printf("%-24s %5d %12s %14s %17s%n", k, g.cases(), fmt(g.listedCyberSurveillanceRecall()),
            fmt(g.article5Recall()), fmt(1 - g.article5Specificity()));
      }
    });
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}

package org.dualuse.bench.fit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Split;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.index.Vocabulary;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;
import org.dualuse.lists.ControlLists;

/**
 * Fits the {@link DecisionModel} on the {@code tune} half of the team's corpus and writes the model
 * file the library bundles. One command (from the repository root, after {@code ./mvnw -B -pl
 * benchmarks -am package -DskipTests}):
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.fit.FitDecisionModel \
 *     [--dataset benchmarks/src/main/resources/datasets/corpus-eu.jsonl] \
 *     [--out lucene-index/src/main/resources/org/dualuse/index/decision/decision-model.tsv] \
 *     [--target cost:1 | f1 | recall:0.80] [--folds 5]
 * }</pre>
 *
 * <p>The procedure, all on {@code tune} (the {@code check} half is never read):
 * <ol>
 *   <li>Each case is classified up to the decision and the {@link DecisionFeatures} of its deciding
 *       candidate are taken ({@link HybridClassifier#decisionFeatures}); a case without a viable
 *       candidate is never listed and enters only the figures. Label: the case is listed.
 *   <li>Cases are put in {@code --folds} folds by group (the first three parts of the case id, so that
 *       the above/below pairs and variants written together stay in one fold and a fold's cases are
 *       not near copies of the training cases).
 *   <li>The L2 penalty is the one of {@link #LAMBDAS} with the least out-of-fold log-loss.
 *   <li>The threshold follows from the target: {@code cost:R} (the default, {@code cost:1}), the
 *       Bayes decision for a probability that is calibrated, 1 / (1 + R) where R is what a missed
 *       listed item costs against a false alarm; or, chosen on the out-of-fold probabilities,
 *       {@code recall:R}, the highest threshold whose listed recall is at least R (so the best
 *       not-listed accuracy with that recall), or {@code f1}, the threshold of the best listed F1.
 *       The default is no fitted constant: on tune the F1-best threshold lies on a plateau (0.43 to
 *       0.50 gave listed F1 0.776 to 0.784) and moved within it with every change of the tree, while
 *       not-listed accuracy went from 0.73 to 0.79 across it.
 *   <li>The weights are fitted once more on all of {@code tune} with that penalty.
 * </ol>
 *
 * <p>The stages have classes of their own: {@link FeatureTable} (the cases as feature rows and
 * folds), {@link CrossValidation} (out-of-fold probabilities, log-loss), {@link ThresholdCurve}
 * (figures and targets by threshold) and {@link CalibrationReport}; this class runs them in order.
 */
public final class FitDecisionModel {

  static final double[] LAMBDAS = {0.01, 0.1, 0.3, 1, 3, 10};

  private FitDecisionModel() {}

  public static void main(String[] args) throws IOException {
    Path dataset = Path.of("benchmarks/src/main/resources/datasets/corpus-eu.jsonl");
    Path out = Path.of("lucene-index/src/main/resources/org/dualuse/index/decision/" + DecisionModel.RESOURCE);
    String target = "cost:1";
    int folds = 5;
    Path dump = null;
    String vocabularyName = "default";
    java.util.Set<DecisionFeature> without = java.util.EnumSet.noneOf(DecisionFeature.class);
    Split calibrationOf = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--target" -> target = value;
        case "--folds" -> folds = Integer.parseInt(value);
        case "--dump" -> dump = Path.of(value);
        case "--vocabulary" -> vocabularyName = value;
        case "--calibration-of" -> calibrationOf = Split.parse(value)
            .orElseThrow(() -> new IllegalArgumentException("--calibration-of takes tune or check, not " + value));
        case "--without" -> {
          for (String name : value.split(",")) {
            without.add(DecisionFeature.valueOf(name.strip()));
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (known: --dataset, --out, --target, --folds, --dump, --vocabulary, --without, --calibration-of)");
      }
      i++;
    }
    if (!target.equals("f1") && !target.matches("recall:0?\\.\\d+") && !target.matches("cost:\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("--target must be f1, recall:R with R in (0, 1) or cost:R with R > 0, is " + target);
    }
    if (calibrationOf != null) {
      CalibrationReport.print(dataset, calibrationOf);
      return;
    }
    List<LabelledCase> cases = new ArrayList<>();
    for (LabelledCase c : DatasetReader.read(dataset, DatasetFormat.DUALUSE)) {
      if (c.split().orElse(Split.ofId(c.id())) == Split.TUNE) {
        cases.add(c);
      }
    }
    ControlList list = ControlLists.eu();
    // the features do not depend on the model: any one serves to build the classifier
    DecisionModel placeholder = new DecisionModel(0, zeros(), 0.5, "placeholder");
    Vocabulary vocabulary = switch (vocabularyName) {
      case "default" -> Vocabulary.forList(list);
      case "standard" -> Vocabulary.standard();
      case "knowledge" -> Vocabulary.withKnowledge(list);
      case "translations" -> Vocabulary.withTranslations();
      case "both" -> Vocabulary.withKnowledge(list).plus(Vocabulary.withTranslations());
      default -> throw new IllegalArgumentException("--vocabulary must be default, standard, knowledge, translations or both");
    };
    HybridClassifier classifier =
        new HybridClassifier(ListIndex.inMemory(list, vocabulary), ProductConstraints.defaults(), placeholder);
    FeatureTable table = FeatureTable.of(cases, classifier, without, folds);
    double[][] x = table.x();
    boolean[] y = table.y();
    int listed = table.listed();
    int notListed = cases.size() - listed;
    System.out.printf(Locale.ROOT, "tune: %d cases (%d listed, %d not), %d without a viable candidate (%d of them listed)%n",
        cases.size(), listed, notListed, table.withoutCandidate(), table.listedWithoutCandidate());

    double bestLambda = LAMBDAS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    double[] oof = null;
    for (double lambda : LAMBDAS) {
      double[] p = CrossValidation.outOfFold(x, y, table.fold(), folds, lambda);
      double loss = CrossValidation.logLoss(p, y);
      System.out.printf(Locale.ROOT, "lambda %-5s out-of-fold log-loss %.4f%n", lambda, loss);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestLambda = lambda;
        oof = p;
      }
    }
    ThresholdCurve curve = new ThresholdCurve(oof, y, listed, notListed);
    if (dump != null) {
      table.dump(dump, oof);
    }
    double threshold = target.equals("f1") ? curve.bestF1()
        : target.startsWith("cost:") ? 1 / (1 + Double.parseDouble(target.substring(5)))
        : curve.forRecall(Double.parseDouble(target.substring(7)));
    System.out.println("out-of-fold figures by threshold (recall over all listed tune cases):");
    for (double t = 0.1; t < 0.95; t += 0.05) {
      System.out.println("  " + curve.describe(t));
    }
    System.out.println("chosen (" + target + "): " + curve.describe(threshold));
    System.out.println("calibration, out of fold (cases by predicted probability: mean predicted, share listed):");
    for (String line : CalibrationReport.bins(oof, y)) {
      System.out.println("  " + line);
    }

    double[] w = LogisticRegression.fit(x, y, bestLambda);
    Map<DecisionFeature, Double> weights = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      weights.put(f, w[f.ordinal() + 1]);
    }
    DecisionModel model = new DecisionModel(w[0], weights, threshold, out.toString());
    List<String> comments = List.of(
        "The decision model of HybridClassifier: logistic regression over the DecisionFeature values of",
        "the deciding candidate; probability = 1 / (1 + exp(-(intercept + sum of weight x value))).",
        "Listed (or NEEDS_FACTS) when the probability is at least the threshold.",
        "Written by org.dualuse.bench.fit.FitDecisionModel; do not edit by hand. Reproduce with:",
        "  java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.fit.FitDecisionModel --target " + target
            + " --folds " + folds,
        "Data: the tune half of " + dataset.getFileName() + " (" + cases.size() + " cases, " + listed + " listed); "
            + "the check half is not read.",
        String.format(Locale.ROOT, "Penalty: L2, lambda %s (least out-of-fold log-loss %.4f of %s, %d folds grouped by case id)",
            bestLambda, bestLoss, java.util.Arrays.toString(LAMBDAS), folds),
        "Threshold target " + target + " on out-of-fold probabilities: " + curve.describe(threshold));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(writer, comments, "fit:tune (FitDecisionModel)");
    }
    System.out.println("wrote " + out);
    for (DecisionFeature f : DecisionFeature.values()) {
      System.out.printf(Locale.ROOT, "  %-32s %8.3f%n", f, weights.get(f));
    }
    System.out.printf(Locale.ROOT, "  %-32s %8.3f%n", "intercept", w[0]);
  }

  private static Map<DecisionFeature, Double> zeros() {
    Map<DecisionFeature, Double> w = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      w.put(f, 0.0);
    }
    return w;
  }}

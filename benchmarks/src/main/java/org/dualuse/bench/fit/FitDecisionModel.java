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
import java.util.Optional;
import java.util.TreeSet;
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
      printCalibration(dataset, calibrationOf);
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
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Integer> foldOf = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int withoutCandidate = 0;
    int listedWithoutCandidate = 0;
    for (LabelledCase c : cases) {
      Optional<DecisionFeatures> f = classifier.decisionFeatures(c.product());
      if (f.isEmpty()) {
        withoutCandidate++;
        listedWithoutCandidate += c.listed() ? 1 : 0;
        continue;
      }
      double[] v = f.get().values();
      // a feature left out is 0 for every case: its weight is 0, and the model is fitted without it
      for (DecisionFeature left : without) {
        v[left.ordinal()] = 0;
      }
      rows.add(v);
      labels.add(c.listed());
      foldOf.add(Math.floorMod(group(c.id()).hashCode(), folds));
      ids.add(c.id() + "\t" + c.kind() + "\t" + f.get().candidate());
    }
    double[][] x = rows.toArray(double[][]::new);
    boolean[] y = new boolean[labels.size()];
    int[] fold = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.get(i);
      fold[i] = foldOf.get(i);
    }
    int listed = listedWithoutCandidate;
    for (boolean b : y) {
      listed += b ? 1 : 0;
    }
    int notListed = cases.size() - listed;
    System.out.printf(Locale.ROOT, "tune: %d cases (%d listed, %d not), %d without a viable candidate (%d of them listed)%n",
        cases.size(), listed, notListed, withoutCandidate, listedWithoutCandidate);

    double bestLambda = LAMBDAS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    double[] oof = null;
    for (double lambda : LAMBDAS) {
      double[] p = outOfFold(x, y, fold, folds, lambda);
      double loss = logLoss(p, y);
      System.out.printf(Locale.ROOT, "lambda %-5s out-of-fold log-loss %.4f%n", lambda, loss);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestLambda = lambda;
        oof = p;
      }
    }
    Curve curve = new Curve(oof, y, listed, notListed);
    if (dump != null) {
      // one line per case with a candidate: its id, kind, candidate, label, out-of-fold probability, features
      List<String> lines = new ArrayList<>();
      StringBuilder header = new StringBuilder("id\tkind\tcandidate\tlisted\tprobability");
      for (DecisionFeature f : DecisionFeature.values()) {
        header.append('\t').append(f);
      }
      lines.add(header.toString());
      for (int i = 0; i < y.length; i++) {
        StringBuilder line = new StringBuilder(ids.get(i)).append('\t').append(y[i])
            .append('\t').append(String.format(Locale.ROOT, "%.4f", oof[i]));
        for (double v : x[i]) {
          line.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
        }
        lines.add(line.toString());
      }
      Files.write(dump, lines, StandardCharsets.UTF_8);
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
    for (String line : calibration(oof, y)) {
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

  /**
   * The bundled model's probabilities on one half against its labels, in ten bins (no fitting, and no
   * text is printed): how well calibrated the confidence is on cases the fit never saw.
   */
  private static void printCalibration(Path dataset, Split half) {
    HybridClassifier classifier = HybridClassifier.of(ControlLists.eu());
    List<Double> p = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (LabelledCase c : DatasetReader.read(dataset, DatasetFormat.DUALUSE)) {
      if (c.split().orElse(Split.ofId(c.id())) == half) {
        p.add(classifier.classify(c.product()).confidence().orElse(0));
        y.add(c.listed());
      }
    }
    double[] probabilities = p.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] labels = new boolean[y.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = y.get(i);
    }
    System.out.println("calibration of the bundled model on " + half.label() + " (" + labels.length
        + " cases; mean predicted, share listed):");
    for (String line : calibration(probabilities, labels)) {
      System.out.println("  " + line);
    }
    // the measure the penalty was chosen by out of fold on tune, here of the bundled model on this half
    System.out.printf(Locale.ROOT, "log-loss %.4f%n", logLoss(probabilities, labels));
  }

  /** Cases in ten bins of out-of-fold probability, with the mean probability and the share listed of each. */
  static List<String> calibration(double[] p, boolean[] y) {
    List<String> out = new ArrayList<>();
    for (int bin = 0; bin < 10; bin++) {
      double lo = bin / 10.0;
      double hi = (bin + 1) / 10.0;
      int n = 0;
      int listed = 0;
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        if (p[i] >= lo && (p[i] < hi || bin == 9)) {
          n++;
          sum += p[i];
          listed += y[i] ? 1 : 0;
        }
      }
      if (n > 0) {
        out.add(String.format(Locale.ROOT, "[%.1f, %.1f): %4d cases, mean predicted %.3f, listed %.3f", lo, hi, n,
            sum / n, (double) listed / n));
      }
    }
    return out;
  }

  /** The group of a case: the first three parts of its id ("k3-3-stripline-det": "k3-3-stripline"). */
  static String group(String id) {
    String[] parts = id.split("-");
    return String.join("-", java.util.Arrays.copyOf(parts, Math.min(3, parts.length)));
  }

  private static Map<DecisionFeature, Double> zeros() {
    Map<DecisionFeature, Double> w = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      w.put(f, 0.0);
    }
    return w;
  }

  static double[] outOfFold(double[][] x, boolean[] y, int[] fold, int folds, double lambda) {
    double[] p = new double[y.length];
    for (int k = 0; k < folds; k++) {
      List<double[]> trainX = new ArrayList<>();
      List<Boolean> trainY = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (fold[i] != k) {
          trainX.add(x[i]);
          trainY.add(y[i]);
        }
      }
      boolean[] ty = new boolean[trainY.size()];
      for (int i = 0; i < ty.length; i++) {
        ty[i] = trainY.get(i);
      }
      double[] w = LogisticRegression.fit(trainX.toArray(double[][]::new), ty, lambda);
      for (int i = 0; i < y.length; i++) {
        if (fold[i] == k) {
          p[i] = LogisticRegression.probability(w, x[i]);
        }
      }
    }
    return p;
  }

  static double logLoss(double[] p, boolean[] y) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
      sum -= y[i] ? Math.log(q) : Math.log(1 - q);
    }
    return sum / y.length;
  }

  /** Listed recall, precision, F1 and not-listed accuracy of out-of-fold probabilities by threshold. */
  record Curve(double[] p, boolean[] y, int listed, int notListed) {

    double[] at(double t) {
      int tp = 0;
      int fp = 0;
      for (int i = 0; i < y.length; i++) {
        if (p[i] >= t) {
          if (y[i]) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      double recall = (double) tp / listed;
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      double nl = (double) (notListed - fp) / notListed;
      return new double[] {recall, precision, f1, nl};
    }

    String describe(double t) {
      double[] m = at(t);
      return String.format(Locale.ROOT, "threshold %.4f: listed recall %.3f, precision %.3f, F1 %.3f, not-listed accuracy %.3f",
          t, m[0], m[1], m[2], m[3]);
    }

    private TreeSet<Double> thresholds() {
      TreeSet<Double> ts = new TreeSet<>();
      for (double v : p) {
        ts.add(v);
      }
      return ts;
    }

    /** The highest threshold (the best not-listed accuracy) whose recall is at least r; ties by lower threshold. */
    double forRecall(double r) {
      double best = thresholds().first();
      for (double t : thresholds()) {
        if (at(t)[0] >= r) {
          best = t;
        }
      }
      return midpointBelow(best);
    }

    double bestF1() {
      double best = thresholds().first();
      double bestF1 = -1;
      for (double t : thresholds()) {
        double f1 = at(t)[2];
        if (f1 > bestF1) {
          bestF1 = f1;
          best = t;
        }
      }
      return midpointBelow(best);
    }

    /** Halfway between a chosen probability and the next lower one, so the chosen case stays above. */
    private double midpointBelow(double t) {
      Double lower = thresholds().lower(t);
      double m = lower == null ? t / 2 : (t + lower) / 2;
      return Math.max(1e-6, Math.min(1 - 1e-6, m));
    }
  }
}

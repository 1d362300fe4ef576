package org.dualuse.bench.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dualuse.eval.LabelledCase;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;

/**
 * The cases the model is fitted on, one row a case with a viable candidate: the
 * {@link DecisionFeatures} of its deciding candidate, its label (listed) and its fold. A case
 * without a viable candidate is never listed and is only counted.
 *
 * @param x the feature values, one row a case, in {@link DecisionFeature} order
 * @param y whether each case is listed
 * @param fold each case's fold
 * @param ids each case's id, kind and deciding candidate, tab-separated
 * @param cases all cases read, with a candidate or without
 * @param withoutCandidate the cases without a viable candidate
 * @param listedWithoutCandidate the listed ones among them
 */
record FeatureTable(double[][] x, boolean[] y, int[] fold, List<String> ids, int cases, int withoutCandidate,
    int listedWithoutCandidate) {

  /**
   * Classifies each case up to the decision.
   *
   * @param without features left out: 0 for every case, so their weight is 0 and the model is fitted without them
   * @param folds how many folds the cases are put in, by {@link CrossValidation#group}
   */
  static FeatureTable of(List<LabelledCase> cases, HybridClassifier classifier, Set<DecisionFeature> without,
      int folds) {
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
      for (DecisionFeature left : without) {
        v[left.ordinal()] = 0;
      }
      rows.add(v);
      labels.add(c.listed());
      foldOf.add(Math.floorMod(CrossValidation.group(c.id()).hashCode(), folds));
      ids.add(c.id() + "\t" + c.kind() + "\t" + f.get().candidate());
    }
    double[][] x = rows.toArray(double[][]::new);
    boolean[] y = new boolean[labels.size()];
    int[] fold = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.get(i);
      fold[i] = foldOf.get(i);
    }
    return new FeatureTable(x, y, fold, ids, cases.size(), withoutCandidate, listedWithoutCandidate);
  }

  /** The listed cases, with a candidate or without. */
  int listed() {
    int listed = listedWithoutCandidate;
    for (boolean b : y) {
      listed += b ? 1 : 0;
    }
    return listed;
  }

  /**
   * Writes one line per case with a candidate: its id, kind, candidate, label, out-of-fold
   * probability and features, for a look at what the model gets wrong.
   */
  void dump(Path file, double[] outOfFold) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("id\tkind\tcandidate\tlisted\tprobability");
    for (DecisionFeature f : DecisionFeature.values()) {
      header.append('\t').append(f);
    }
    lines.add(header.toString());
    for (int i = 0; i < y.length; i++) {
      StringBuilder line = new StringBuilder(ids.get(i)).append('\t').append(y[i])
          .append('\t').append(String.format(Locale.ROOT, "%.4f", outOfFold[i]));
      for (double v : x[i]) {
        line.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
      }
      lines.add(line.toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}

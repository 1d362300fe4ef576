package org.dualuse.bench.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Out-of-fold probabilities of the logistic regression, with folds grouped by case id, and the
 * log-loss the penalty is chosen by.
 */
final class CrossValidation {
  private CrossValidation() {}

  /**
   * The group of a case: the first three parts of its id ("k3-3-stripline-det": "k3-3-stripline").
   * The above/below pairs and variants written together share it, so they stay in one fold and a
   * fold's cases are not near copies of the training cases.
   */
  static String group(String id) {
    String[] parts = id.split("-");
    return String.join("-", Arrays.copyOf(parts, Math.min(3, parts.length)));
  }

  /** Each case's probability from the model fitted on the other folds. */
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

  /** The mean log-loss; probabilities are clamped away from 0 and 1 so that one sure mistake stays finite. */
  static double logLoss(double[] p, boolean[] y) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
      sum -= y[i] ? Math.log(q) : Math.log(1 - q);
    }
    return sum / y.length;
  }
}

package org.dualuse.bench.fit;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Listed recall, precision, F1 and not-listed accuracy of out-of-fold probabilities by threshold,
 * and the thresholds the fit's targets choose on them.
 *
 * @param p the out-of-fold probability of each case with a candidate
 * @param y whether each of those cases is listed
 * @param listed all listed cases, with a candidate or without: recall is over all of them
 * @param notListed all cases not listed
 */
record ThresholdCurve(double[] p, boolean[] y, int listed, int notListed) {

  /** Recall, precision, F1 and not-listed accuracy when cases at or above {@code t} are listed. */
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

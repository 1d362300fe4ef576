package org.dualuse.bench.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Split;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;

/** How well predicted probabilities match the share of cases listed, in ten bins of probability. */
final class CalibrationReport {
  private CalibrationReport() {}

  /**
   * The bundled model's probabilities on one half against its labels, in ten bins (no fitting, and no
   * text is printed): how well calibrated the confidence is on cases the fit never saw.
   */
  static void print(Path dataset, Split half) {
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
    for (String line : bins(probabilities, labels)) {
      System.out.println("  " + line);
    }
    // the measure the penalty was chosen by out of fold on tune, here of the bundled model on this half
    System.out.printf(Locale.ROOT, "log-loss %.4f%n", CrossValidation.logLoss(probabilities, labels));
  }

  /** Cases in ten bins of probability, with the mean probability and the share listed of each; empty bins are left out. */
  static List<String> bins(double[] p, boolean[] y) {
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
}

package org.dualuse.bench.fit;

import java.util.Arrays;

/**
 * L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's
 * method): small, exact and deterministic for the two dozen features of a decision model, so no
 * numerical library is needed. The intercept (the first weight) is not penalised.
 */
final class LogisticRegression {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-9;

  private LogisticRegression() {}

  /**
   * The weights, intercept first, that maximise the log-likelihood of the labels minus
   * {@code lambda / 2} times the squared norm of the feature weights.
   *
   * @param x one row of feature values per case
   * @param y one label per case (true = listed)
   * @param lambda the strength of the penalty, at least 0
   */
  static double[] fit(double[][] x, boolean[] y, double lambda) {
    int n = x.length;
    int d = x.length == 0 ? 0 : x[0].length;
    double[] w = new double[d + 1];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d + 1];
      double[][] hessian = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = probability(w, x[i]);
        double r = (y[i] ? 1 : 0) - p;
        double v = Math.max(p * (1 - p), 1e-12);
        for (int a = 0; a <= d; a++) {
          double xa = a == 0 ? 1 : x[i][a - 1];
          gradient[a] += r * xa;
          for (int b = 0; b <= a; b++) {
            double xb = b == 0 ? 1 : x[i][b - 1];
            hessian[a][b] += v * xa * xb;
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          hessian[b][a] = hessian[a][b];
        }
        if (a > 0) {
          gradient[a] -= lambda * w[a];
          hessian[a][a] += lambda;
        }
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int a = 0; a <= d; a++) {
        w[a] += step[a];
        change = Math.max(change, Math.abs(step[a]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /** The probability of "listed" for one row under weights (intercept first). */
  static double probability(double[] w, double[] row) {
    double z = w[0];
    for (int a = 0; a < row.length; a++) {
      z += w[a + 1] * row[a];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves a symmetric positive definite system by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] matrix, double[] rhs) {
    int n = rhs.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = Arrays.copyOf(matrix[i], n + 1);
      a[i][n] = rhs[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      if (Math.abs(a[col][col]) < 1e-15) {
        throw new ArithmeticException("singular system at column " + col);
      }
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        for (int k = col; k <= n; k++) {
          a[row][k] -= factor * a[col][k];
        }
      }
    }
    double[] out = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = a[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * out[k];
      }
      out[row] = sum / a[row][row];
    }
    return out;
  }
}

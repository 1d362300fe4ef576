package org.dualuse.bench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  /** Labels drawn from a known logistic model; the fit recovers its weights within sampling error. */
  @Test
  void recoversTheWeightsOfTheModelTheLabelsWereDrawnFrom() {
    double[] truth = {-1.0, 2.0, -1.5};
    Random random = new Random(7);
    int n = 20_000;
    double[][] x = new double[n][2];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = random.nextDouble();
      x[i][1] = random.nextBoolean() ? 1 : 0;
      y[i] = random.nextDouble() < LogisticRegression.probability(truth, x[i]);
    }
    double[] w = LogisticRegression.fit(x, y, 0);
    for (int a = 0; a < truth.length; a++) {
      assertEquals(truth[a], w[a], 0.15, "weight " + a);
    }
  }

  @Test
  void aStrongerPenaltyShrinksTheFeatureWeightsButNotTheIntercept() {
    double[][] x = {{0}, {0}, {1}, {1}, {1}, {0}};
    boolean[] y = {false, false, true, true, false, true};
    double[] loose = LogisticRegression.fit(x, y, 0.01);
    double[] tight = LogisticRegression.fit(x, y, 100);
    assertTrue(Math.abs(tight[1]) < Math.abs(loose[1]), loose[1] + " vs " + tight[1]);
  }

  @Test
  void theFitIsDeterministic() {
    double[][] x = {{0.1, 1}, {0.9, 0}, {0.5, 1}, {0.7, 0}, {0.2, 0}};
    boolean[] y = {false, true, true, true, false};
    assertArrayEquals(LogisticRegression.fit(x, y, 1), LogisticRegression.fit(x, y, 1));
  }

  @Test
  void solvesALinearSystem() {
    double[] s = LogisticRegression.solve(new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2});
    assertEquals(1.0 / 11, s[0], 1e-12);
    assertEquals(7.0 / 11, s[1], 1e-12);
  }

  @Test
  void groupsKeepCasesWrittenTogetherInOneFold() {
    assertEquals("k3-3-stripline", CrossValidation.group("k3-3-stripline-det"));
    assertEquals("k3-3-stripline", CrossValidation.group("k3-3-stripline-below"));
    assertEquals("cat8-cpp", CrossValidation.group("cat8-cpp"));
  }
}

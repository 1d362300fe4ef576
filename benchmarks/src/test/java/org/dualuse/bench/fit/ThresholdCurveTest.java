package org.dualuse.bench.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The figures by threshold and the thresholds the fit's targets choose. */
class ThresholdCurveTest {
  private static final double[] P = {0.9, 0.8, 0.6, 0.4, 0.2};
  private static final boolean[] Y = {true, true, false, true, false};

  @Test
  void figuresCountCasesAtOrAboveTheThresholdAndRecallOverAllListed() {
    // one listed case had no candidate: recall is over 4 listed, not the 3 with a probability
    ThresholdCurve curve = new ThresholdCurve(P, Y, 4, 2);
    assertArrayEquals(new double[] {0.5, 2.0 / 3, 4.0 / 7, 0.5}, curve.at(0.6), 1e-12);
  }

  @Test
  void theBestF1ThresholdLiesHalfwayBelowTheChosenProbability() {
    ThresholdCurve curve = new ThresholdCurve(P, Y, 3, 2);
    // listing down to 0.4 finds all three listed cases with one false alarm: F1 0.857, the best
    assertEquals((0.4 + 0.2) / 2, curve.bestF1(), 1e-12);
  }

  @Test
  void theRecallTargetTakesTheHighestThresholdThatReachesIt() {
    ThresholdCurve curve = new ThresholdCurve(P, Y, 3, 2);
    assertEquals((0.8 + 0.6) / 2, curve.forRecall(0.6), 1e-12);
  }
}

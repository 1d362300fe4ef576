package org.dualuse.index.decision;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * The values of every {@link DecisionFeature} for one candidate of one classification. Immutable.
 *
 * @param candidate the code of the candidate the features describe
 * @param values one value per feature, in {@link DecisionFeature} order
 */
public record DecisionFeatures(ControlCode candidate, double[] values) {

  /**
   * The cap of {@link DecisionFeature#OUTSHONE}: a released node scoring four times the candidate
   * says all a ratio can.
   */
  public static final double MAX_OUTSHONE = 1.4;

  public DecisionFeatures {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(values, "values");
    if (values.length != DecisionFeature.values().length) {
      throw new DualUseException(
          "expected " + DecisionFeature.values().length + " feature values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new DualUseException("feature " + DecisionFeature.values()[i] + " is " + values[i]);
      }
    }
    values = values.clone();
  }

  /** The features of a candidate from a map that gives every feature (absent ones are 0). */
  public static DecisionFeatures of(ControlCode candidate, Map<DecisionFeature, Double> byFeature) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(byFeature, "byFeature");
    double[] v = new double[DecisionFeature.values().length];
    byFeature.forEach((f, x) -> v[Objects.requireNonNull(f, "feature").ordinal()] = Objects.requireNonNull(x, "value of " + f));
    return new DecisionFeatures(candidate, v);
  }

  /** The value of one feature. */
  public double get(DecisionFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return values[feature.ordinal()];
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The features as a map in feature order. */
  public Map<DecisionFeature, Double> asMap() {
    Map<DecisionFeature, Double> out = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      out.put(f, values[f.ordinal()]);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecisionFeatures d && candidate.equals(d.candidate) && Arrays.equals(values, d.values);
  }

  @Override
  public int hashCode() {
    return 31 * candidate.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DecisionFeatures[" + candidate + " " + asMap() + "]";
  }
}

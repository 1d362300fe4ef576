package org.dualuse.core.criteria;

import java.util.Optional;

/**
 * The outcome of one threshold, range or feature against a product's facts.
 *
 * @param criterion the leaf criterion
 * @param truth MATCH, NO_MATCH or UNKNOWN
 * @param fact the fact it was decided on, when one was used
 * @param explanation one line in words, e.g. {@code peak saturated output power 60 W > 40 W
 *     (from 'Psat 47.8 dBm')}
 * @param gap for a failed threshold or range, how far the value lies from the bound it failed,
 *     relative to that bound (0.05 is 5 %); {@code NaN} otherwise
 * @param assumed true for a feature counted as met without evidence ({@link FeaturePolicy#ASSUMED})
 */
public record CriterionResult(Criterion criterion, Truth truth, Optional<Fact> fact, String explanation,
    double gap, boolean assumed) {
  public CriterionResult {
    if (criterion == null || truth == null) {
      throw new IllegalArgumentException("criterion and truth are required");
    }
    fact = fact == null ? Optional.empty() : fact;
    explanation = explanation == null ? criterion.describe() : explanation;
  }

  /** Whether the criterion is a threshold or a range (not a feature). */
  public boolean isParametric() {
    return criterion instanceof Threshold || criterion instanceof Range;
  }

  /** The parameter of a threshold or range, empty for a feature. */
  public Optional<Parameter> parameter() {
    if (criterion instanceof Threshold t) {
      return Optional.of(t.parameter());
    }
    if (criterion instanceof Range r) {
      return Optional.of(r.parameter());
    }
    return Optional.empty();
  }
}

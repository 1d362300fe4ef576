package org.dualuse.core.criteria;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of one threshold, range or feature against a product's facts.
 *
 * <p>A final class with the accessors, equality and string form of the record it was
 * ({@code criterion, truth, fact, explanation, gap, assumed}), so that the explanation can be put
 * into words only when read: a classification evaluates many leaves and shows a few, and the words
 * (a value converted to the bound's unit and formatted) cost more than the comparison. Immutable
 * and thread-safe: an explanation read by two threads at once is made twice, equal.
 */
public final class CriterionResult {
  private final Criterion criterion;
  private final Truth truth;
  private final Optional<Fact> fact;
  private final Supplier<String> words;
  private final double gap;
  private final boolean assumed;
  // made from words on first read; a race makes an equal string twice, which is harmless (as String.hash)
  private String explanation;

  /**
   * @param criterion the leaf criterion
   * @param truth MATCH, NO_MATCH or UNKNOWN
   * @param fact the fact it was decided on, when one was used
   * @param explanation one line in words, e.g. {@code peak saturated output power 60 W > 40 W
   *     (from 'Psat 47.8 dBm')}
   * @param gap for a failed threshold or range, how far the value lies from the bound it failed,
   *     relative to that bound (0.05 is 5 %); {@code NaN} otherwise
   * @param assumed true for a feature counted as met without evidence ({@link FeaturePolicy#ASSUMED})
   */
  public CriterionResult(Criterion criterion, Truth truth, Optional<Fact> fact, String explanation,
      double gap, boolean assumed) {
    // the supplier too, so that a reader that does not yet see the field still finds the words
    this(criterion, truth, fact, () -> explanation, gap, assumed);
    this.explanation = explanation == null ? criterion.describe() : explanation;
  }

  /** As the public constructor, with the explanation made by {@code words} when first read. */
  CriterionResult(Criterion criterion, Truth truth, Optional<Fact> fact, Supplier<String> words,
      double gap, boolean assumed) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(truth, "truth");
    this.criterion = criterion;
    this.truth = truth;
    this.fact = fact == null ? Optional.empty() : fact;
    this.words = words;
    this.gap = gap;
    this.assumed = assumed;
  }

  /** The leaf criterion. */
  public Criterion criterion() {
    return criterion;
  }

  /** MATCH, NO_MATCH or UNKNOWN. */
  public Truth truth() {
    return truth;
  }

  /** The fact it was decided on, when one was used. */
  public Optional<Fact> fact() {
    return fact;
  }

  /** One line in words, e.g. {@code peak saturated output power 60 W > 40 W (from 'Psat 47.8 dBm')}. */
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = words.get();
      if (e == null) {
        e = criterion.describe();
      }
      explanation = e;
    }
    return e;
  }

  /**
   * For a failed threshold or range, how far the value lies from the bound it failed, relative to
   * that bound (0.05 is 5 %); {@code NaN} otherwise.
   */
  public double gap() {
    return gap;
  }

  /** True for a feature counted as met without evidence ({@link FeaturePolicy#ASSUMED}). */
  public boolean assumed() {
    return assumed;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof CriterionResult r && criterion.equals(r.criterion) && truth == r.truth
        && fact.equals(r.fact) && explanation().equals(r.explanation())
        && Double.compare(gap, r.gap) == 0 && assumed == r.assumed;
  }

  @Override
  public int hashCode() {
    int h = criterion.hashCode();
    h = h * 31 + truth.hashCode();
    h = h * 31 + fact.hashCode();
    h = h * 31 + explanation().hashCode();
    h = h * 31 + Double.hashCode(gap);
    return h * 31 + Boolean.hashCode(assumed);
  }

  @Override
  public String toString() {
    return "CriterionResult[criterion=" + criterion + ", truth=" + truth + ", fact=" + fact + ", explanation="
        + explanation() + ", gap=" + gap + ", assumed=" + assumed + "]";
  }
}

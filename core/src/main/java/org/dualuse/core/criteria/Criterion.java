package org.dualuse.core.criteria;

/**
 * A technical condition of the list, in a form a machine can evaluate against a product's facts.
 *
 * <p>The hierarchy is closed: a {@link Threshold} on one parameter, a {@link Range} of one
 * parameter, a {@link Feature} that only text evidence can satisfy, and the combinations
 * {@link AllOf}, {@link AnyOf} and {@link Not}. Switch over it with pattern matching.
 * All implementations are immutable records.
 */
public sealed interface Criterion permits Threshold, Range, Feature, AllOf, AnyOf, Not {

  /** A short human-readable rendering, e.g. {@code operating frequency > 2.7 GHz}. */
  String describe();
}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;

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

  /** The thresholds, ranges and features this criterion is made of, in order. */
  default List<Criterion> leaves() {
    List<Criterion> out = new ArrayList<>();
    collectLeaves(this, out);
    return out;
  }

  /** Whether it holds at least one {@link Threshold} or {@link Range}: a typed, numeric condition. */
  default boolean isParametric() {
    return leaves().stream().anyMatch(c -> c instanceof Threshold || c instanceof Range);
  }

  private static void collectLeaves(Criterion c, List<Criterion> out) {
    // Java 17 has no pattern matching in switch (a preview feature there)
    if (c instanceof AllOf all) {
      all.criteria().forEach(x -> collectLeaves(x, out));
    } else if (c instanceof AnyOf any) {
      any.criteria().forEach(x -> collectLeaves(x, out));
    } else if (c instanceof Not not) {
      collectLeaves(not.criterion(), out);
    } else {
      out.add(c);
    }
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a criterion against a product's facts: the overall truth and the outcome of each
 * leaf, in the criterion's order.
 *
 * @param truth MATCH, NO_MATCH or UNKNOWN under Kleene logic
 * @param results one per threshold, range or feature
 */
public record Evaluation(Truth truth, List<CriterionResult> results) {
  public Evaluation {
    Objects.requireNonNull(truth, "truth");
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** Leaves the facts satisfy (assumed features excluded). */
  public List<CriterionResult> met() {
    return results.stream().filter(r -> r.truth() == Truth.MATCH && !r.assumed()).toList();
  }

  /** Leaves the facts contradict. */
  public List<CriterionResult> failed() {
    return results.stream().filter(r -> r.truth() == Truth.NO_MATCH).toList();
  }

  /** Leaves no fact speaks to. */
  public List<CriterionResult> unknown() {
    return results.stream().filter(r -> r.truth() == Truth.UNKNOWN).toList();
  }
}

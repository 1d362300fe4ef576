package org.dualuse.core.classify;

import java.util.Objects;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;

/**
 * A node the product misses by one criterion whose value lies within 10 % of its bound: worth a
 * second look, since data sheets round and ratings vary.
 *
 * @param code the node
 * @param failed the one criterion that failed
 */
public record NearMiss(ControlCode code, CriterionResult failed) {
  public NearMiss {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(failed, "failed");
  }

  /** How far the value lies from the bound, relative to it (0.05 is 5 %). */
  public double gap() {
    return failed.gap();
  }

  public String describe() {
    return code + " missed by " + String.format(java.util.Locale.ROOT, "%.1f %%", 100 * gap()) + ": " + failed.explanation();
  }
}

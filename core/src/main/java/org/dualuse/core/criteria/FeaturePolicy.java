package org.dualuse.core.criteria;

/**
 * What a feature the {@link FeatureJudge} cannot decide counts as, which depends on where it stands.
 */
public enum FeaturePolicy {
  /**
   * Counts as MATCH: the feature describes the kind of item a node is about (its own or its
   * ancestors' words), which text retrieval decides; parameters decide the rest.
   */
  ASSUMED,
  /** Stays UNKNOWN: a condition the product may or may not meet. */
  JUDGED,
  /**
   * Counts as NO_MATCH: a release condition of a decontrol note holds only when shown, so that an
   * unproven release never hides a controlled item.
   */
  PROVEN
}

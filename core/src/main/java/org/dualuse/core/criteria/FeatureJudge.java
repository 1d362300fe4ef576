package org.dualuse.core.criteria;

import java.util.Objects;
/**
 * Says whether a product has a {@link Feature} the list names without a number ("employing spread
 * spectrum techniques"). The parameter classifier has no opinion of its own; a text classifier can
 * supply one. Implementations must be thread-safe if the evaluator is shared.
 */
@FunctionalInterface
public interface FeatureJudge {

  /** A judge without evidence: every feature is UNKNOWN. */
  FeatureJudge NONE = feature -> Truth.UNKNOWN;

  /** MATCH when the text supports the feature, NO_MATCH when it rules it out, UNKNOWN otherwise. */
  Truth judge(Feature feature);

  /**
   * A judge that reads a product text: MATCH when it contains one of the feature's multi-word
   * keywords or two of its single-word keywords, UNKNOWN otherwise (absence of words proves
   * nothing, so it never answers NO_MATCH).
   */
  static FeatureJudge keywords(String text) {
    Objects.requireNonNull(text, "text");
    // a class of its own, which searches the text only for keywords whose letter pairs it has
    return new KeywordJudge(text);
  }
}

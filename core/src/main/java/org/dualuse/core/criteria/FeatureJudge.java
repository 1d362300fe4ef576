package org.dualuse.core.criteria;

import java.util.List;
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

  /**
   * The judge of {@link #keywords(String)}, which also rules out the material alternatives of a
   * provision ({@link Feature#material()}) that a text naming the material of its item does not name
   * (see {@link MaterialJudge} for why, and for what keeps an alternative open). With no material
   * named it is the judge of {@link #keywords(String)}, answer for answer.
   *
   * @param namedMaterials the designations and classes of the materials the text names ("AISI 316L",
   *     "austenitic stainless steel"), as a list of materials finds them; empty when it names none
   */
  static FeatureJudge keywords(String text, List<String> namedMaterials) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(namedMaterials, "namedMaterials");
    KeywordJudge judge = new KeywordJudge(text);
    if (namedMaterials.isEmpty() || MaterialJudge.SURFACE_LAYER.matcher(text).find()) {
      return judge;
    }
    return new MaterialJudge(judge, text, List.copyOf(namedMaterials));
  }
}

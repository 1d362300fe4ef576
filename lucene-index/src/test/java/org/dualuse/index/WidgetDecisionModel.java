package org.dualuse.index;

import java.util.EnumMap;
import java.util.Map;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionModel;

/**
 * A decision model for the synthetic widget list, whose texts and nodes are unlike the annex's the
 * bundled model was fitted on: it lists when the words that speak for a node weigh about two rare
 * words (log(1 + weight) at 0.75 against the intercept of -3), counts a
 * vocabulary name, met criteria, an N.B. redirect, a named code or substance as strong evidence, and
 * never lists a candidate a released node outshines or that rests on one word. The tests of the
 * pipeline's rules (releases, negation, redirects, software and technology) use it, so that they
 * test those rules and not the fitted weights; the fitted model is tested on the real list.
 */
final class WidgetDecisionModel {

  private WidgetDecisionModel() {}

  static DecisionModel model() {
    Map<DecisionFeature, Double> w = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      w.put(f, 0.0);
    }
    w.put(DecisionFeature.COVERED_WEIGHT, 4.0);
    w.put(DecisionFeature.VOCABULARY_PHRASE, 2.0);
    w.put(DecisionFeature.CRITERIA_MET, 2.0);
    w.put(DecisionFeature.REDIRECTED, 2.0);
    w.put(DecisionFeature.NAMES_CODE, 4.0);
    w.put(DecisionFeature.NAMES_IDENTITY, 4.0);
    w.put(DecisionFeature.OUTSHONE, -10.0);
    w.put(DecisionFeature.ONE_WORD, -10.0);
    return new DecisionModel(-3, w, 0.5, "widget test model");
  }
}

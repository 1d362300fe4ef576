package org.dualuse.index;

import java.util.List;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.criteria.Truth;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;

/**
 * The stage that decides: the {@link DecisionModel} turns the deciding candidate's features into the
 * probability that the product is listed (the classification's confidence). At or above the model's
 * threshold the product is LISTED when the candidate's criteria hold or it has none, NEEDS_FACTS when
 * only missing facts can decide (or every threshold met is met on a guessed value), and NOT_LISTED
 * below it or when no candidate is viable.
 *
 * <p>Immutable and thread-safe.
 */
final class DecisionRule {

  /**
   * A decision and what it rests on.
   *
   * @param decision the decision
   * @param missing the questions whose answers would decide, for NEEDS_FACTS; else empty
   * @param features the deciding candidate's features, or null when no candidate is viable
   * @param confidence the probability that the product is listed; 0 when no candidate is viable
   * @param outshone whether a released, failed or excluded node fits the text far better than the
   *     deciding candidate
   */
  record Verdict(Decision decision, List<MissingFact> missing, DecisionFeatures features, double confidence,
      boolean outshone) {}

  private final DecisionModel decisionModel;

  DecisionRule(DecisionModel decisionModel) {
    this.decisionModel = decisionModel;
  }

  /** The model this rule decides by. */
  DecisionModel model() {
    return decisionModel;
  }

  /** Decides on the shortlist, whose deciding candidate has these features (null when it has none). */
  Verdict decide(Shortlist shortlist, DecisionFeatures features, ParameterSide.View facts) {
    ScoredNode best = shortlist.best();
    double confidence = features == null ? 0 : decisionModel.probability(features);
    // the explanation's "fits far better": the node the text fits best is released or failed, and the
    // candidate scored under a share of it (the feature OUTSHONE weighs the same ratio for the model)
    ScoredNode fittest = shortlist.fittest();
    boolean outshone = best != null && fittest != null && !fittest.viable()
        && best.beforeChecks < CandidateFeatures.DOMINANCE * fittest.beforeChecks;
    Decision decision;
    List<MissingFact> missing = List.of();
    if (best == null || confidence < decisionModel.threshold()) {
      decision = Decision.NOT_LISTED;
    } else if (best.truth.isPresent() && best.truth.get() == Truth.MATCH && best.findings.metByGuessesOnly()) {
      // every threshold met is met on a value no word names: a guess, which the user confirms (issue 16)
      missing = best.findings.guesses();
      decision = missing.isEmpty() ? Decision.LISTED : Decision.NEEDS_FACTS;
    } else if (best.truth.isEmpty() || best.truth.get() == Truth.MATCH) {
      decision = Decision.LISTED;
    } else {
      missing = facts.missingFacts(List.of(best.node.code()));
      if (missing.isEmpty()) {
        missing = best.findings.questions();
      }
      // unknown features alone ask nothing: the text that found the node decides them
      decision = missing.isEmpty() ? Decision.LISTED : Decision.NEEDS_FACTS;
    }
    return new Verdict(decision, missing, features, confidence, outshone);
  }
}

package org.dualuse.core.classify;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;

/**
 * What one evaluation of a {@link ParameterClassifier} found: the report's contents, and the truths
 * and results by part and plan that the next evaluation starts from (the one when nothing is known
 * is kept as the baseline every product's evaluation changes only in part). The arrays are never
 * written once the outcome is made.
 */
record EvaluationOutcome(List<NodeEvaluation> nodes, List<ControlCode> matches, List<NearMiss> nearMisses,
    List<DecontrolOutcome> decontrols, List<MissingFact> missingFacts, Truth[] partTruth,
    List<List<CriterionResult>> partResults, DecontrolOutcome[] outcomeOfPart, Truth[] planTruth) {

  ParameterReport report(String listId, ProductFacts facts) {
    return new ParameterReport(listId, facts, nodes, matches, nearMisses, decontrols, missingFacts);
  }
}

package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;
import org.junit.jupiter.api.Test;

/**
 * The decision stage on hand-made candidates: a model whose only term is its intercept gives a known
 * probability, so each test sets what the rule reads (probability, truth, questions, guesses) alone.
 */
class DecisionRuleTest {

  private static final ParameterSide.View NO_FACTS = ParameterSide.NONE.evaluate(Product.of("widget"), Optional.empty());
  private static final MissingFact QUESTION =
      new MissingFact("output power", "What is the output power?", List.of(ControlCode.parse("9A999.b")));

  /** A rule whose model gives every candidate this probability, listed from 0.5. */
  private static DecisionRule ruleGiving(double probability) {
    Map<DecisionFeature, Double> zero = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      zero.put(f, 0.0);
    }
    return new DecisionRule(new DecisionModel(Math.log(probability / (1 - probability)), zero, 0.5, "test"));
  }

  private static ScoredNode candidate(Optional<Truth> truth, ParameterSide.Findings findings) {
    ScoredNode s = new ScoredNode(WidgetList.leaf("9A999.b", "Gizmo amplifiers;"), 1, List.of(), List.of());
    s.truth = truth;
    s.findings = findings;
    return s;
  }

  private static DecisionFeatures features(boolean outshone) {
    double[] values = new double[DecisionFeature.values().length];
    values[DecisionFeature.OUTSHONE.ordinal()] = outshone ? 1 : 0;
    return new DecisionFeatures(ControlCode.parse("9A999.b"), values);
  }

  private static DecisionRule.Verdict decide(double probability, ScoredNode best) {
    return ruleGiving(probability).decide(Shortlist.of(List.of(best), 10), features(false), NO_FACTS);
  }

  private static ParameterSide.Findings findings(List<MissingFact> questions, boolean byGuesses, List<MissingFact> guesses) {
    return new ParameterSide.Findings(List.of(), List.of(), List.of(), questions, false, byGuesses, guesses);
  }

  @Test
  void withoutAViableCandidateTheProductIsNotListedWithNoConfidence() {
    ScoredNode released = candidate(Optional.empty(), ParameterSide.Findings.NONE);
    released.released = true;
    DecisionRule.Verdict v = ruleGiving(0.9).decide(Shortlist.of(List.of(released), 10), null, NO_FACTS);
    assertEquals(Decision.NOT_LISTED, v.decision());
    assertEquals(0, v.confidence());
    assertNull(v.features());
  }

  @Test
  void underTheThresholdTheProductIsNotListedThoughItsCriteriaHold() {
    DecisionRule.Verdict v = decide(0.2, candidate(Optional.of(Truth.MATCH), ParameterSide.Findings.NONE));
    assertEquals(Decision.NOT_LISTED, v.decision());
    assertEquals(0.2, v.confidence(), 1e-12);
  }

  @Test
  void atOrAboveTheThresholdCriteriaMetOrNoneStatedMeanListed() {
    assertEquals(Decision.LISTED, decide(0.8, candidate(Optional.of(Truth.MATCH), ParameterSide.Findings.NONE)).decision());
    assertEquals(Decision.LISTED, decide(0.8, candidate(Optional.empty(), ParameterSide.Findings.NONE)).decision());
  }

  @Test
  void openCriteriaWithAQuestionNeedFactsAndAskIt() {
    DecisionRule.Verdict v = decide(0.8, candidate(Optional.of(Truth.UNKNOWN), findings(List.of(QUESTION), false, List.of())));
    assertEquals(Decision.NEEDS_FACTS, v.decision());
    assertEquals(List.of(QUESTION), v.missing());
  }

  @Test
  void openCriteriaThatAskNothingAreDecidedByTheText() {
    DecisionRule.Verdict v = decide(0.8, candidate(Optional.of(Truth.UNKNOWN), ParameterSide.Findings.NONE));
    assertEquals(Decision.LISTED, v.decision());
    assertTrue(v.missing().isEmpty());
  }

  @Test
  void criteriaMetOnlyOnGuessedValuesAskTheUserToConfirmThem() {
    DecisionRule.Verdict v = decide(0.8, candidate(Optional.of(Truth.MATCH), findings(List.of(), true, List.of(QUESTION))));
    assertEquals(Decision.NEEDS_FACTS, v.decision());
    assertEquals(List.of(QUESTION), v.missing());
  }

  @Test
  void theVerdictSaysWhenAReleasedNodeTheTextFitsTwiceAsWellOutshinesTheDecidingOne() {
    ScoredNode released = new ScoredNode(WidgetList.leaf("9A999.a", "Gadget amplifiers;"), 1, List.of(), List.of());
    released.released = true;
    released.beforeChecks = 3;
    ScoredNode best = candidate(Optional.empty(), ParameterSide.Findings.NONE);
    best.beforeChecks = 1;
    Shortlist shortlist = Shortlist.of(List.of(released, best), 10);
    assertTrue(ruleGiving(0.8).decide(shortlist, features(false), NO_FACTS).outshone());
    best.beforeChecks = 2; // over half of the released node's score: not outshone
    assertFalse(ruleGiving(0.8).decide(shortlist, features(false), NO_FACTS).outshone());
    released.released = false; // a viable node that fits better outshines nothing
    best.beforeChecks = 1;
    assertFalse(ruleGiving(0.8).decide(shortlist, features(false), NO_FACTS).outshone());
  }
}

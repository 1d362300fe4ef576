package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.knowledge.Knowledge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The criteria features of a hand-made deciding candidate on the synthetic widget list: what its
 * conditions met, unknown and undecided notes make of {@link DecisionFeature#CRITERIA_MET}, {@link
 * DecisionFeature#CRITERIA_OPEN}, {@link DecisionFeature#CRITERIA_PARTLY_MET} and {@link
 * DecisionFeature#CRITERIA_FAILED_IN_PART}, and how a released node that fits the text better makes
 * {@link DecisionFeature#OUTSHONE}.
 */
class CandidateFeaturesTest {

  private static final MissingFact NOTE_QUESTION = new MissingFact("application",
      "Is the gizmo amplifier designed for civil tractors?", List.of(ControlCode.parse("9A999.b")));

  private static ListIndex index;
  private static CandidateFeatures features;
  private static ProductReader reader;

  @BeforeAll
  static void open() {
    index = ListIndex.inMemory(WidgetList.list(), WidgetList.vocabulary());
    ListAnalyzer analyzer = new ListAnalyzer();
    KindRouter kinds = new KindRouter(index.list(), analyzer);
    features = new CandidateFeatures(index, kinds);
    reader = new ProductReader(index, new ReleaseNotes(index.list(), analyzer), ParameterSide.NONE, kinds,
        Knowledge.standard().subjects());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static DecisionFeatures of(Truth truth, List<String> met, List<String> unknown, List<MissingFact> questions) {
    return of(truth, new ParameterSide.Findings(met, List.of(), unknown, questions, false, false, List.of()));
  }

  private static DecisionFeatures of(Truth truth, ParameterSide.Findings findings) {
    ScoredNode s = gizmoAmplifier();
    s.truth = Optional.of(truth);
    s.findings = findings;
    return features.featuresOf(Shortlist.of(List.of(s), 10), reader.read(Product.of("Gizmo amplifier, 10 GHz")));
  }

  private static ScoredNode gizmoAmplifier() {
    return new ScoredNode(index.list().find(ControlCode.parse("9A999.b")).orElseThrow(), 1,
        List.of("gizmo", "amplifier"), List.of());
  }

  /** Findings whose results are these, in words as the results' own lines. */
  private static ParameterSide.Findings findings(CriterionResult... results) {
    List<CriterionResult> all = List.of(results);
    List<String> met = all.stream().filter(r -> r.truth() == Truth.MATCH).map(CriterionResult::explanation).toList();
    List<String> failed = all.stream().filter(r -> r.truth() == Truth.NO_MATCH).map(CriterionResult::explanation).toList();
    List<String> unknown = all.stream().filter(r -> r.truth() == Truth.UNKNOWN).map(CriterionResult::explanation).toList();
    return new ParameterSide.Findings(met, failed, unknown, List.of(), false, false, List.of(), all, List.of());
  }

  /** The threshold "depth over 1000 m" judged on a depth of this origin (none for an unknown one). */
  private static CriterionResult depth(Truth truth, FactOrigin origin) {
    Threshold over1000 = new Threshold(Parameters.DEPTH, Comparison.GREATER_THAN, Quantity.of(1000, Units.METRE),
        "depths exceeding 1000 m");
    Optional<Fact> fact = origin == null ? Optional.empty() : Optional.of(new Fact(Parameters.DEPTH,
        Quantity.of(truth == Truth.MATCH ? 2000 : 500, Units.METRE), List.of(), origin, "", -1, -1));
    return new CriterionResult(over1000, truth, fact, "depth: " + truth + " on " + origin, Double.NaN, false);
  }

  @Test
  void criteriaAllMetAreMet() {
    DecisionFeatures f = of(Truth.MATCH, List.of("frequency > 5 GHz: 10 GHz meets it"), List.of(), List.of());
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_MET), f.toString());
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_OPEN), f.toString());
  }

  @Test
  void aReleaseNoteTheTextDoesNotSettleLeavesTheProvisionsCriteriaMet() {
    // every condition of the provision is met; the note's question is unanswered, which releases nothing
    DecisionFeatures f = of(Truth.UNKNOWN, List.of("frequency > 5 GHz: 10 GHz meets it"), List.of(),
        List.of(NOTE_QUESTION));
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_MET), f.toString());
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_OPEN), f.toString());
  }

  @Test
  void conditionsNoneOfWhichIsMetAreOpen() {
    DecisionFeatures f = of(Truth.UNKNOWN, List.of(), List.of("frequency > 5 GHz: no fact gives the frequency"),
        List.of(NOTE_QUESTION));
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_MET), f.toString());
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_OPEN), f.toString());
  }

  @Test
  void aThresholdMetOnAStatedValueBesideOpenOnesIsPartlyMet() {
    DecisionFeatures f = of(Truth.UNKNOWN,
        findings(depth(Truth.MATCH, FactOrigin.NAMED_IN_TEXT), depth(Truth.UNKNOWN, null)));
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_OPEN), f.toString());
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_PARTLY_MET), f.toString());
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_FAILED_IN_PART), f.toString());
  }

  @Test
  void aThresholdMetOnlyOnAValueNoWordNamesDoesNotMakeTheCriteriaPartlyMet() {
    DecisionFeatures f = of(Truth.UNKNOWN,
        findings(depth(Truth.MATCH, FactOrigin.UNNAMED_IN_TEXT), depth(Truth.UNKNOWN, null)));
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_OPEN), f.toString());
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_PARTLY_MET), f.toString());
  }

  @Test
  void aStatedValueThatFailsAConditionOfAViableCandidateIsAFailureInPart() {
    DecisionFeatures f = of(Truth.UNKNOWN,
        findings(depth(Truth.NO_MATCH, FactOrigin.NAMED_IN_TEXT), depth(Truth.UNKNOWN, null)));
    assertEquals(1.0, f.get(DecisionFeature.CRITERIA_FAILED_IN_PART), f.toString());
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_PARTLY_MET), f.toString());
  }

  @Test
  void aValueNoWordNamesFailsNothing() {
    DecisionFeatures f = of(Truth.UNKNOWN,
        findings(depth(Truth.NO_MATCH, FactOrigin.UNNAMED_IN_TEXT), depth(Truth.UNKNOWN, null)));
    assertEquals(0.0, f.get(DecisionFeature.CRITERIA_FAILED_IN_PART), f.toString());
  }

  @Test
  void outshoneIsTheLogRatioOfAReleasedNodesScoreBeforeTheChecksOverTheCandidates() {
    ScoredNode released = new ScoredNode(index.list().find(ControlCode.parse("9A999.a")).orElseThrow(), 1,
        List.of("gizmo"), List.of());
    released.released = true;
    ScoredNode best = gizmoAmplifier();
    best.beforeChecks = 1;
    List<ScoredNode> shown = List.of(released, best);
    released.beforeChecks = 2;
    assertEquals(Math.log(2), CandidateFeatures.outshone(best, shown), 1e-12);
    released.beforeChecks = 100; // capped
    assertEquals(DecisionFeatures.MAX_OUTSHONE, CandidateFeatures.outshone(best, shown), 1e-12);
    released.beforeChecks = 0.5; // fits worse: nothing outshines the candidate
    assertEquals(0, CandidateFeatures.outshone(best, shown), 1e-12);
    released.released = false; // a viable node is a rival, not a release
    released.beforeChecks = 2;
    assertEquals(0, CandidateFeatures.outshone(best, shown), 1e-12);
  }
}

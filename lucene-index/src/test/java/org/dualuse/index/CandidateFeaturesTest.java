package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.knowledge.Knowledge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The criteria features of a hand-made deciding candidate on the synthetic widget list: what its
 * conditions met, unknown and undecided notes make of {@link DecisionFeature#CRITERIA_MET} and
 * {@link DecisionFeature#CRITERIA_OPEN}.
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
    ScoredNode s = new ScoredNode(index.list().find(ControlCode.parse("9A999.b")).orElseThrow(), 1,
        List.of("gizmo", "amplifier"), List.of());
    s.truth = Optional.of(truth);
    s.findings = new ParameterSide.Findings(met, List.of(), unknown, questions, false, false, List.of());
    return features.featuresOf(Shortlist.of(List.of(s), 10), reader.read(Product.of("Gizmo amplifier, 10 GHz")));
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
}

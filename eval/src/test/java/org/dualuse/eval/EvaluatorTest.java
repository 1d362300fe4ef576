package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static LabelledCase listed(String text, String... codes) {
    return LabelledCase.of(text, text, java.util.Arrays.stream(codes).map(ControlCode::parse).toList());
  }

  private static LabelledCase notListed(String text) {
    return LabelledCase.of(text, text, List.of());
  }

  private static LabelledCase withKind(LabelledCase c, String kind, boolean cyber) {
    return new LabelledCase(c.id(), c.text(), c.expected(), Map.of(), cyber, "", "", kind, "", "", Optional.empty(), 0);
  }

  private static EvaluationReport evaluate(Classifier classifier, List<LabelledCase> cases) {
    return new Evaluator(classifier, 2, 200, 7L).evaluate(cases);
  }

  @Test
  void aPerfectClassifierScoresOneOnEveryRate() {
    ScriptedClassifier c =
        new ScriptedClassifier()
            .answer("widget", Decision.LISTED, "9A999.a")
            .answer("gadget", Decision.LISTED, "3A999.b.1", "3A999.b");
    Metrics m = evaluate(c, List.of(listed("widget", "9A999.a"), listed("gadget", "3A999.b.1"), notListed("chair"))).overall();
    Set<String> undefined = Set.of("cyberSurveillanceRecall", "listedCyberSurveillanceRecall", "article5Recall");
    m.rates().forEach((k, v) -> {
      if (!undefined.contains(k)) {
        assertEquals(1.0, v, k);
      }
    });
    assertTrue(Double.isNaN(m.cyberSurveillanceRecall()), "no cyber-surveillance case, rate undefined");
    assertTrue(Double.isNaN(m.article5Recall()), "no unlisted cyber-surveillance case, rate undefined");
  }

  @Test
  void theTopCandidatesEntryDecidesEntryTop1AndItsCodeDecidesExactTop1() {
    ScriptedClassifier c = new ScriptedClassifier().answer("widget", Decision.LISTED, "9A999.b");
    CaseResult r = evaluate(c, List.of(listed("widget", "9A999.a"))).results().get(0);
    assertTrue(r.entryHit());
    assertFalse(r.exactHit());
    assertEquals(0.7, r.gradedScore());
  }

  @Test
  void aNotListedAnswerMissesAListedCaseEvenWithTheRightTopCandidate() {
    ScriptedClassifier c = new ScriptedClassifier().answer("widget", Decision.NOT_LISTED, "9A999.a");
    CaseResult r = evaluate(c, List.of(listed("widget", "9A999.a"))).results().get(0);
    assertFalse(r.entryHit());
    assertEquals(0.0, r.gradedScore());
    assertEquals(1, r.rank(), "ranking still counts for the retrieval measures");
  }

  @Test
  void needsFactsCountsAsListed() {
    ScriptedClassifier c =
        new ScriptedClassifier().answer("widget", Decision.NEEDS_FACTS, "9A999.a").answer("chair", Decision.NEEDS_FACTS, "9A999.a");
    Metrics m = evaluate(c, List.of(listed("widget", "9A999.a"), notListed("chair"))).overall();
    assertEquals(1.0, m.listedRecall());
    assertEquals(0.5, m.listedPrecision());
    assertEquals(0.0, m.notListedAccuracy());
    assertEquals(2 * 0.5 / 1.5, m.listedF1(), 1e-12);
  }

  @Test
  void rankDrivesMrrAndTopFiveRecall() {
    ScriptedClassifier c =
        new ScriptedClassifier()
            .answer("third", Decision.LISTED, "1A999", "2A999", "9A999.a", "4A999")
            .answer("sixth", Decision.LISTED, "1A999", "2A999", "3A999", "4A999", "5A999", "9A999");
    EvaluationReport r = evaluate(c, List.of(listed("third", "9A999.a"), listed("sixth", "9A999.a")));
    assertEquals(3, r.results().get(0).rank());
    assertEquals(6, r.results().get(1).rank());
    assertEquals(0.5, r.overall().top5ControlledRecall());
    assertEquals((1.0 / 3 + 1.0 / 6) / 2, r.overall().mrr(), 1e-12);
    assertEquals(0.0, r.overall().entryTop1());
  }

  @Test
  void gradedCreditFollowsTheCommodityBenchScheme() {
    ControlCode expected = ControlCode.parse("5A001.b.3");
    assertEquals(1.0, CaseResult.graded(ControlCode.parse("5A001.b.3"), expected));
    assertEquals(0.7, CaseResult.graded(ControlCode.parse("5A001.a"), expected));
    assertEquals(0.4, CaseResult.graded(ControlCode.parse("5A002.a"), expected));
    assertEquals(0.2, CaseResult.graded(ControlCode.parse("5D001"), expected));
    assertEquals(0.0, CaseResult.graded(ControlCode.parse("3A001"), expected));
  }

  @Test
  void gradedScoreTakesTheBestExpectedCode() {
    ScriptedClassifier c = new ScriptedClassifier().answer("widget", Decision.LISTED, "5A002.a");
    CaseResult r = evaluate(c, List.of(listed("widget", "3A001", "5A002.a.1"))).results().get(0);
    assertEquals(0.7, r.gradedScore());
  }

  @Test
  void cyberSurveillanceRecallCountsTheFlagWhenListedAndArticle5WhenNotListed() {
    Article5Indicator indicator = new Article5Indicator("covert interception", List.of("intercept"), "reason");
    ScriptedClassifier c =
        new ScriptedClassifier()
            .answer("flagged listed", ScriptedClassifier.classification(Decision.LISTED, true, List.of(), "5A999"))
            .answer("unflagged listed", ScriptedClassifier.classification(Decision.LISTED, false, List.of(), "5A999"))
            .answer("indicated", ScriptedClassifier.classification(Decision.NOT_LISTED, false, List.of(indicator)))
            .answer("flag without listing", ScriptedClassifier.classification(Decision.NOT_LISTED, true, List.of()));
    List<LabelledCase> cases = new ArrayList<>();
    for (String t : List.of("flagged listed", "unflagged listed", "indicated", "flag without listing")) {
      cases.add(withKind(notListed(t), "", true));
    }
    Metrics m = evaluate(c, cases).overall();
    assertEquals(4, m.cyberSurveillanceCases());
    assertEquals(0.5, m.cyberSurveillanceRecall());
  }

  @Test
  void theSurveillanceRatesSplitListedItemsUnlistedItemsAndOrdinaryUnlistedCases() {
    Article5Indicator indicator = new Article5Indicator("covert interception", List.of("intercept"), "reason",
        List.of(), List.of(org.dualuse.core.classify.CyberSurveillanceElement.values()));
    ScriptedClassifier c =
        new ScriptedClassifier()
            .answer("listed flagged", ScriptedClassifier.classification(Decision.LISTED, true, List.of(), "5A999"))
            .answer("listed unflagged", ScriptedClassifier.classification(Decision.LISTED, false, List.of(), "5A999"))
            .answer("unlisted indicated", ScriptedClassifier.classification(Decision.NOT_LISTED, false, List.of(indicator)))
            .answer("ordinary indicated", ScriptedClassifier.classification(Decision.NOT_LISTED, false, List.of(indicator)));
    List<LabelledCase> cases = List.of(
        withKind(listed("listed flagged", "5A999"), "", true),
        withKind(listed("listed unflagged", "5A999"), "", true),
        withKind(notListed("unlisted indicated"), "", true),
        withKind(notListed("unlisted quiet"), "", true),
        withKind(notListed("unlisted silent"), "", true),
        withKind(notListed("ordinary indicated"), "", false),
        withKind(notListed("ordinary quiet"), "", false),
        withKind(listed("listed ordinary", "5A999"), "", false));
    Metrics m = evaluate(c, cases).overall();
    assertEquals(0.5, m.listedCyberSurveillanceRecall());
    assertEquals(1.0 / 3, m.article5Recall(), 1e-12);
    assertEquals(0.5, m.article5Specificity());
    assertTrue(m.rates().keySet().containsAll(List.of("listedCyberSurveillanceRecall", "article5Recall", "article5Specificity")));
    assertEquals(Metrics.DEFINITIONS.keySet(), m.rates().keySet());
  }

  @Test
  void breakdownsGroupByCategoryAndKindInKeyOrder() {
    ScriptedClassifier c = new ScriptedClassifier().answer("widget", Decision.LISTED, "9A999");
    EvaluationReport r =
        evaluate(
            c,
            List.of(
                withKind(listed("widget", "9A999"), "pair", false),
                withKind(listed("gizmo", "3A999"), "pair", false),
                notListed("chair")));
    assertEquals(List.of("3", "9", LabelledCase.NOT_LISTED), List.copyOf(r.byCategory().keySet()));
    assertEquals(0.0, r.byCategory().get("3").entryTop1());
    assertEquals(1.0, r.byCategory().get("9").entryTop1());
    assertEquals(List.of("(none)", "pair"), List.copyOf(r.byKind().keySet()));
    assertEquals(2, r.byKind().get("pair").cases());
  }

  @Test
  void resultsKeepDatasetOrderAndFiguresDoNotDependOnThreads() {
    ScriptedClassifier c = new ScriptedClassifier();
    List<LabelledCase> cases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = "item " + i;
      if (i % 3 == 0) c.answer(text, Decision.LISTED, "9A999.a");
      if (i % 5 == 0) c.answer(text, Decision.LISTED, "9A999.b");
      cases.add(i % 2 == 0 ? listed(text, "9A999.a") : notListed(text));
    }
    EvaluationReport one = new Evaluator(c, 1, 100, 3L).evaluate(cases);
    EvaluationReport four = new Evaluator(c, 4, 100, 3L).evaluate(cases);
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(cases.get(i).id(), four.results().get(i).labelledCase().id());
    }
    assertEquals(one.overall(), four.overall());
    assertEquals(one.intervals(), four.intervals());
  }

  @Test
  void bootstrapIntervalsAreReproducibleAndContainTheEstimate() {
    ScriptedClassifier c = new ScriptedClassifier();
    List<LabelledCase> cases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String text = "item " + i;
      if (i % 4 != 0) c.answer(text, Decision.LISTED, "9A999");
      cases.add(listed(text, "9A999"));
    }
    EvaluationReport a = new Evaluator(c, 2, 500, 11L).evaluate(cases);
    EvaluationReport b = new Evaluator(c, 2, 500, 11L).evaluate(cases);
    assertEquals(a.intervals(), b.intervals());
    Interval top1 = a.intervals().get("entryTop1");
    assertEquals(0.75, a.overall().entryTop1());
    assertTrue(top1.low() < 0.75 && 0.75 < top1.high(), top1.toString());
    assertTrue(top1.high() - top1.low() < 0.2, "200 cases give a narrow interval: " + top1);
    assertTrue(Double.isNaN(a.intervals().get("notListedAccuracy").low()), "no not-listed case");
  }

  @Test
  void aFailingClassifierStopsTheRunNamingTheCase() {
    Classifier broken =
        new Classifier() {
          @Override
          public Classification classify(Product product) {
            throw new IllegalStateException("boom");
          }

          @Override
          public String listId() {
            return "x";
          }
        };
    DualUseException e =
        assertThrows(DualUseException.class, () -> evaluate(broken, List.of(notListed("a"), notListed("chair"))));
    assertTrue(e.getMessage().contains("case a") && e.getMessage().contains("boom"), e.getMessage());
  }

  @Test
  void errorsListTheMissesWithTheirEvidence() {
    ScriptedClassifier c = new ScriptedClassifier().answer("widget", Decision.LISTED, "3A999");
    EvaluationReport r = evaluate(c, List.of(listed("widget", "9A999"), notListed("chair")));
    assertEquals(1, r.errors().size());
    ObjectNode json = EvaluationJson.toJson(r, true);
    assertEquals("widget", json.get("errors").get(0).get("id").asText());
    assertEquals("3A999", json.get("errors").get(0).get("candidates").get(0).get("code").asText());
    assertEquals("widget", json.get("errors").get(0).get("candidates").get(0).get("evidence").get("matchedWords").get(0).asText());
  }

  @Test
  void theJsonCarriesEveryKeyOfTheDesignAndUndefinedRatesAsNull() {
    EvaluationReport r = evaluate(new ScriptedClassifier(), List.of(notListed("chair")));
    ObjectNode json = EvaluationJson.toJson(r, false);
    for (String key :
        List.of("cases", "entryTop1", "exactTop1", "top5ControlledRecall", "mrr", "listedPrecision", "listedRecall",
            "listedF1", "notListedAccuracy", "cyberSurveillanceRecall", "gradedScore", "intervals", "byCategory",
            "byKind", "definitions")) {
      assertTrue(json.has(key), key);
    }
    assertTrue(json.get("listedRecall").isNull());
    assertEquals(1.0, json.get("notListedAccuracy").asDouble());
    assertFalse(json.has("errors"));
  }

  private static LabelledCase inHalf(LabelledCase c, Split half) {
    return new LabelledCase(c.id(), c.text(), c.expected(), Map.of(), false, "", "de", "", "", "erp", Optional.of(half), 0);
  }

  @Test
  void aSplitCorpusIsReportedPerHalfWithTheGapCheckMinusTune() {
    ScriptedClassifier c =
        new ScriptedClassifier().answer("widget", Decision.LISTED, "9A999.a").answer("sprocket", Decision.LISTED, "9A999.a");
    EvaluationReport r =
        evaluate(c, List.of(
            inHalf(listed("widget", "9A999.a"), Split.TUNE),
            inHalf(listed("gadget", "9A999.a"), Split.CHECK),
            inHalf(listed("sprocket", "9A999.a"), Split.CHECK)));
    assertEquals(1.0, r.split(Split.TUNE).orElseThrow().listedRecall());
    assertEquals(0.5, r.split(Split.CHECK).orElseThrow().listedRecall());
    assertEquals(-0.5, r.splitGap().get("listedRecall"), 1e-12);
    assertEquals(3, r.byLanguage().get("de").cases());
    assertEquals(3, r.byStyle().get("erp").cases());
    ObjectNode json = EvaluationJson.toJson(r, false);
    assertEquals(2, json.get("bySplit").get("check").get("cases").asInt());
    assertEquals(-0.5, json.get("splitGap").get("listedRecall").asDouble(), 1e-12);
  }

  @Test
  void anUnsplitDatasetHasNoHalvesAndNoGap() {
    EvaluationReport r = evaluate(new ScriptedClassifier(), List.of(notListed("chair")));
    assertTrue(r.bySplit().isEmpty());
    assertTrue(r.splitGap().isEmpty());
    assertFalse(EvaluationJson.toJson(r, false).has("bySplit"));
  }
}

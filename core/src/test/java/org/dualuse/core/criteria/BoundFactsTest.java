package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values a product text states only as a bound ("over 2.5 MW"), read in en/de/fr/it and compared. */
class BoundFactsTest {

  private static Fact only(String text, String language) {
    List<Fact> facts = ProductFacts.fromText(text, language).all();
    assertEquals(1, facts.size(), () -> text + ": " + facts);
    return facts.get(0);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Wind turbine, rated power more than 2.5 MW|en|GREATER_THAN",
      "Wind turbine over 2.5 MW|en|GREATER_THAN",
      "output power > 2.5 MW|en|GREATER_THAN",
      "output power exceeding 2.5 MW|en|GREATER_THAN",
      "output power above 2.5 MW|en|GREATER_THAN",
      "output power at least 2.5 MW|en|AT_LEAST",
      "output power ≥ 2.5 MW|en|AT_LEAST",
      "output power 2.5 MW or more|en|AT_LEAST",
      "bias stability < 0.5 °/h|en|LESS_THAN",
      "bias stability less than 0.5 °/h|en|LESS_THAN",
      "Windkraftanlage über 2,5 MW|de|GREATER_THAN",
      "Leistung mehr als 2,5 MW|de|GREATER_THAN",
      "Leistung mindestens 2,5 MW|de|AT_LEAST",
      "Leistung 2,5 MW oder mehr|de|AT_LEAST",
      "Bias-Stabilität weniger als 0,5 °/h|de|LESS_THAN",
      "puissance plus de 2,5 MW|fr|GREATER_THAN",
      "puissance supérieure à 2,5 MW|fr|GREATER_THAN",
      "puissance d'au moins 2,5 MW|fr|AT_LEAST",
      "puissance 2,5 MW ou plus|fr|AT_LEAST",
      "stabilité du biais inférieure à 0,5 °/h|fr|LESS_THAN",
      "potenza oltre 2,5 MW|it|GREATER_THAN",
      "potenza superiore a 2,5 MW|it|GREATER_THAN",
      "potenza almeno 2,5 MW|it|AT_LEAST",
      "potenza 2,5 MW o più|it|AT_LEAST",
      "stabilità del bias inferiore a 0,5 °/h|it|LESS_THAN"})
  void aBoundWordMakesTheValueABound(String text, String language, Comparison expected) {
    Fact f = only(text, language);
    assertEquals(expected, f.bound(), f::describe);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "laser, output power up to 100 W|en", "Leistung bis zu 100 W|de", "puissance jusqu'à 100 W|fr",
      "potenza fino a 100 W|it", "output power max. 100 W|en", "output power ≤ 100 W|en",
      "output power 100 W|en", "output power no more than 100 W|en", "Laser min. 100 W|de"})
  void anInclusiveUpperWordOrNoneLeavesTheValueAsTheProductsOwn(String text, String language) {
    Fact f = only(text, language);
    assertNull(f.bound(), f::describe);
    assertEquals(Quantity.parse("100 W"), f.value());
  }

  @Test
  void overAfterAnotherValueOfItsClauseIsASpanNotABound() {
    List<Fact> facts = ProductFacts.fromText("straightness 5 µm over 300 mm", "en").all();
    assertTrue(facts.stream().allMatch(f -> f.bound() == null), facts::toString);
    List<Fact> german = ProductFacts.fromText("Bias-Stabilität 0,003 °/h über 24 h", "de").all();
    assertTrue(german.stream().allMatch(f -> f.bound() == null), german::toString);
  }

  @Test
  void aStatedValueMayBeABound() {
    Fact f = ProductFacts.of(Map.of("output power", "> 2.5 MW"), "").all().get(0);
    assertEquals(Comparison.GREATER_THAN, f.bound());
    assertEquals("output power > 2.5 MW", f.describe());
  }

  @Test
  void aRangeIsNeverABound() {
    Fact range = new Fact(Parameters.OUTPUT_POWER, QuantityRange.closed(Quantity.parse("1 W"), Quantity.parse("2 W")),
        List.of(), FactOrigin.STATED, "", -1, -1);
    assertThrows(DualUseException.class, () -> range.bounded(Comparison.GREATER_THAN));
  }

  private static Truth truth(Criterion c, String value) {
    return new CriterionEvaluator(ProductFacts.of(Map.of("output power", value), ""), FeatureJudge.NONE)
        .evaluate(c).truth();
  }

  private static Threshold threshold(Comparison c, String bound) {
    return new Threshold(Parameters.OUTPUT_POWER, c, Quantity.parse(bound), "");
  }

  @ParameterizedTest(name = "{0} against {1} {2} -> {3}")
  @CsvSource({
      "> 2.5 MW, GREATER_THAN, 2.5 MW, MATCH", "> 2.5 MW, AT_LEAST, 2 MW, MATCH",
      "> 2.5 MW, GREATER_THAN, 5 MW, UNKNOWN", "> 2.5 MW, LESS_THAN, 2 MW, NO_MATCH",
      "> 2.5 MW, LESS_THAN, 2.5 MW, NO_MATCH", "> 2.5 MW, AT_MOST, 2.5 MW, NO_MATCH",
      "> 2.5 MW, LESS_THAN, 5 MW, UNKNOWN",
      ">= 2.5 MW, GREATER_THAN, 2.5 MW, UNKNOWN", ">= 2.5 MW, AT_LEAST, 2.5 MW, MATCH",
      ">= 2.5 MW, AT_MOST, 2.5 MW, UNKNOWN", ">= 2.5 MW, LESS_THAN, 2.5 MW, NO_MATCH",
      "< 2.5 MW, LESS_THAN, 2.5 MW, MATCH", "< 2.5 MW, AT_MOST, 3 MW, MATCH", "< 2.5 MW, LESS_THAN, 1 MW, UNKNOWN",
      "< 2.5 MW, AT_LEAST, 2.5 MW, NO_MATCH", "< 2.5 MW, GREATER_THAN, 1 MW, UNKNOWN"})
  void aBoundMeetsALimitWhenAllItsValuesDoAndFailsItWhenNoneDoes(String fact, Comparison c, String limit,
      Truth expected) {
    assertEquals(expected, truth(threshold(c, limit), fact));
  }

  @Test
  void aBoundAgainstARangeFailsOnlyWhenItLiesBeyondIt() {
    Range r = new Range(Parameters.OUTPUT_POWER, QuantityRange.closed(Quantity.parse("1 W"), Quantity.parse("2 W")),
        false, "");
    assertEquals(Truth.NO_MATCH, truth(r, "> 2 W"));
    assertEquals(Truth.UNKNOWN, truth(r, ">= 2 W"));
    assertEquals(Truth.UNKNOWN, truth(r, "> 1.5 W"));
    assertEquals(Truth.NO_MATCH, truth(r, "< 1 W"));
  }

  @Test
  void anOpenBoundExplainsThatTheTextGivesOnlyABound() {
    Evaluation e = new CriterionEvaluator(ProductFacts.of(Map.of("output power", "more than 2.5 MW"), ""),
        FeatureJudge.NONE).evaluate(threshold(Comparison.GREATER_THAN, "5 MW"));
    assertEquals(Truth.UNKNOWN, e.truth());
    String why = e.results().get(0).explanation();
    assertTrue(why.contains("> 2.5 MW") && why.contains("only a bound"), why);
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionEvaluatorTest {

  private static Truth truth(Criterion c, String fact, String value) {
    return new CriterionEvaluator(ProductFacts.of(Map.of(fact, value), ""), FeatureJudge.NONE).evaluate(c).truth();
  }

  private static Threshold threshold(Parameter p, Comparison c, String bound) {
    return new Threshold(p, c, Quantity.parse(bound), "");
  }

  private static Range range(Parameter p, String low, boolean lowIn, String high, boolean highIn) {
    return new Range(p, new QuantityRange(Quantity.parse(low), lowIn, Quantity.parse(high), highIn), false, "");
  }

  @ParameterizedTest(name = "{1} {0} 2.7 GHz -> {2}")
  @CsvSource({
      "GREATER_THAN, 2.7 GHz, NO_MATCH", "GREATER_THAN, 2.8 GHz, MATCH", "AT_LEAST, 2.7 GHz, MATCH",
      "AT_LEAST, 2.6 GHz, NO_MATCH", "LESS_THAN, 2.7 GHz, NO_MATCH", "AT_MOST, 2.7 GHz, MATCH",
      "LESS_THAN, 2700 MHz, NO_MATCH", "AT_MOST, 2699 MHz, MATCH"})
  void aValueAtTheBoundFollowsTheComparator(Comparison c, String value, Truth expected) {
    assertEquals(expected, truth(threshold(Parameters.OPERATING_FREQUENCY, c, "2.7 GHz"), "frequency", value));
  }

  @Test
  void withoutAFactTheAnswerIsUnknownAndSaysWhichParameterIsMissing() {
    CriterionEvaluator e = new CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE);
    Evaluation ev = e.evaluate(threshold(Parameters.FRAME_RATE, Comparison.AT_MOST, "9 Hz"));
    assertEquals(Truth.UNKNOWN, ev.truth());
    assertTrue(ev.unknown().get(0).explanation().contains("frame rate"), ev.unknown().get(0).explanation());
  }

  @Test
  void decibelsAndWattsGiveTheSameAnswer() {
    Threshold t = threshold(Parameters.PEAK_SATURATED_OUTPUT_POWER, Comparison.GREATER_THAN, "40 W");
    assertEquals(Truth.MATCH, truth(t, "Psat", "47.8 dBm"));
    assertEquals(Truth.MATCH, truth(t, "Psat", "60 W"));
    assertEquals(Truth.NO_MATCH, truth(t, "Psat", "40 dBm"));
    assertEquals(Truth.NO_MATCH, truth(t, "Psat", "10 W"));
  }

  @Test
  void aValueWithNoEquivalentInTheBoundsUnitIsShownAsWritten() {
    // no power of 0 W can be written in dBm: the explanation keeps the watts and the answer stands
    Threshold t = threshold(Parameters.PEAK_SATURATED_OUTPUT_POWER, Comparison.GREATER_THAN, "40 dBm");
    Fact zero = new Fact(Parameters.PEAK_SATURATED_OUTPUT_POWER, Quantity.parse("0 W"), List.of(), FactOrigin.STATED,
        "", -1, -1);
    CriterionResult r = new CriterionEvaluator(ProductFacts.of(List.of(zero)), FeatureJudge.NONE)
        .evaluate(t).results().get(0);
    assertEquals(Truth.NO_MATCH, r.truth());
    assertTrue(r.explanation().contains(": 0 W does not meet it"), r.explanation());
  }

  @ParameterizedTest(name = "purity {0} against >= 99.99 % -> {1}")
  @CsvSource({"99.9 %, NO_MATCH", "99.98 %, NO_MATCH", "99.99 %, MATCH", "99.999 %, MATCH", "100 %, MATCH"})
  void aPurityIsToldByWhatItLeaves(String value, Truth expected) {
    assertEquals(expected, truth(threshold(Parameters.PURITY, Comparison.AT_LEAST, "99.99 %"), "purity", value));
  }

  @net.jqwik.api.Property(tries = 500)
  void aShareIsComparedAsPlainValuesAreExceptNearTheWhole(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double value,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double bound) {
    int share = CriterionEvaluator.compareShare(value, bound);
    int plain = CriterionEvaluator.compare(value, bound);
    // the share's tolerance is never wider than the plain one: it only tells apart what the plain one merged
    assertTrue(share == plain || plain == 0, value + " vs " + bound);
    assertEquals(Integer.signum(Double.compare(value, bound)) == 0 ? 0 : share, share == 0 ? 0 : Integer.signum(Double.compare(value, bound)));
  }

  @Test
  void theAnnexsRoundedEquivalentsCountAsTheBound() {
    Threshold above = threshold(Parameters.AMBIENT_TEMPERATURE, Comparison.GREATER_THAN, "398 K");
    assertEquals(Truth.NO_MATCH, truth(above, "ambient temperature", "125 °C"));
    assertEquals(Truth.MATCH, truth(above, "ambient temperature", "130 °C"));
  }

  @Test
  void aRangeOfValuesMeetsAThresholdWhenSomeValueInItDoes() {
    Threshold t = threshold(Parameters.OPERATING_FREQUENCY, Comparison.GREATER_THAN, "3 GHz");
    assertEquals(Truth.MATCH, truth(t, "frequency", "2.9-3.5 GHz"));
    assertEquals(Truth.NO_MATCH, truth(t, "frequency", "2-3 GHz"));
  }

  @Test
  void aBandMeetsARangeWhenTheyOverlapEvenAtOneIncludedEdge() {
    Range band = range(Parameters.OPERATING_FREQUENCY, "2.7 GHz", false, "2.9 GHz", true);
    assertEquals(Truth.MATCH, truth(band, "frequency", "2.9-3.5 GHz"));
    assertEquals(Truth.NO_MATCH, truth(band, "frequency", "2.95-3.5 GHz"));
    Range open = range(Parameters.OPERATING_FREQUENCY, "2.9 GHz", false, "3.2 GHz", true);
    assertEquals(Truth.NO_MATCH, truth(open, "frequency", "2.5-2.9 GHz"));
  }

  @Test
  void anEntireRangeMustBeCovered() {
    Range entire = new Range(Parameters.AMBIENT_TEMPERATURE,
        QuantityRange.closed(Quantity.parse("218 K"), Quantity.parse("398 K")), false, "", true);
    assertEquals(Truth.MATCH, truth(entire, "ambient temperature", "-55 to 125 °C"));
    assertEquals(Truth.NO_MATCH, truth(entire, "ambient temperature", "-40 to 125 °C"));
    assertEquals(Truth.NO_MATCH, truth(entire, "ambient temperature", "25 °C"));
  }

  @Test
  void outsideTheRangeMeansSomeValueLiesOutside() {
    Range outside = new Range(Parameters.OPERATING_FREQUENCY,
        QuantityRange.closed(Quantity.parse("20 kHz"), Quantity.parse("60 kHz")), true, "");
    assertEquals(Truth.MATCH, truth(outside, "frequency", "70 kHz"));
    assertEquals(Truth.NO_MATCH, truth(outside, "frequency", "30 kHz"));
    assertEquals(Truth.NO_MATCH, truth(outside, "frequency", "60 kHz"));
    assertEquals(Truth.MATCH, truth(outside, "frequency", "50-80 kHz"));
  }

  @Test
  void combinationsFollowKleeneLogic() {
    Threshold power = threshold(Parameters.OUTPUT_POWER, Comparison.AT_LEAST, "1 kW");
    Threshold frequency = threshold(Parameters.OPERATING_FREQUENCY, Comparison.LESS_THAN, "30 MHz");
    CriterionEvaluator onlyPower = new CriterionEvaluator(ProductFacts.of(Map.of("output power", "2 kW"), ""), null);
    assertEquals(Truth.UNKNOWN, onlyPower.evaluate(new AllOf(List.of(power, frequency))).truth());
    assertEquals(Truth.MATCH, onlyPower.evaluate(new AnyOf(List.of(power, frequency))).truth());
    assertEquals(Truth.NO_MATCH, onlyPower.evaluate(new Not(power)).truth());
    CriterionEvaluator lowPower = new CriterionEvaluator(ProductFacts.of(Map.of("output power", "2 W"), ""), null);
    assertEquals(Truth.NO_MATCH, lowPower.evaluate(new AllOf(List.of(power, frequency))).truth());
    assertEquals(Truth.UNKNOWN, lowPower.evaluate(new AnyOf(List.of(power, frequency))).truth());
  }

  @Test
  void undecidedFeaturesCountAsThePolicySays() {
    Feature f = new Feature("Designed for synthetic toys", List.of("toys"));
    CriterionEvaluator e = new CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE);
    assertEquals(Truth.MATCH, e.evaluate(f, FeaturePolicy.ASSUMED).truth());
    assertEquals(Truth.UNKNOWN, e.evaluate(f, FeaturePolicy.JUDGED).truth());
    assertEquals(Truth.NO_MATCH, e.evaluate(f, FeaturePolicy.PROVEN).truth());
    assertTrue(e.evaluate(f, FeaturePolicy.ASSUMED).met().isEmpty(), "an assumed feature is not evidence");
  }

  @Test
  void theKeywordJudgeNeedsAPhraseOrTwoWords() {
    Feature f = new Feature("Employing widget spread techniques", List.of("widget spread", "employing", "techniques"));
    assertEquals(Truth.MATCH, FeatureJudge.keywords("radio with widget spread modulation").judge(f));
    assertEquals(Truth.UNKNOWN, FeatureJudge.keywords("radio employing modulation").judge(f));
    assertEquals(Truth.MATCH, FeatureJudge.keywords("employing clever techniques").judge(f));
  }

  @Test
  void aFailedThresholdReportsHowFarTheValueIsFromTheBound() {
    Threshold t = threshold(Parameters.PEAK_SATURATED_OUTPUT_POWER, Comparison.GREATER_THAN, "40 W");
    CriterionResult r = new CriterionEvaluator(ProductFacts.of(Map.of("Psat", "38 W"), ""), null)
        .evaluate(t).failed().get(0);
    assertEquals(0.05, r.gap(), 1e-9);
    assertTrue(r.explanation().contains("38 W"), r.explanation());
  }
}

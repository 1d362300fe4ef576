package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

class CriteriaPropertiesTest {

  private static Truth truth(Criterion c, Parameter p, Quantity value) {
    Fact fact = new Fact(p, value, null, FactOrigin.STATED, "", -1, -1);
    return new CriterionEvaluator(ProductFacts.of(java.util.List.of(fact)), FeatureJudge.NONE).evaluate(c).truth();
  }

  @Provide
  Arbitrary<Comparison> lowerBounds() {
    return Arbitraries.of(Comparison.GREATER_THAN, Comparison.AT_LEAST);
  }

  @Property
  void aValueThatMeetsALowerBoundStillMeetsItWhenIncreased(
      @ForAll("lowerBounds") Comparison comparison,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double bound,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double value,
      @ForAll @DoubleRange(min = 0, max = 1e6) double increase) {
    Threshold t = new Threshold(Parameters.OUTPUT_POWER, comparison, Quantity.of(bound, Units.WATT), "");
    if (truth(t, Parameters.OUTPUT_POWER, Quantity.of(value, Units.WATT)) == Truth.MATCH) {
      assertEquals(Truth.MATCH, truth(t, Parameters.OUTPUT_POWER, Quantity.of(value + increase, Units.WATT)));
    }
  }

  @Property
  void aNegatedComparisonMeetsExactlyTheValuesTheComparisonFails(
      @ForAll Comparison comparison,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double bound,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
    assertEquals(!comparison.test(value, bound), comparison.negated().test(value, bound));
    assertEquals(!comparison.test(bound, bound), comparison.negated().test(bound, bound));
    assertEquals(comparison, comparison.negated().negated());
  }

  @Property
  void dBmAndWattsGiveTheSameResult(
      @ForAll Comparison comparison,
      @ForAll @DoubleRange(min = -60, max = 80) double boundDbm,
      @ForAll @DoubleRange(min = -60, max = 80) double valueDbm) {
    Threshold t = new Threshold(Parameters.OUTPUT_POWER, comparison, Quantity.of(boundDbm, Units.DBM), "");
    Quantity inDbm = Quantity.of(valueDbm, Units.DBM);
    assertEquals(truth(t, Parameters.OUTPUT_POWER, inDbm), truth(t, Parameters.OUTPUT_POWER, inDbm.to(Units.WATT)));
  }

  @Property
  void celsiusAndKelvinGiveTheSameResult(
      @ForAll Comparison comparison,
      @ForAll @DoubleRange(min = 100, max = 600) double boundK,
      @ForAll @DoubleRange(min = -150, max = 300) double valueC) {
    Threshold t = new Threshold(Parameters.AMBIENT_TEMPERATURE, comparison, Quantity.of(boundK, Units.KELVIN), "");
    Quantity celsius = Quantity.of(valueC, Units.CELSIUS);
    assertEquals(truth(t, Parameters.AMBIENT_TEMPERATURE, celsius),
        truth(t, Parameters.AMBIENT_TEMPERATURE, celsius.to(Units.KELVIN)));
  }

  @Property
  void aValueExactlyAtTheBoundFollowsTheComparator(
      @ForAll Comparison comparison, @ForAll @DoubleRange(min = -1e6, max = 1e6) double bound) {
    Quantity q = Quantity.of(bound, Units.HERTZ);
    Threshold t = new Threshold(Parameters.OPERATING_FREQUENCY, comparison, q, "");
    boolean inclusive = comparison == Comparison.AT_LEAST || comparison == Comparison.AT_MOST;
    assertEquals(inclusive ? Truth.MATCH : Truth.NO_MATCH, truth(t, Parameters.OPERATING_FREQUENCY, q));
  }

  @Property
  void theExtractorNeverThrows(@ForAll String text) {
    assertNotNull(CriteriaExtractor.standard().extract(text));
    assertNotNull(CriteriaExtractor.standard().extractReleaseCondition(text));
  }

  @Provide
  Arbitrary<String> annexLikeText() {
    Arbitrary<String> words = Arbitraries.of("exceeding", "or more", "less (better) than", "up to and including",
        "but", "or", "and", "any of the following:", "a.", "b.", "does not control", "frequency", "power",
        "2,7 GHz", "75 W (48,75 dBm)", "5 × 103 Gy", "-55 °C", "from", "to", "outside the range", "fps", ";", ",");
    return words.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  @Property
  void theExtractorNeverThrowsOnAnnexLikeText(@ForAll("annexLikeText") String text) {
    assertNotNull(CriteriaExtractor.standard().extract(text));
    assertNotNull(CriteriaExtractor.standard().extractReleaseCondition(text));
  }

  @Property
  void theFactFinderNeverThrows(@ForAll String text) {
    assertNotNull(ProductFacts.fromText(text));
  }

  @Property
  void theFactFinderNeverThrowsOnDataSheetLikeText(@ForAll("annexLikeText") String text) {
    assertNotNull(ProductFacts.of(Map.of(), text).all());
  }

  // a bare length is offered as a wavelength only inside the optical span (10 nm to 1 mm), whatever the text
  @Property
  void aWavelengthReadFromABareLengthLiesInTheOpticalSpan(
      @ForAll @DoubleRange(min = 0.01, max = 1e7) double nanometres,
      @ForAll("lightTexts") String prefix) {
    ProductFacts facts = ProductFacts.fromText(prefix + " " + String.format(java.util.Locale.ROOT, "%.3f", nanometres) + " nm");
    for (Fact f : facts.answering(Parameters.WAVELENGTH)) {
      double metres = ((Quantity) f.value()).toSi();
      org.junit.jupiter.api.Assertions.assertTrue(metres >= 1e-8 && metres < 1e-3, f::describe);
    }
  }

  @Provide
  Arbitrary<String> lightTexts() {
    return Arbitraries.of("widget fibre laser", "widget infrared camera", "widget photodiode", "widget pump");
  }

  // white space between the words of a name does not change what it names
  @Property
  void extraSpacesBetweenTheWordsOfANameChangeNothing(@ForAll("spacedNames") String name,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int spaces) {
    String value = " 7 " + Units.si(Parameters.lookup(name).orElseThrow().dimension()).symbol();
    String wide = name.replace(" ", " ".repeat(spaces));
    assertEquals(describe(ProductFacts.fromText("widget, " + name + value)),
        describe(ProductFacts.fromText("widget, " + wide + value)), name);
  }

  private static java.util.List<String> describe(ProductFacts facts) {
    return facts.all().stream().map(f -> f.parameter().name() + "=" + f.value()).toList();
  }

  @Provide
  Arbitrary<String> spacedNames() {
    return Arbitraries.of(Parameters.all().stream()
        .flatMap(p -> Parameters.synonyms(p).stream())
        .filter(n -> n.contains(" "))
        .toList());
  }
}

package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A synthetic list in the annex's style: band tables, an "all of" item, parametric decontrol notes. */
class ParameterClassifierTest {

  private static final String[] LINES = {
      "9A991 Widgets as follows:",
      "9A991.a Widget amplifiers that are any of the following:",
      "9A991.a.1 Rated for operation at frequencies exceeding 2,5 GHz up to and including 4,5 GHz with a "
          + "\"fractional bandwidth\" greater than 10 %, and having any of the following:",
      "9A991.a.1.a A peak saturated power output greater than 70 W (48,45 dBm) at any frequency exceeding 2,5 GHz "
          + "up to and including 3,0 GHz; or",
      "9A991.a.1.b A peak saturated power output greater than 45 W (46,53 dBm) at any frequency exceeding 3,0 GHz "
          + "up to and including 4,5 GHz;",
      "9A991.a.2 Rated for operation at frequencies exceeding 4,5 GHz;",
      "9A991.a Note: 9A991.a. does not control widgets designed to operate at an output power of 2 W or less.",
      "9A991.b Widget receivers having all of the following:",
      "9A991.b.1 Automatic searching of a synthetic spectrum; and",
      "9A991.b.2 A 'channel switching time' of less than 2 ms;",
      "9A991.c Imaging widgets incorporating synthetic arrays;",
      "9A991.c Note: 9A991.c. does not control imaging widgets having any of the following: a. A maximum frame rate "
          + "equal to or less than 8 Hz; or b. Being designed for synthetic toys.",
      "9A991.d Radiation-hardened widgets designed to withstand any of the following:",
      "9A991.d.1 A total dose of 2 × 103 Gy (silicon) or higher;",
      "9A991.d.2 A dose rate upset of 2 × 106 Gy (silicon)/s or higher."};

  static final ControlList LIST = parse();
  private static final ParameterClassifier CLASSIFIER = new ParameterClassifier(LIST);

  private static ControlList parse() {
    List<Provision> provisions = new ArrayList<>();
    for (int i = 0; i < LINES.length; i++) {
      String line = LINES[i];
      int space = line.indexOf(' ');
      String text = line.substring(space + 1);
      ProvisionKind kind = text.startsWith("Note") ? ProvisionKind.NOTE : ProvisionKind.ITEM;
      provisions.add(new Provision(line.substring(0, space), kind, text, i + 1));
    }
    AnnexSource source = new AnnexSource("widget-list", "Synthetic widget list", "XX", LocalDate.of(2025, 1, 1),
        new Provenance("widgets.txt", null, "00", null), provisions,
        List.of(new ListDocument(DocumentKind.DEFINITIONS, "DEFINITIONS",
            "\"Widget\" (9) means a synthetic device used only in tests.", null, null)));
    return new AnnexParser().parse(source);
  }

  private static ParameterReport evaluate(String text) {
    return CLASSIFIER.evaluate(Product.of(text));
  }

  private static ControlCode code(String c) {
    return ControlCode.parse(c);
  }

  @Test
  void aDeviceSpanningTwoBandsMatchesTheBandWhoseThresholdItExceeds() {
    ParameterReport r = evaluate("Widget amplifier, 2.8 to 3.6 GHz, 50 W peak saturated output power");
    assertEquals(List.of(code("9A991.a.1.b")), r.mostSpecificMatches());
    assertEquals(Truth.MATCH, r.truthOf(code("9A991.a.1")));
    assertEquals(Truth.NO_MATCH, r.truthOf(code("9A991.a.1.a")));
    NodeEvaluation band = r.find("9A991.a.1.b").orElseThrow();
    assertTrue(band.criteriaMet().stream().anyMatch(s -> s.startsWith("peak saturated output power > 45 W")),
        band.criteriaMet().toString());
  }

  @Test
  void belowEveryThresholdItMatchesNoBand() {
    ParameterReport r = evaluate("Widget amplifier, 2.8 to 3.6 GHz, 30 W peak saturated output power");
    assertEquals(Truth.NO_MATCH, r.truthOf(code("9A991.a")));
    assertTrue(r.mostSpecificMatches().isEmpty(), r.mostSpecificMatches().toString());
  }

  @Test
  void exactlyAtAStrictThresholdDoesNotMatch() {
    assertEquals(Truth.NO_MATCH,
        evaluate("Widget amplifier, 3.1 to 3.6 GHz, 45 W peak saturated output power").truthOf(code("9A991.a.1.b")));
  }

  @Test
  void decibelsGiveTheSameAnswerAsWatts() {
    ParameterReport watts = evaluate("Widget amplifier, 2.8 to 3.6 GHz, Psat 50 W");
    ParameterReport dbm = evaluate("Widget amplifier, 2.8 to 3.6 GHz, Psat 46.99 dBm");
    assertEquals(watts.mostSpecificMatches(), dbm.mostSpecificMatches());
  }

  @Test
  void aValueJustBelowItsThresholdIsANearMiss() {
    ParameterReport r = evaluate("Widget amplifier, 3.1 to 3.6 GHz, 43 W peak saturated output power");
    assertEquals(List.of(code("9A991.a.1.b")), r.nearMisses().stream().map(NearMiss::code).toList());
    assertEquals(2.0 / 45, r.nearMisses().get(0).gap(), 1e-9);
  }

  @Test
  void theQuestionThatDecidesIsAskedInTheUsersWords() {
    ParameterReport r = evaluate("Widget amplifier, 3.1 to 3.6 GHz");
    assertEquals(Truth.UNKNOWN, r.truthOf(code("9A991.a.1")));
    MissingFact first = r.missingFacts(List.of(code("9A991.a"))).get(0);
    assertEquals("peak saturated output power", first.parameter());
    assertEquals("What is the peak saturated output power?", first.question());
    assertTrue(first.decides().contains(code("9A991.a.1.b")), first.decides().toString());
  }

  @Test
  void aParametricDecontrolNoteReleasesTheProduct() {
    ParameterReport r = evaluate("Widget amplifier, 5 GHz, output power 1 W");
    assertEquals(Truth.NO_MATCH, r.truthOf(code("9A991.a.2")));
    assertEquals(1, r.decontrolsApplied().size());
    assertEquals(code("9A991.a"), r.decontrolsApplied().get(0).host());
    assertTrue(r.find("9A991.a.2").orElseThrow().released());
  }

  @Test
  void aboveTheReleaseConditionTheNodeMatches() {
    ParameterReport r = evaluate("Widget amplifier, 5 GHz, output power 10 W");
    assertEquals(List.of(code("9A991.a.2")), r.mostSpecificMatches());
    assertTrue(r.decontrolsApplied().isEmpty());
  }

  @Test
  void aFrameRateAtTheInclusiveReleaseBoundIsReleasedAndAboveItIsNot() {
    ParameterReport at = evaluate("Imaging widget, frame rate 8 Hz");
    assertEquals(Truth.NO_MATCH, at.truthOf(code("9A991.c")));
    assertEquals(code("9A991.c"), at.decontrolsApplied().get(0).host());
    ParameterReport above = evaluate("Imaging widget, 30 fps");
    DecontrolOutcome note = above.decontrols().stream().filter(d -> d.host().equals(code("9A991.c")))
        .findFirst().orElseThrow();
    assertEquals(Truth.NO_MATCH, note.released(), "a release feature without evidence does not release");
    assertFalse(above.find("9A991.c").orElseThrow().released());
  }

  @Test
  void aChildOfAnAllOfItemIsNeverAClassificationOnItsOwn() {
    ParameterReport r = evaluate("Widget receiver, channel switching time 1 ms");
    assertFalse(r.find("9A991.b.2").orElseThrow().classifiable());
    assertTrue(r.mostSpecificMatches().isEmpty(), r.mostSpecificMatches().toString());
    ParameterReport judged = CLASSIFIER.evaluate(Product.of("Widget receiver, channel switching time 1 ms"),
        feature -> Truth.MATCH);
    assertEquals(List.of(code("9A991.b")), judged.mostSpecificMatches());
  }

  @Test
  void aRadiationRatingAboveTheThresholdMatchesInAnyDoseUnit() {
    assertEquals(List.of(code("9A991.d.1")), evaluate("Rad-hard widget, total ionizing dose 300 krad(Si)").mostSpecificMatches());
    assertEquals(Truth.NO_MATCH, evaluate("Rad-hard widget, total ionizing dose 100 krad(Si)").truthOf(code("9A991.d.1")));
  }

  @Test
  void statedFactsAreUsedAndBadOnesRejected() {
    ParameterReport r = CLASSIFIER.evaluate(new Product("Widget amplifier",
        Map.of("frequency", "3.1-3.6 GHz", "Psat", "50 W"), "en"));
    assertEquals(List.of(code("9A991.a.1.b")), r.mostSpecificMatches());
    org.dualuse.core.criteria.FactFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.dualuse.core.criteria.FactFormatException.class,
        () -> CLASSIFIER.evaluate(new Product("x", Map.of("frequency", "50 W"), "")));
    assertTrue(e.getMessage().contains("frequency"));
  }

  @Test
  void oneInstanceServesManyThreadsAlike() {
    String text = "Widget amplifier, 2.8 to 3.6 GHz, 50 W peak saturated output power";
    List<ControlCode> expected = evaluate(text).mostSpecificMatches();
    assertTrue(IntStream.range(0, 32).parallel()
        .mapToObj(i -> evaluate(text).mostSpecificMatches())
        .allMatch(expected::equals));
  }

  @Test
  void theEvidenceCarriesTheCriteriaAndTheNotes() {
    Evidence e = evaluate("Widget amplifier, 5 GHz, output power 1 W").find("9A991.a.2").orElseThrow().evidence();
    assertFalse(e.criteriaMet().isEmpty());
    assertTrue(e.notes().get(0).contains("releases"), e.notes().toString());
  }

  @Property(tries = 200)
  void aBandSpanningDeviceMatchesWhenItExceedsTheThresholdOfABandItCovers(
      @ForAll @IntRange(min = 240, max = 470) int lowCentiGhz,
      @ForAll @IntRange(min = 0, max = 150) int widthCentiGhz,
      @ForAll @IntRange(min = 30, max = 80) int watts) {
    double low = lowCentiGhz / 100.0;
    double high = (lowCentiGhz + widthCentiGhz) / 100.0;
    Map<String, String> facts = Map.of("frequency", low + "-" + high + " GHz", "Psat", watts + " W",
        "fractional bandwidth", "20 %");
    ParameterReport r = CLASSIFIER.evaluate(new Product("Widget amplifier", facts, ""));
    // written from the synthetic table: (2,5; 3,0] needs more than 70 W, (3,0; 4,5] more than 45 W
    boolean coversA = high > 2.5 && low <= 3.0;
    boolean coversB = high > 3.0 && low <= 4.5;
    boolean expected = (coversA && watts > 70) || (coversB && watts > 45);
    assertEquals(expected ? Truth.MATCH : Truth.NO_MATCH, r.truthOf(code("9A991.a.1")), facts.toString());
  }

  @Property(tries = 100)
  void theSameSaturatedPowerInDbmGivesTheSameMatches(@ForAll @IntRange(min = 30, max = 80) int watts) {
    String dbm = String.valueOf(10 * Math.log10(watts * 1000.0));
    ParameterReport w = CLASSIFIER.evaluate(new Product("Widget amplifier",
        Map.of("frequency", "2.8-3.6 GHz", "Psat", watts + " W"), ""));
    ParameterReport d = CLASSIFIER.evaluate(new Product("Widget amplifier",
        Map.of("frequency", "2.8-3.6 GHz", "Psat", dbm + " dBm"), ""));
    assertEquals(w.mostSpecificMatches(), d.mostSpecificMatches());
  }

  @Test
  void theEffectiveCriteriaIncludeTheAncestorsAndTheReleases() {
    String described = CLASSIFIER.effectiveCriteria(code("9A991.a.2")).orElseThrow().describe();
    assertTrue(described.contains("operating frequency > 4.5 GHz"), described);
    assertTrue(described.contains("NOT output power <= 2 W"), described);
    assertTrue(CLASSIFIER.effectiveCriteria(code("9A991")).isPresent());
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Synthetic provisions written in the annex's style; none is copied from the official text. */
class CriteriaExtractorTest {

  private final CriteriaExtractor extractor = CriteriaExtractor.standard();

  private Criterion typed(String text) {
    Criterion c = extractor.extract(text).orElseThrow(() -> new AssertionError("no criteria in: " + text));
    assertTrue(c.isParametric(), () -> "only features in: " + text + " -> " + c.describe());
    return c;
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widgets having an operating frequency exceeding 5 GHz;|operating frequency > 5 GHz",
      "Widget amplifiers having an output power of 75 W or more;|output power >= 75 W",
      "A total dose of 2 × 103 Gy (silicon) or higher;|total dose >= 2000 Gy(Si)",
      "Widget streak cameras having temporal resolution less (better) than 40 ns;|temporal resolution < 40 ns",
      "A maximum frame rate equal to or less than 8 Hz;|frame rate <= 8 Hz",
      "Widgets rated for operation at an ambient temperature below 220 K (-53,15 °C);|ambient temperature < 220 K",
      "Electronic framing widgets having a speed exceeding 500000 frames/s;|frame rate > 500000 Hz",
      "A 'channel switching time' of less than 2 ms;|switching time < 2 ms",
      "Widget fibres of more than 400 m in length;|length > 400 m",
      "A clock frequency not exceeding 3 GHz;|clock frequency <= 3 GHz",
      "Having a \"fractional bandwidth\" of 25 % or more;|fractional bandwidth >= 25 %",
      "Voltage stability better than 0,2 % over a period of 8 hours;|stability < 0.2 %",
      "Widget alloys containing 12 % by weight or more of synthetium;|content >= 12 %",
      "Widget tubes with a gain of more than 17 dB;|gain > 17 dB",
      "Positioning accuracies equal to or less (better) than 5 µm along any linear axis;|positioning accuracy <= 5 µm",
      "A unidirectional positioning repeatability equal to or less than 0,7 µm;|positioning repeatability <= 0.7 µm",
      "Widget drums with diameters of 2 m or more;|diameter >= 2 m",
      "Widget rods with effective lengths of 3 m or greater;|length >= 3 m",
      "An encoder accuracy equal to or less (better) than 2,0 second of arc;|encoder accuracy <= 2 arcsec",
      "A \"bias\" \"stability\" of less (better) than 2 degrees per hour;|bias stability < 2 °/h",
      "A widget rate range of less than 300 degrees per second and;|angular rate < 300 °/s",
      "An \"angle random walk\" of less (better) than or equal to 0,2 degree per square root hour;|angle random walk <= 0.2 °/√h",
      "A widget drift of less (better) than or equal to 3 ppm;|stability <= 3 ppm",
      "Widget circuits having a 'Total Processing Performance' ('TPP') of 5000 or more.|total processing performance >= 5000 TPP",
      "Widget presses capable of producing features of 30 nm or less;|spatial resolution <= 30 nm",
      "Widget probes with a 'resolution' over their full scale of 0,3 µm or better;|spatial resolution <= 0.3 µm",
      "Widget converters with a resolution of 12 bit or more;|resolution >= 12 bit",
      "Widget coolers capable of temperatures of 120 K or less;|operating temperature <= 120 K",
      "Widget pumps capable of delivering a pressure of 3 MPa;|pressure >= 3 MPa",
      "Widget navigators with positioning \"accuracies\" to within 5 m of a point;|positioning accuracy <= 5 m",
      "A 'response  time' of 20 ns or less;|response time <= 20 ns",
      // "outside" that starts a name of the value is no exclusion; before the range it is
      "Widget bearings with an outer ring outside diameter between 25 mm and 100 mm;|diameter in [25 mm, 100 mm]",
      "Widget sonars with a carrier frequency outside the range from 20 kHz to 60 kHz;|operating frequency outside [20 kHz, 60 kHz]",
      // a number inside a quoted term is part of the name, not a value
      "Widget oscilloscopes with an 'upper 3dB frequency' greater than 90 GHz;|upper 3db frequency > 90 GHz",
      // a capability the text denies: the goods stay on the other side of the bound
      "Widget balancers not capable of balancing rotors having a mass greater than 3 kg;|mass <= 3 kg",
      "Widget seals incapable of withstanding temperatures of 450 K or more;|operating temperature < 450 K",
      // the denial ends with its clause: the mass after the comma is a requirement of its own
      "Widget balancers not capable of self-calibration, having a mass greater than 3 kg;|mass > 3 kg"})
  void readsOneThresholdWithItsComparator(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void exceedingExcludesAndOrMoreIncludesTheBound() {
    Threshold strict = (Threshold) typed("Widgets operating at frequencies exceeding 2,7 GHz;");
    Threshold inclusive = (Threshold) typed("Widgets having an output power of 75 W or more;");
    assertEquals(Comparison.GREATER_THAN, strict.comparison());
    assertEquals(Quantity.parse("2.7 GHz"), strict.bound());
    assertEquals(Comparison.AT_LEAST, inclusive.comparison());
  }

  @Test
  void aLowerBoundFollowedByAnUpperBoundIsOneRange() {
    Criterion c = typed("Rated for operation at frequencies exceeding 2,5 GHz up to and including 4,5 GHz with a "
        + "\"fractional bandwidth\" greater than 12 %, and having any of the following:");
    AllOf all = assertInstanceOf(AllOf.class, c);
    Range band = assertInstanceOf(Range.class, all.criteria().get(0));
    assertEquals(Parameters.OPERATING_FREQUENCY, band.parameter());
    assertEquals(new QuantityRange(Quantity.parse("2.5 GHz"), false, Quantity.parse("4.5 GHz"), true), band.range());
    assertEquals("fractional bandwidth > 12 %", all.criteria().get(1).describe());
  }

  @Test
  void orMoreButLessThanIsAHalfOpenRangeAndTheParameterCarriesOver() {
    Criterion c = typed("A resolution of 9 bit or more, but less than 11 bit, with a \"sample rate\" greater than "
        + "2,5 Giga Samples Per Second (GSPS);");
    assertEquals("(resolution in [9 bit, 11 bit) AND sample rate > 2.5 GS/s)", c.describe());
  }

  @Test
  void outsideTheRangeAndOverTheEntireRangeAreKeptApart() {
    Range outside = (Range) typed("An acoustic carrier frequency outside the range from 15 kHz to 45 kHz;");
    assertTrue(outside.outside());
    assertFalse(outside.entire());
    Range entire = (Range) typed("Rated for operation over the entire ambient temperature range from 223 K (-50 °C) "
        + "to 393 K (120 °C);");
    assertTrue(entire.entire());
    assertEquals(Parameters.AMBIENT_TEMPERATURE, entire.parameter());
  }

  @Test
  void perBandPairsBecomeAlternativesAndATrailingConditionHoldsForAll() {
    Criterion c = typed("Incorporating a widget amplifier supporting a transmit power of 2 kW or more in the frequency "
        + "range of 2 MHz or more but less than 25 MHz, or 400 W or more in the frequency range of 25 MHz or more "
        + "but not exceeding 80 MHz, and with a harmonic distortion content of less (better) than -70 dB;");
    AllOf all = assertInstanceOf(AllOf.class, c);
    AnyOf bands = assertInstanceOf(AnyOf.class, all.criteria().get(0));
    assertEquals(2, bands.criteria().size());
    assertEquals("(output power >= 2 kW AND operating frequency in [2 MHz, 25 MHz))", bands.criteria().get(0).describe());
    assertEquals("(output power >= 400 W AND operating frequency in [25 MHz, 80 MHz])", bands.criteria().get(1).describe());
    assertEquals("harmonic distortion < -70 dB", all.criteria().get(1).describe());
  }

  @Test
  void alternativesJoinedByOrBecomeAnyOf() {
    Criterion c = typed("Coupled widget devices with a \"fractional bandwidth\" of more than 8 % or a peak power "
        + "exceeding 3 kW;");
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    assertEquals(List.of("fractional bandwidth > 8 %", "peak power > 3 kW"),
        any.criteria().stream().map(Criterion::describe).toList());
  }

  @Test
  void aQuantityWithoutAComparatorIsATestConditionNotAThreshold() {
    Criterion c = typed("Widget gauges having a drift less than 0,5 % per day at 293 K (20 °C);");
    assertEquals("ageing rate < 0.5 %/day", c.describe());
  }

  @Test
  void aProvisionWithoutNumbersIsAFeatureWithKeywords() {
    Feature f = assertInstanceOf(Feature.class,
        extractor.extract("Specially designed to withstand synthetic \"widget pulse\" effects; or").orElseThrow());
    assertEquals("Specially designed to withstand synthetic \"widget pulse\" effects", f.description());
    assertTrue(f.keywords().contains("widget pulse"), f.keywords().toString());
    assertTrue(f.keywords().contains("withstand"), f.keywords().toString());
  }

  @Test
  void notUsedAndBlankTextHaveNoCriteria() {
    assertTrue(extractor.extract("Not used;").isEmpty());
    assertTrue(extractor.extract("   ").isEmpty());
  }

  @Test
  void aNullTextIsRefusedNamingTheParameter() {
    NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> extractor.extract(null));
    assertTrue(e.getMessage().contains("provisionText"), e.getMessage());
  }

  @Test
  void aParametricDecontrolNoteGivesItsReleaseCondition() {
    Criterion c = extractor.extractReleaseCondition(
        "widgets designed to operate at an output power of 2 W or less.").orElseThrow();
    assertEquals("output power <= 2 W", c.describe());
  }

  @Test
  void aLetteredListInADecontrolNoteBecomesAnyOfWithFeatures() {
    Criterion c = extractor.extractReleaseCondition("imaging widgets having any of the following: "
        + "a. A maximum frame rate equal to or less than 8 Hz; b. Being designed for synthetic toys.").orElseThrow();
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    assertEquals("frame rate <= 8 Hz", any.criteria().get(0).describe());
    assertInstanceOf(Feature.class, any.criteria().get(1));
  }

  @Test
  void allOfTheFollowingInANoteBecomesAllOf() {
    Criterion c = extractor.extractReleaseCondition("widget tubes having all of the following: "
        + "a. An average output power equal to or less than 40 W; and b. Designed for operation in any frequency band "
        + "that does not exceed 30 GHz.").orElseThrow();
    AllOf all = assertInstanceOf(AllOf.class, c);
    assertEquals("average output power <= 40 W", all.criteria().get(0).describe());
    assertEquals("operating frequency <= 30 GHz", all.criteria().get(1).describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"all the following", "both of the following", "both the following"})
  void allOrBothTheFollowingWithoutOfInANoteBecomesAllOf(String joiner) {
    // the annex writes "having all the following" (6A008 Note b) as well as "all of the following"; both join
    Criterion c = extractor.extractReleaseCondition("widget radars having " + joiner + ": "
        + "a. An average output power equal to or less than 40 W; and b. Designed for operation in any frequency band "
        + "that does not exceed 30 GHz.").orElseThrow();
    AllOf all = assertInstanceOf(AllOf.class, c);
    assertEquals("average output power <= 40 W", all.criteria().get(0).describe());
    assertEquals("operating frequency <= 30 GHz", all.criteria().get(1).describe());
  }

  @Test
  void oneOfTheFollowingInANoteBecomesAnyOf() {
    Criterion c = extractor.extractReleaseCondition("widget radars having one of the following: "
        + "a. An average output power equal to or less than 40 W; b. A frame rate equal to or less than 8 Hz.")
        .orElseThrow();
    assertInstanceOf(AnyOf.class, c);
  }

  @Test
  void anInnerNumberedListBelongsToItsLetteredItemAndEndsWhereTheOuterListGoesOn() {
    // the shape of the note to 6A008.i: a word-only item, an all-of item with a bound, a word-only item
    Criterion c = extractor.extractReleaseCondition(": a. Fishing ground widget radar; b. Ground widget radar "
        + "for enroute traffic control and having all the following: 1. A maximum 'instrumented range' of 500 km or "
        + "less; 2. Configured so that data go only one way; 3. Permanently installed; c. Weather balloon tracking "
        + "radars.").orElseThrow();
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    assertEquals(3, any.criteria().size(), c.describe());
    assertInstanceOf(Feature.class, any.criteria().get(0));
    AllOf b = assertInstanceOf(AllOf.class, any.criteria().get(1));
    AllOf conditions = assertInstanceOf(AllOf.class, b.criteria().get(1));
    assertEquals(3, conditions.criteria().size(), c.describe());
    assertEquals("instrumented range <= 500 km", conditions.criteria().get(0).describe());
    // c is the outer list's third alternative, not a part of b's third condition
    assertEquals("Permanently installed", conditions.criteria().get(2).describe());
    assertEquals("Weather balloon tracking radars", any.criteria().get(2).describe());
  }

  @Test
  void aBoundOfOneAlternativeIsNeverTheConditionOfTheWholeNote() {
    // read whole, the clause's one bound would release every radar of 500 km or less
    Criterion c = extractor.extractReleaseCondition(": a. Fishing widget radar; b. Ground widget radar having all "
        + "the following: 1. A maximum 'instrumented range' of 500 km or less; 2. Permanently installed.")
        .orElseThrow();
    assertInstanceOf(AnyOf.class, c);
    assertFalse(c instanceof Threshold, c.describe());
  }

  @Test
  void wordOnlyAndParametricAlternativesOfOneNoteAreEachReadOnTheirOwn() {
    Criterion c = extractor.extractReleaseCondition("widget lasers as follows: a. Dental widget lasers; "
        + "b. Ruby widget lasers with an output energy below 20 J; c. Toy widget lasers.").orElseThrow();
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    assertEquals(3, any.criteria().size(), c.describe());
    assertInstanceOf(Feature.class, any.criteria().get(0));
    AllOf ruby = assertInstanceOf(AllOf.class, any.criteria().get(1));
    assertInstanceOf(Feature.class, ruby.criteria().get(0));
    assertEquals("energy < 20 J", ruby.criteria().get(1).describe());
    assertInstanceOf(Feature.class, any.criteria().get(2));
  }

  @Test
  void anItemThatDeniesWhatItsBoundMeasuresReleasesWhatDoesNotExceedIt() {
    // the shape of the note to 6A001.a.1: "not including a scanning function exceeding ± 20°"
    Criterion c = extractor.extractReleaseCondition("widget equipment as follows: a. Depth widgets operating "
        + "vertically, not including a scanning function exceeding ± 20°, and limited to fish finding; "
        + "b. Acoustic widget beacons.").orElseThrow();
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    AllOf sounders = assertInstanceOf(AllOf.class, any.criteria().get(0));
    Not not = assertInstanceOf(Not.class, sounders.criteria().get(1));
    assertTrue(not.criterion().describe().contains("> 20"), c.describe());
    // a comparison that is itself negative stays the bound
    Criterion area = extractor.extractReleaseCondition("widget laminates as follows: a. Toy widgets; b. Widget "
        + "sheets having an area not exceeding 1 m2.").orElseThrow();
    assertFalse(area.describe().contains("NOT"), area.describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"all the following", "all of the following"})
  void anAllOfListInsideAnItemIsReadWithOrWithoutOf(String joiner) {
    Criterion c = extractor.extractReleaseCondition("widgets as follows: a. Toy widgets; b. Widget tubes having "
        + joiner + ": 1. An average output power equal to or less than 40 W; and 2. Designed for operation in any "
        + "frequency band that does not exceed 30 GHz; c. Garden widgets.").orElseThrow();
    AnyOf any = assertInstanceOf(AnyOf.class, c);
    assertEquals(3, any.criteria().size(), c.describe());
    AllOf b = assertInstanceOf(AllOf.class, any.criteria().get(1));
    List<String> bounds = b.leaves().stream().filter(l -> l instanceof Threshold).map(Criterion::describe).toList();
    assertEquals(List.of("average output power <= 40 W", "operating frequency <= 30 GHz"), bounds);
  }

  @Test
  void aDecontrolNoteWithoutNumbersHasNoExclusion() {
    assertTrue(extractor.extractReleaseCondition("widgets designed for civil toys.").isEmpty());
  }

  @Test
  void theParameterIsAlwaysOfTheQuantitysDimension() {
    // "frequency" is named, but the value is a power: the power takes a power parameter
    Threshold t = (Threshold) typed("Widgets for any frequency with an output of more than 5 W;");
    assertEquals(Parameters.OUTPUT_POWER, t.parameter());
  }

  @Test
  void aValueNoVocabularyWordNamesKeepsTheNameTheTextGivesIt() {
    Threshold t = (Threshold) typed("Widget mirrors with a radius of curvature less than 1 mm;");
    assertEquals("radius of curvature", t.parameter().name());
    assertEquals(Dimension.LENGTH, t.parameter().dimension());
    Threshold goods = (Threshold) typed("Widget fibres of more than 400 m in length;");
    assertEquals(Parameters.LENGTH_VALUE, goods.parameter(), "a plural names the goods; 'in length' names the value");
  }

  @Test
  void aValueAfterMeasuredAtIsAConditionNotARequirement() {
    assertEquals("voltage < 3.3 V",
        typed("Widget modulators with a drive voltage less than 3,3 V when measured at a frequency of 1 GHz or below;")
            .describe());
  }

  @Test
  void betterIsLargerForUniformityAndSmallerForDrift() {
    assertEquals("uniformity >= 99.5 %", typed("Widget coatings with a uniformity of 99,5 % or better;").describe());
    assertEquals("stability <= 0.1 %", typed("Widget gauges with a drift equal to or better (less) than 0,1 %;").describe());
  }

  @Test
  void aQuotedTermBeforeTheComparatorIsTheWholeName() {
    assertEquals("vane path temperature >= 1400 K",
        typed("Widget blades designed to operate at a 'vane path temperature' of 1400 K or more;").describe());
    assertEquals("maximum power > 12 kW", typed("Widget engines having a 'maximum power' greater than 12 kW.").describe());
    assertEquals("total processing performance >= 5000 TPP",
        typed("Widget chips having a 'Total Processing Performance' ('TPP') of 5000 or more;").describe());
  }

  @Test
  void aQuotedTermQualifiedFromOutsideOrNamingGoodsIsNotTheWholeName() {
    assertEquals("bias stability < 2 °/h", typed("A \"bias\" \"stability\" of less (better) than 2 degrees per hour;").describe());
    Threshold t = (Threshold) typed("Widget gravimeters having a static \"accuracy\" of less than 10 µGal;");
    assertEquals("static accuracy", t.parameter().name());
    Threshold goods = (Threshold) typed("Widget cables made of 'filaments' above 115 K;");
    assertEquals(Parameters.OPERATING_TEMPERATURE, goods.parameter());
  }

  @Test
  void aWrittenRangeTakesTheNameBeforeOrAfterIt() {
    assertEquals("diameter in [70 mm, 600 mm]",
        typed("Widget discs of between 70 mm and 600 mm diameter for mounting inside a drum;").describe());
    assertEquals("width in [5 mm, 9 mm]", typed("A width between 5 mm and 9 mm.").describe());
  }

  @Test
  void wordsThatSayWhereOrThatTheItemWorksNameNoQuantity() {
    assertEquals("operating temperature in [290 K, 470 K]",
        typed("Capable of operating at temperatures in the range of 290 K to 470 K.").describe());
    assertEquals("operating frequency > 40 GHz", typed("Rated for operation above 40 GHz;").describe());
    assertEquals("operating temperature > 1400 K", typed("Capable of operating above 1400 K;").describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget thyristors rated for a maximum operating junction temperature greater than 450 K;|junction temperature > 450 K",
      "Widget sources designed to achieve a delivered power of 2 kW or more on the target;|delivered power >= 2 kW",
      "A toggle frequency exceeding 2 GHz;|toggle frequency > 2 GHz",
      "Widget mirrors with a mechanical resonant frequency of 600 Hz or more;|mechanical resonant frequency >= 600 Hz",
      "Widget towers of 30 m or more in height;|height >= 30 m",
      "Designed to operate at altitudes exceeding 20000 m.|altitude > 20000 m",
      "A peak (surge) current equal to or greater than 2000 A.|peak current >= 2000 A",
      "Widget detectors having a response time constant of 90 ns or less;|time constant <= 90 ns"})
  void anAnnexNameWithItsQualifierIsAParameterOfItsOwn(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void aQualifiedParameterIsAnsweredByItsBroaderOne() {
    assertEquals(List.of(Parameters.OPERATING_TEMPERATURE.name()), Parameters.answeredBy(QualifiedParameters.JUNCTION_TEMPERATURE));
    assertEquals(List.of(Parameters.OUTPUT_POWER.name()), Parameters.answeredBy(QualifiedParameters.DELIVERED_POWER));
    assertEquals(List.of(Parameters.LENGTH_VALUE.name()), Parameters.answeredBy(QualifiedParameters.HEIGHT));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget analysers having a mass resolving power exceeding 400;|mass resolving power > 400 1",
      "Widget fibres with a numerical aperture less than 0,07;|numerical aperture < 0.07 1",
      "Widget crystals having a figure of merit of 2 000 or more;|figure of merit >= 2000 1",
      "Widget qubit gates having a 'gate error' of less than or equal to 10-3;|gate error <= 0.001 1",
      "Widget amplifiers with a noise ratio equal to or exceeding 104.|noise ratio >= 10000 1",
      "Widget radars with a pulse compression ratio exceeding 120;|pulse compression ratio > 120 1"})
  void aComparedPureNumberWithANameIsAThresholdOfUnitOne(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void aPureNumberThatCountsThingsOrBelongsToAGradeOrNoNameIsNoThreshold() {
    assertTrue(extractor.extractTyped("Widget gears of a finished quality of AGMA 12 or better;").isEmpty());
    assertTrue(extractor.extractTyped("Widget parts exceeding 40 and made of synthetium;").isEmpty());
  }

  @Test
  void aLowerCountSharesTheCountedThingOfTheUpperOne() {
    assertEquals("number of qubits in [30 qubits, 90 qubits)",
        typed("Widget computers supporting 30 or more, but fewer than 90, 'fully connected' and 'working' "
            + "'physical qubits';").describe());
  }

  @Test
  void oneOrMoreOfAThingIsAScopeNotACount() {
    assertEquals("(positioning repeatability <= 0.8 µm AND travel length < 2 m)",
        typed("\"Unidirectional positioning repeatability\" equal to or less (better) than 0,8 µm along one or more "
            + "linear axis with a travel length less than 2 m; or").describe());
  }

  @Test
  void valuesJoinedToAComparedValueShareItsComparatorAndTheNameAfterThem() {
    assertEquals("(content > 30 % AND content > 15 %)",
        typed("Widget alloys with more than 30 % synthetium and 15 % fictium by weight;").describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget resists for use at wavelengths less than 180 nm but equal to or greater than 20 nm;|wavelength in [20 nm, 180 nm)",
      "Widget pumps having a suction capacity of 4 m3/minute or more;|flow rate >= 4 m3/min",
      "Widget separators having a flow rate greater than 80 litres per hour;|flow rate > 80 l/h",
      "Widget turbines with shaft speeds equal to or greater than 7000 r.p.m.;|rotational speed >= 7000 rpm"})
  void upperBeforeLowerBoundsUnitsInWordsAndSpeedsOfRotationReadAsWritten(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget reactors maintaining the wafer substrate at a temperature greater than 300 K;|substrate temperature > 300 K",
      "Widget implanters for a semiconductor 'substrate' heated to 500 °C or more;|substrate temperature >= 500 °C",
      "Widget propellers rated at more than 20 MW;|rated power > 20 MW",
      "A widget device containing less than 2 g of synthetium.|mass < 2 g"})
  void theVerbBeforeAValueSaysWhatItMeasures(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void aNameOfTheAnnexsOwnIsAnsweredByTheVocabularyWordItEndsWith() {
    Threshold t = (Threshold) typed("Widget controllers with a 'loop control bandwidth' greater than 4 kHz;");
    assertEquals("loop control bandwidth", t.parameter().name());
    assertEquals(List.of(Parameters.BANDWIDTH.name()), Parameters.answeredBy(t.parameter()));
    Threshold plain = (Threshold) typed("Widget mirrors with a radius of curvature less than 1 mm;");
    assertEquals(List.of(Parameters.LENGTH_VALUE.name()), Parameters.answeredBy(plain.parameter()));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget presses with three or more rollers (active or guiding);|number of rollers >= 3",
      "More than 150 actuators; or|number of actuators > 150",
      "Capable of correcting unbalance in three planes or more; and|number of planes >= 3",
      "Designed for spectral beam combination of 4 or more fibre \"lasers\"; and|number of fibre lasers >= 4",
      "Capable of accepting data from more than three primary radars;|number of primary radars > 3",
      "Number of input fibres equal to or greater than 4;|number of input fibres >= 4",
      "Widget presses with two or more slits and pockets;|number of slits >= 2"})
  void aComparedCountOfAnyThingIsTheNumberOfThatThing(String text, String expected) {
    assertEquals(expected + " 1", typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" holds no count")
  @CsvSource(delimiter = '|', value = {
      "Widget sprayers for flow rates greater than three litres per minute of synthetium;",
      "Widget lamps with more than 6 flashes per second of light;",
      "Widget amplifiers with 50 or more times the bandwidth of any one channel;",
      "A widget 'fatigue life' of 5000 cycles or more;"})
  void unitsRatesMultiplesAndValuesOfANamedQuantityAreNoCountsOfThings(String text) {
    assertTrue(extractor.extractTyped(text).map(c -> !c.describe().contains("number of")).orElse(true),
        () -> text + " -> " + extractor.extractTyped(text).map(Criterion::describe).orElse("-"));
  }

  @Test
  void aNameKeepsItsAbbreviationInBracketsOutOfTheWay() {
    assertEquals("current rate of rise > 900 A/µs",
        typed("Widget thyristors with a current rate of rise (di/dt) greater than 900 A/μs;").describe());
  }

  @Test
  void aTermOfAFormulaIsNoBound() {
    assertEquals("number of axes >= 4 axes", typed("Four or more axes and having an error of length measurement "
        + "(E0,MPE) equal to or less (better) than (2,5 + L/900) μm;").describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget tunnels designed for speeds of Mach 2,5 or more;|mach number >= 2.5 Mach",
      "Widget tunnels for flows at speeds exceeding Mach 6;|mach number > 6 Mach",
      "Widget magnetometers having a 'sensitivity' less (better) than 3 pT (rms) per square root Hz;|noise level < 3 pT/√Hz",
      "Widget compounds having a total activity of 20 GBq/kg or greater;|specific activity >= 20 GBq/kg",
      "A specific fuel consumption of 0,2 kg N-1 h-1 or less;|specific fuel consumption <= 0.2 kg/(N·h)"})
  void unitsOfTheAnnexGiveTheirOwnQuantities(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{1}\" under \"{0}\" reads as {2}")
  @CsvSource(delimiter = '|', value = {
      "Widget synthesizers having a 'frequency settling time' as specified by any of the following:|Less than 200 ps;"
          + "|frequency settling time < 200 ps",
      "Widget synthesizers having a 'frequency settling time' as specified by any of the following:|Less than 80 µs "
          + "within the frequency range exceeding 3 GHz but not exceeding 20 GHz;"
          + "|(frequency settling time < 80 µs AND operating frequency in (3 GHz, 20 GHz])",
      "Any of the following total metallic impurities (excluding additions):|Less than 800 ppm for oxides; or"
          + "|total metallic impurities < 800 ppm",
      "A Widget Damage Threshold (WDT) being any of the following:|Greater than 5 kW/cm2 using a widget; or"
          + "|widget damage threshold > 5 kW/cm2",
      "Having a proof strength, measured at 293 K (20 °C), equal to or greater than:|0,7 GPa in the annealed stage; or"
          + "|proof strength >= 0.7 GPa",
      // a line that names what the items are, not a quantity, gives no name; nor does a line without a colon
      "Widgets having any of the following characteristics:|Less than 200 ps;|duration < 200 ps",
      "Widgets having a 'frequency settling time' of less than 1 ms|Less than 200 ps;|duration < 200 ps"})
  void aValueTheItemDoesNotNameBoundsWhatTheLineIntroducingTheListNames(String parent, String item, String expected) {
    assertEquals(expected, extractor.extract(item, parent).orElseThrow().describe());
  }

  @Test
  void anItemThatNamesItsValueKeepsItsOwnName() {
    assertEquals("pressure <= 50 Pa", extractor.extract("A pressure equal to or less than 50 Pa;",
        "Widget chambers having a 'frequency settling time' as specified by any of the following:").orElseThrow()
        .describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget mirrors with a diameter or major axis length greater than 40 mm;"
          + "|(diameter > 40 mm OR major axis length > 40 mm)",
      "Widget blanks exceeding 200 mm in diameter or major axis length;|(diameter > 200 mm OR major axis length > 200 mm)",
      "Exceeding 0,2 m but not exceeding 2 m in diameter or major axis length;"
          + "|(diameter in (0.2 m, 2 m] OR major axis length in (0.2 m, 2 m])",
      // a word that only modifies the second name is no name of its own
      "Widget tubing with a wall or plate thickness equal to or less than 4 mm;|thickness <= 4 mm"})
  void oneBoundWrittenForTwoNamesHoldsForEither(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void aQualifiedNameOfTheAnnexIsKeptWithItsQualifier() {
    assertEquals("maximum operating frequency > 90 GHz",
        typed("Widget converters with a maximum operating frequency exceeding 90 GHz;").describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "A 'Vπ' of less than 3 V when measured at a frequency of more than 2 GHz; or|half-wave voltage < 3 V",
      "Output voltage greater than 8 V into a resistive load of less than 40 ohms; and|output voltage > 8 V",
      "Widget blowers with a flow rate greater than 4 m3/s when operating at pressures greater than or equal to 2 MPa;"
          + "|flow rate > 4 m3/s",
      "\"Linearity\" equal to or less (better) than 0,2 % measured from 0 to 4 mm;|linearity <= 0.2 %",
      "Widget probes with a 'resolution' equal to or less than 0,3 µm within 0 to 0,5 mm of the 'measuring range';"
          + "|spatial resolution <= 0.3 µm",
      "Widget slides with a run-out less (better) than 3 µm, TIR over 200 mm of travel;|run-out < 3 µm",
      "Widget valves designed to operate in a vibration environment greater than 8 g rms between 20 Hz and 2 kHz;"
          + "|vibration environment > 8 gn"})
  void aConditionOfMeasurementIsNoRequirement(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void fromAUpToAndIncludingBIsOneRange() {
    assertEquals("operating frequency in [3 GHz, 12 GHz]",
        typed("Designed for operation at any frequency from 3 GHz up to and including 12 GHz; and").describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget mounts with a slewing movement exceeding ± 7°;|slewing movement > 7 °",
      "Widget detectors designed to meet or exceed a total dose of 3 × 104 rads (silicon);|total dose >= 30000 rad(Si)",
      "Widget blowers capable of a pressure ratio of 3:1 or greater;|pressure ratio >= 3 1",
      "Widget filters using resonators with Q-values exceeding 5000;|q-value > 5000 1",
      "Widget glass of high homogeneity (index of refraction variance) less than 4 × 10-6;"
          + "|index of refraction variance < 4.0E-6 1",
      "Widget transducers with a coupling factor (k) of more than 0,7;|coupling factor > 0.7 1",
      "Widget gyros with a rate stability better than 0,1 % averaged over 5 degrees or more;|rate stability < 0.1 %",
      // an 'other than' away from the range excludes goods, not the range
      "Widget lasers (other than glass) with an output wavelength between 900 and 1000 nm;"
          + "|wavelength in [900 nm, 1000 nm]"})
  void plusMinusRatiosToOnePluralNamesAndBracketedNamesReadAsWritten(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget diodes withstanding a fluence of neutrons of 4 × 1012 n/cm2 or higher;|neutron fluence >= 4000000000000 n/cm2",
      "Widget generators capable of an output of 2 × 108 neutrons/s or greater;|neutron output >= 200000000 neutrons/s",
      "Widget resists with a sensitivity of 0,05 µcoulomb/mm2 or better;|resist sensitivity <= 0.05 µC/mm2",
      "Widget synthesizers working at a 'widget scale' of 2 mmol or greater;|widget scale >= 2 mmol",
      "A 'widget fuel consumption' not exceeding 0,3 kg/kWh at 40 % of the rated power;"
          + "|widget fuel consumption <= 0.3 kg/kWh",
      "Widget crystals with a second order non-linear susceptibility of 2×10-11 m/V or more;"
          + "|second order non-linear susceptibility >= 2.0E-11 m/V",
      "Widget glass with a third order non-linear susceptibility of 10-7 m2/V2 or more;"
          + "|third order non-linear susceptibility >= 1.0E-7 m2/V2",
      "Widget engines with thrust-to-weight ratios equal to or more than 2 kN/kg;|thrust-to-weight ratio >= 2 kN/kg",
      // the newton per square centimetre stays a pressure: only the lower-case n counts neutrons
      "Widget clamps with a pressure of 20 N/cm2 or more;|pressure >= 20 N/cm2"})
  void moreUnitsOfTheAnnexGiveTheirOwnQuantities(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget cells with an output greater than 300 g of widgetium per hour;|output > 300 g/h",
      "Widget dryers with a capacity of 20 kg of ice or more in 24 hours;|capacity >= 20 kg/24h",
      "Widget gyros with a drift rate of less than 0,3° (1 sigma) per hour;|bias stability < 0.3 °/h"})
  void anAmountWithItsTimeWrittenApartIsARate(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widgetium compounds in which the ratio of widgetium to hydrogen atoms exceeds 1 part in 2000;|ratio > 5.0E-4 1",
      "Widgetium in which the isotopic ratio of widgetium to hydrogen exceeds 1:4000;|isotopic ratio > 2.5E-4 1"})
  void aProportionWrittenAsPartsOfAWholeIsItsShare(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      // the states of a QAM constellation, "above level N" or "N-state"
      "Widget modems employing QAM techniques above level 256;|qam level > 256 1",
      "Widget radios using more than 4 096-state QAM;|qam level > 4096 1",
      // a count of degrees of freedom, not an angle
      "Widget manipulators having 6 degrees of freedom or more;|degrees of freedom >= 6 1",
      // a bandwidth in octaves is the ratio of its highest to its lowest frequency: 2 to the number of octaves
      "Widget amplifiers with an instantaneous bandwidth of two octaves or more;|instantaneous bandwidth ratio >= 4 1",
      "Widget amplifiers with an instantaneous bandwidth of one octave or less;|instantaneous bandwidth ratio <= 2 1",
      // the annex's "effective grammes" of fissile material, a scale of its own
      "Shipments of 2 \"effective grammes\" or less of widgetium;|effective mass <= 2 effective g"})
  void levelsDegreesOfFreedomAndOctavesAreNumbersOfTheirOwn(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @Test
  void aResolutionWrittenAsPartsIsNoShare() {
    // "better than 1 part in 300" states a resolving power as often as a share: the text does not say which
    assertTrue(extractor.extractTyped("Widget spectrometers having a resolution of better than 1 part in 300;").isEmpty());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget chucks with twenty or more individually controllable heating elements.|"
          + "individually controllable heating elements >= 20 elements",
      "Three or four axes which can be coordinated simultaneously for contouring control; or"
          + "|simultaneous contouring axes in [3 axes, 4 axes]",
      "More than one widget source of which one is a precursor source; and|number of widget sources > 1 1",
      "Providing widget measurements in more than one dimension, and having any of the following:"
          + "|number of dimensions > 1 1"})
  void countsWrittenInWordsAreCounts(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget switches having an on/off ratio equal to or greater than 60 dB;|on/off ratio >= 60 dB",
      "A charge/discharge cycle life equal to or greater than 5000 cycles;|charge/discharge cycle life >= 5000 cycles"})
  void wordsJoinedByASlashAreOneWordOfTheName(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" holds no count")
  @CsvSource(delimiter = '|', value = {
      "An instantaneous bandwidth of more than one octave; and",
      "Widget blocks or devices that control more than one widget group."})
  void moreThanOneUnitOrOnePartsThingIsNoCountOfTheGoods(String text) {
    assertTrue(extractor.extractTyped(text).map(c -> !c.describe().contains("number of")).orElse(true),
        () -> text + " -> " + extractor.extractTyped(text).map(Criterion::describe).orElse("-"));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "A 'widget free dynamic range' greater than 60 dBc when synthesising a full scale signal of 50 MHz or the "
          + "highest signal frequency specified below 50 MHz; or|widget free dynamic range > 60 dBc",
      "An 'area widget rate' of greater than 500 m2/s while operating at the maximum range that it can operate with "
          + "an 'along track widget' of less than 10 cm; and|area widget rate > 500 m2/s",
      "Widget equipment producing a layer with a thickness uniform to less than ± 3 % across a distance of 50 mm or "
          + "more;|ratio < 3 %",
      // a bracketed value with no comparator qualifies the name before it
      "A fluence (integrated flux) of neutrons (1 MeV equivalent) of 4 × 1012 n/cm2 or higher on silicon;"
          + "|neutron fluence >= 4000000000000 n/cm2",
      // "while" with another verb states a requirement of its own
      "Widget systems vibrating at an acceleration equal to or greater than 10 g rms while imparting forces equal "
          + "to or greater than 40 kN;"
          + "|(acceleration >= 10 gn AND force >= 40 kN)"})
  void aClauseOfHowTheGoodsRunWhileAValueIsMeasuredIsNoRequirement(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget valves having a 'nominal size' greater than DN 15 or NPS 1/2; and|nominal size > 15 mm",
      "Widget valves having a 'nominal size' equal to or greater than DN 50 or NPS 2 and equal to or less than "
          + "DN 200 or NPS 8;|nominal size in [50 mm, 200 mm]"})
  void aNominalSizeOfTheAnnexIsABoundOnTheDnScale(String text, String expected) {
    assertEquals(expected, typed(text).describe());
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;

class ProductFactsTest {

  private static Fact only(ProductFacts facts, Parameter p) {
    List<Fact> found = facts.answering(p);
    assertEquals(1, found.size(), () -> p.name() + " in " + facts);
    return found.get(0);
  }

  @Test
  void aDataSheetLineGivesAFrequencyRangeAndASaturatedPower() {
    ProductFacts facts = ProductFacts.fromText("GaN MMIC PA 2.9–3.5 GHz, Psat 47.8 dBm");
    Fact frequency = only(facts, Parameters.OPERATING_FREQUENCY);
    assertEquals(QuantityRange.closed(Quantity.parse("2.9 GHz"), Quantity.parse("3.5 GHz")), frequency.value());
    assertEquals(FactOrigin.UNNAMED_IN_TEXT, frequency.origin());
    Fact power = only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER);
    assertEquals(60.26, ((Quantity) power.value()).to(Units.WATT).value(), 0.01);
    assertEquals("Psat 47.8 dBm", power.source());
    assertEquals(FactOrigin.NAMED_IN_TEXT, power.origin());
  }

  @Test
  void theNameMayFollowTheValue() {
    ProductFacts facts = ProductFacts.fromText("widget amplifier, 60 W peak saturated output power, 12-bit");
    assertEquals(Quantity.parse("60 W"), only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER).value());
    assertEquals(Quantity.parse("12 bit"), only(facts, Parameters.RESOLUTION).value());
  }

  @Test
  void framesPerSecondAreAFrameRate() {
    ProductFacts facts = ProductFacts.fromText("thermal widget camera, 640 x 512, 30 fps");
    assertEquals(Quantity.parse("30 Hz"), only(facts, Parameters.FRAME_RATE).value());
    assertTrue(facts.answering(Parameters.OPERATING_FREQUENCY).isEmpty());
  }

  @Test
  void aQuantityBetweenTwoNamesKeepsTheFartherAsAnAlternative() {
    ProductFacts facts = ProductFacts.fromText("frame rate 30 Hz  clock");
    Fact f = only(facts, Parameters.FRAME_RATE);
    assertEquals(List.of(Parameters.CLOCK_FREQUENCY), f.alternatives());
    assertEquals(f, only(facts, Parameters.CLOCK_FREQUENCY));
  }

  @Test
  void statedFactsAreReadBySynonymAndWinOverText() {
    Map<String, String> stated = new LinkedHashMap<>();
    stated.put("Psat", "47 dBm");
    stated.put("fps", "25 Hz");
    ProductFacts facts = ProductFacts.of(stated, "Psat 40 dBm");
    Fact power = only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER);
    assertEquals(FactOrigin.STATED, power.origin());
    assertEquals(Quantity.parse("47 dBm"), power.value());
    assertEquals(Quantity.parse("25 Hz"), only(facts, Parameters.FRAME_RATE).value());
  }

  @Test
  void aStatedValueOfTheWrongDimensionIsRejectedNamingTheFact() {
    FactFormatException e = assertThrows(FactFormatException.class,
        () -> ProductFacts.of(Map.of("frequency", "60 W"), ""));
    assertTrue(e.getMessage().contains("'frequency'"), e.getMessage());
    assertTrue(e.getMessage().contains("Hz"), e.getMessage());
  }

  @Test
  void aStatedValueWithoutUnitIsRejectedNamingTheFact() {
    FactFormatException e = assertThrows(FactFormatException.class,
        () -> ProductFacts.of(Map.of("output power", "lots"), ""));
    assertTrue(e.getMessage().contains("'output power'"), e.getMessage());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "frame rate|-60 Hz", "power|-5 W", "output power|0 W", "frequency|-2.9 GHz", "temperature|-10 K",
      "temperature|-300 °C", "wavelength|-8-14 µm"})
  void anImpossibleValueIsRejectedNamingTheFact(String name, String value) {
    ImpossibleFactException e = assertThrows(ImpossibleFactException.class,
        () -> ProductFacts.of(Map.of(name, value), ""));
    assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "output power|-5 dBm", "temperature|-55 °C", "gain|-3 dB", "voltage|-5 V"})
  void aNegativeNumberIsFineWhereTheQuantityMayBeNegativeOrIsLogarithmic(String name, String value) {
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ProductFacts.of(Map.of(name, value), ""));
  }

  @Test
  void anUnknownNameBecomesAParameterOfItsOwn() {
    ProductFacts facts = ProductFacts.of(Map.of("widget stiffness", "5 GPa"), "");
    assertEquals("widget stiffness", facts.all().get(0).parameter().name());
  }

  @Test
  void aBroaderParameterAnswersANarrowerOne() {
    ProductFacts facts = ProductFacts.of(Map.of("output power", "30 W"), "");
    assertEquals(Quantity.parse("30 W"), only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER).value());
  }

  @Test
  void aFrequencyRangeGivesTheDerivedFractionalBandwidth() {
    Fact f = only(ProductFacts.fromText("2.9 to 3.5 GHz"), Parameters.FRACTIONAL_BANDWIDTH);
    assertEquals(FactOrigin.DERIVED, f.origin());
    assertEquals(18.75, ((Quantity) f.value()).value(), 1e-9);
  }

  @Test
  void aStatedFractionalBandwidthIsNotOverriddenByTheDerivedOne() {
    ProductFacts facts = ProductFacts.fromText("2.9 to 3.5 GHz, fractional bandwidth 19 %");
    assertEquals(Quantity.parse("19 %"), only(facts, Parameters.FRACTIONAL_BANDWIDTH).value());
  }
  @Test
  void anUnnamedFrequencyInACameraTextKeepsFrameRateAsAnAlternative() {
    ProductFacts facts = ProductFacts.fromText("thermal widget camera 640x512, 30 Hz");
    Fact f = only(facts, Parameters.FRAME_RATE);
    assertEquals(Quantity.parse("30 Hz"), f.value());
    assertEquals(Parameters.OPERATING_FREQUENCY, f.parameter());
    assertEquals(List.of(Parameters.FRAME_RATE), f.alternatives());
  }

  @Test
  void anUnnamedFrequencyOutsideImagingTextsOrAtRadioFrequencyIsNoFrameRate() {
    assertTrue(ProductFacts.fromText("widget amplifier, 30 Hz").answering(Parameters.FRAME_RATE).isEmpty());
    assertTrue(ProductFacts.fromText("widget camera, 2.4 GHz link").answering(Parameters.FRAME_RATE).isEmpty());
    assertTrue(ProductFacts.fromText("widget camera, clock 30 Hz").answering(Parameters.FRAME_RATE).isEmpty());
  }

  @Test
  void aPlusMinusToleranceIsAPositiveMagnitude() {
    ProductFacts facts = ProductFacts.fromText("widget accelerometer, range +/-50 g, ±20 g shock");
    for (Fact f : facts.all()) {
      assertTrue(((Quantity) f.value()).value() > 0, () -> f.describe());
    }
    assertEquals(2, facts.all().size(), () -> facts.toString());
  }

  @Test
  void aSpanFromZeroMeetsAnUpperBoundOnlyByItsTop() {
    Fact span = only(ProductFacts.fromText("widget gauge, measuring range 0 to 10 bar"), PhysicalParameters.PRESSURE_VALUE);
    assertEquals(Quantity.parse("10 bar"), span.against(Comparison.AT_MOST));
    assertEquals(span.value(), span.against(Comparison.AT_LEAST));
    Threshold fine = new Threshold(PhysicalParameters.PRESSURE_VALUE, Comparison.AT_MOST, Quantity.parse("0.1 Pa"), "");
    Threshold high = new Threshold(PhysicalParameters.PRESSURE_VALUE, Comparison.GREATER_THAN, Quantity.parse("5 bar"), "");
    for (String text : List.of("widget gauge, measuring range 0 to 10 bar", "widget gauge 0-10 bar")) {
      CriterionEvaluator e = new CriterionEvaluator(ProductFacts.fromText(text), FeatureJudge.NONE);
      assertEquals(Truth.NO_MATCH, e.evaluate(fine).truth(), text);
      assertEquals(Truth.MATCH, e.evaluate(high).truth(), text);
    }
  }

  @Test
  void aSpanFromARealValueStillMeetsAnUpperBoundByItsBottom() {
    Fact span = only(ProductFacts.fromText("widget gauge 1e-7 to 10 Pa"), PhysicalParameters.PRESSURE_VALUE);
    assertEquals(span.value(), span.against(Comparison.AT_MOST));
    Fact celsius = only(ProductFacts.fromText("operating temperature 0 to 70 °C"), Parameters.OPERATING_TEMPERATURE);
    assertEquals(celsius.value(), celsius.against(Comparison.LESS_THAN));
  }

  @Test
  void repeatabilityAndPositioningAccuracyAreKeptApartInEnglishAndGerman() {
    for (String text : List.of("widget lathe, repeatability 2,5 µm, positioning accuracy 8 µm",
        "Widget-Drehmaschine, Wiederholgenauigkeit 2,5 µm, Positioniergenauigkeit 8 µm")) {
      ProductFacts facts = ProductFacts.fromText(text);
      assertEquals(Quantity.parse("2.5 µm"), only(facts, Parameters.POSITIONING_REPEATABILITY).value(), text);
      assertEquals(Quantity.parse("8 µm"), only(facts, Parameters.POSITIONING_ACCURACY).value(), text);
      // a repeatability of 2,5 µm must not pass for an accuracy better than 6 µm
      Threshold accuracy = new Threshold(Parameters.POSITIONING_ACCURACY, Comparison.LESS_THAN, Quantity.parse("6 µm"), "");
      assertEquals(Truth.NO_MATCH, new CriterionEvaluator(facts, FeatureJudge.NONE).evaluate(accuracy).truth(), text);
    }
  }

  @Test
  void aStatedAccuracyAnswersARepeatabilityButNotTheReverse() {
    ProductFacts accuracyOnly = ProductFacts.fromText("widget mill, positioning accuracy 0,8 µm");
    assertEquals(Quantity.parse("0.8 µm"), only(accuracyOnly, Parameters.POSITIONING_REPEATABILITY).value());
    ProductFacts repeatabilityOnly = ProductFacts.fromText("widget mill, repeatability 0,8 µm");
    assertTrue(repeatabilityOnly.answering(Parameters.POSITIONING_ACCURACY).isEmpty());
  }

  @Test
  void germanCompoundsNameTheDiameter() {
    ProductFacts facts = ProductFacts.fromText("Widget-Drehmaschine, Drehdurchmesser 400 mm");
    assertEquals(Quantity.parse("400 mm"), only(facts, Parameters.DIAMETER).value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, only(facts, Parameters.DIAMETER).origin());
  }

  @Test
  void aBareLengthInNanometresInALaserTextMayBeTheWavelength() {
    ProductFacts facts = ProductFacts.fromText("widget fibre laser 1 070 nm, 400 W, linewidth 3 nm");
    assertEquals(Quantity.parse("1070 nm"), only(facts, Parameters.WAVELENGTH).value());
    assertEquals(Parameters.LENGTH_VALUE, only(facts, Parameters.WAVELENGTH).parameter());
    // the named linewidth is no wavelength, so a "wavelength < 150 nm" band cannot be met by it
    assertEquals(Quantity.parse("3 nm"), only(facts, Parameters.LINEWIDTH).value());
    Threshold uv = new Threshold(Parameters.WAVELENGTH, Comparison.LESS_THAN, Quantity.parse("150 nm"), "");
    assertEquals(Truth.NO_MATCH, new CriterionEvaluator(facts, FeatureJudge.NONE).evaluate(uv).truth());
  }

  @Test
  void aBandInAnInfraredTextMayBeTheWavelengthButASingleMicrometreValueThereIsNot() {
    ProductFacts band = ProductFacts.fromText("cooled widget detector, 3-5 µm, 100 Hz");
    assertEquals(QuantityRange.closed(Quantity.parse("3 µm"), Quantity.parse("5 µm")),
        only(band, Parameters.WAVELENGTH).value());
    // in an imaging text a lone micrometre value is as often the pixel pitch
    assertTrue(ProductFacts.fromText("widget thermal imager, VOx 12 µm").answering(Parameters.WAVELENGTH).isEmpty());
    // and a camera's band is that of the array it incorporates, not the camera's own
    assertTrue(ProductFacts.fromText("widget thermal camera, 8-14 µm, 60 Hz").answering(Parameters.WAVELENGTH).isEmpty());
    // but in a laser text it is the wavelength
    assertEquals(Quantity.parse("10.6 µm"),
        only(ProductFacts.fromText("widget CO2 laser 10,6 µm"), Parameters.WAVELENGTH).value());
  }

  @Test
  void noWavelengthOutsideTheOpticalSpanOrOutsideTextsAboutLight() {
    assertTrue(ProductFacts.fromText("widget lidar, 200 m range, 0,1 m").answering(Parameters.WAVELENGTH).isEmpty());
    assertTrue(ProductFacts.fromText("widget shaft 0,5 µm runout").answering(Parameters.WAVELENGTH).isEmpty());
    assertTrue(ProductFacts.fromText("widget laser, spot 2 mm").answering(Parameters.WAVELENGTH).isEmpty());
  }

  @Test
  void aGyrosBiasStabilityIsNotItsRateRange() {
    ProductFacts facts = ProductFacts.fromText("widget gyro +/-1 000 deg/s, in-run bias stability 6 deg/h, ARW 0,2 deg/sqrt(h)");
    assertEquals(Quantity.parse("1000 °/s"), only(facts, PhysicalParameters.ANGULAR_RATE).value());
    assertEquals(Quantity.parse("6 °/h"), only(facts, PhysicalParameters.BIAS_STABILITY).value());
    assertEquals(Quantity.parse("0.2 °/√h"), only(facts, PhysicalParameters.ANGLE_RANDOM_WALK_VALUE).value());
    // a bias of a few degrees per hour must not pass for a rate range below some hundred degrees per second
    Threshold range = new Threshold(PhysicalParameters.ANGULAR_RATE, Comparison.LESS_THAN, Quantity.parse("300 °/s"), "");
    ProductFacts biasOnly = ProductFacts.fromText("widget gyro, bias 6 deg/h");
    assertEquals(Truth.UNKNOWN, new CriterionEvaluator(biasOnly, FeatureJudge.NONE).evaluate(range).truth());
  }

  @Test
  void aStatedAngleRandomWalkIsRead() {
    ProductFacts facts = ProductFacts.of(Map.of("angle random walk", "0,3 deg/sqrt(h)", "bias stability", "8 deg/h"), "");
    assertEquals(Quantity.parse("0.3 °/√h"), only(facts, PhysicalParameters.ANGLE_RANDOM_WALK_VALUE).value());
    assertEquals(Quantity.parse("8 °/h"), only(facts, PhysicalParameters.BIAS_STABILITY).value());
  }

  @Test
  void aDeclaredTppBelowAThresholdFailsIt() {
    ProductFacts facts = ProductFacts.fromText("widget graphics card, vendor-declared TPP 4 800, sold at retail");
    assertEquals(Quantity.of(4800, TechnicalUnits.TOTAL_PROCESSING_PERFORMANCE),
        only(facts, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value());
    Threshold t = new Threshold(PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE, Comparison.AT_LEAST,
        Quantity.of(5000, TechnicalUnits.TOTAL_PROCESSING_PERFORMANCE), "");
    assertEquals(Truth.NO_MATCH, new CriterionEvaluator(facts, FeatureJudge.NONE).evaluate(t).truth());
  }

  @Test
  void aNameSplitByQuotesOrExtraSpacesStillNamesItsValue() {
    ProductFacts facts = ProductFacts.fromText("widget amplifier, \"peak saturated\"   output power 60 W");
    assertEquals(Quantity.parse("60 W"), only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER).value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, only(facts, Parameters.PEAK_SATURATED_OUTPUT_POWER).origin());
  }

  @Test
  void aBareValueInNanometresMayBeTheWavelengthButANamedResolutionIsNot() {
    ProductFacts facts = ProductFacts.fromText("widget wafer stepper, 365 nm, 350 nm resolution, 150 mm wafers");
    assertEquals(Quantity.parse("365 nm"), only(facts, Parameters.WAVELENGTH).value());
    assertEquals(Quantity.parse("350 nm"), only(facts, Parameters.SPATIAL_RESOLUTION).value());
    // the 150 mm wafer is no wavelength: outside the optical span
    CriterionEvaluator e = new CriterionEvaluator(facts, FeatureJudge.NONE);
    assertEquals(Truth.NO_MATCH, e.evaluate(new Threshold(Parameters.WAVELENGTH, Comparison.LESS_THAN,
        Quantity.parse("200 nm"), "")).truth());
    assertEquals(Truth.NO_MATCH, e.evaluate(new Threshold(Parameters.SPATIAL_RESOLUTION, Comparison.AT_MOST,
        Quantity.parse("50 nm"), "")).truth());
  }

  @org.junit.jupiter.api.Test
  void aPercentByMassIsAContentInEveryWayItIsWritten() {
    for (String text : java.util.List.of("widget mix: 5 wt% synthetium", "Widgetmischung mit 5 Gew.-% Synthetium",
        "widget mix 5 % by weight synthetium")) {
      java.util.List<Fact> facts = ProductFacts.fromText(text).answering(Parameters.CONTENT);
      org.junit.jupiter.api.Assertions.assertEquals(1, facts.size(), text);
      org.junit.jupiter.api.Assertions.assertEquals(0.05, ((org.dualuse.core.quantity.Quantity) facts.get(0).value()).toSi(), 1e-12, text);
    }
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.dualuse.core.quantity.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gyro's drift and bias and an accelerometer's bias as the annex and data sheets word them; a
 * distance is never a drift rate.
 */
class DriftTest {

  @Test
  void aDriftRateWithItsQualifierBeforeItsTimeIsAnAngularRate() {
    Criterion c = CriteriaExtractor.standard().extract("Widget gyros with a rated \"drift rate\" 'stability' of less "
        + "than 0,5° (1 sigma or rms) per hour in a 1 g environment;").orElseThrow();
    assertEquals("drift rate stability < 0.5 °/h", c.describe());
  }

  @Test
  void aDataSheetThatGivesBothKeepsTheDriftRateStabilityApartFromTheBiasStability() {
    ProductFacts facts = ProductFacts.fromText("widget fibre-optic gyro, range 300 °/s, rated drift-rate stability "
        + "0.3 °/h (1 g), one-month bias stability 1 °/h", "en");
    CriterionEvaluator e = new CriterionEvaluator(facts, FeatureJudge.NONE);
    assertEquals(Truth.MATCH, e.evaluate(new Threshold(PhysicalParameters.DRIFT_RATE_STABILITY, Comparison.LESS_THAN,
        Quantity.parse("0.5 °/h"), "")).truth());
    assertEquals(Truth.NO_MATCH, e.evaluate(new Threshold(PhysicalParameters.BIAS_STABILITY, Comparison.LESS_THAN,
        Quantity.parse("0.5 °/h"), "")).truth());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {"widget gyro, bias stability 0.01 deg/h|en",
      "widget gyro, gyro bias 0.01 °/hr|en", "widget gyro, drift rate 0.01 deg/hr|en",
      "Widget-Kreisel, Bias-Stabilität 0,01 °/h|de", "Widget-Kreisel, Drift 0,01 Grad pro Stunde|de"})
  void aDataSheetsBiasOrDriftAnswersTheAnnexsDriftRateStability(String text, String language) {
    Threshold t = new Threshold(new Parameter("drift rate stability", PhysicalParameters.BIAS_STABILITY.dimension(), null),
        Comparison.LESS_THAN, Quantity.parse("0.5 °/h"), "");
    assertEquals(Truth.MATCH, new CriterionEvaluator(ProductFacts.fromText(text, language), FeatureJudge.NONE)
        .evaluate(t).truth());
  }

  @Test
  void aLengthNoWordNamesIsNoDrift() {
    // 7A003.a.3 bounds a total "drift" in nautical miles; a data sheet's bare "2 cm" is no guess for it
    Threshold drift = new Threshold(new Parameter("drift", Parameters.DEPTH.dimension(), null), Comparison.AT_MOST,
        Quantity.parse("1 nmi"), "");
    assertEquals(Truth.UNKNOWN, new CriterionEvaluator(ProductFacts.fromText("widget GNSS receiver, 2 cm RTK", "en"),
        FeatureJudge.NONE).evaluate(drift).truth());
    // a parameter named only by the annex's words is still answered by a value no word names
    Threshold radius = new Threshold(new Parameter("radius of curvature", Parameters.DEPTH.dimension(), null),
        Comparison.LESS_THAN, Quantity.parse("1 mm"), "");
    assertEquals(Truth.MATCH, new CriterionEvaluator(ProductFacts.of(Map.of(), "widget mirror 0.5 mm"),
        FeatureJudge.NONE).evaluate(radius).truth());
    // and an angular "accuracy" by an angle: only the names of a drift are kept from other dimensions' values
    Threshold accuracy = new Threshold(new Parameter("accuracy", PhysicalParameters.FIELD_OF_VIEW.dimension(), null),
        Comparison.AT_MOST, Quantity.parse("1 arcsec"), "");
    assertEquals(Truth.NO_MATCH, new CriterionEvaluator(ProductFacts.fromText("widget rotary encoder, +/-20 arcsec",
        "en"), FeatureJudge.NONE).evaluate(accuracy).truth());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {"widget accelerometer, range 15 g, bias stability 40 µg|en",
      "Widget-Beschleunigungsaufnehmer ±15 g, Bias-Stabilität 40 µg|de",
      "accéléromètre widget, stabilité du biais 40 µg|fr", "accelerometro widget, stabilità del bias 40 µg|it"})
  void anAccelerometersBiasStabilityIsAnAccelerationAndAnswersTheAnnexs(String text, String language) {
    Criterion c = CriteriaExtractor.standard().extract("Widget accelerometers having a \"bias\" \"stability\" of "
        + "less (better) than 130 micro g with respect to a fixed calibration value;").orElseThrow();
    assertEquals("accelerometer bias stability < 130 µgn", c.describe());
    assertEquals(Truth.MATCH, new CriterionEvaluator(ProductFacts.fromText(text, language), FeatureJudge.NONE)
        .evaluate(c).truth());
  }
}

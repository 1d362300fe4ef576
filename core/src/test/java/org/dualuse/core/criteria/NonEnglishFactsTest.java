package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts read from German, French and Italian data-sheet and ERP lines (synthetic widgets). */
class NonEnglishFactsTest {

  private static Fact only(ProductFacts facts, Parameter p) {
    List<Fact> found = facts.answering(p);
    assertEquals(1, found.size(), () -> p.name() + " in " + facts);
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin(), () -> p.name() + " in " + facts);
    return found.get(0);
  }

  /** Each parameter named once in the text, with the value after it ("output power", "50 W", ...). */
  private static void assertNamed(ProductFacts facts, Object... parameterThenValue) {
    for (int i = 0; i < parameterThenValue.length; i += 2) {
      Parameter p = (Parameter) parameterThenValue[i];
      assertEquals(Quantity.parse((String) parameterThenValue[i + 1]), only(facts, p).value(), p.name());
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de|Widget-Faserlaser, Wellenlänge 1.064 nm, mittlere Leistung 20 W, Spitzenleistung 10 kW, "
          + "Pulsbreite 100 ns, Pulsfolgefrequenz 50 kHz",
      "fr|Laser à fibre widget, longueur d'onde 1 064 nm, puissance moyenne 20 W, puissance crête 10 kW, "
          + "durée d'impulsion 100 ns, fréquence de répétition 50 kHz",
      "it|Laser widget in fibra, lunghezza d'onda 1.064 nm, potenza media 20 W, potenza di picco 10 kW, "
          + "durata dell'impulso 100 ns, frequenza di ripetizione 50 kHz"})
  void aPulsedLaserLineNamesEachValueInEachLanguage(String language, String text) {
    assertNamed(ProductFacts.fromText(text, language), Parameters.WAVELENGTH, "1064 nm",
        Parameters.AVERAGE_OUTPUT_POWER, "20 W", Parameters.PEAK_POWER, "10 kW", PhysicalParameters.PULSE_DURATION, "100 ns",
        QualifiedParameters.PULSE_REPETITION_FREQUENCY, "50 kHz");
  }

  @Test
  void aGermanPulseEnergyAndARangeOfRepetitionRatesAreNamed() {
    ProductFacts facts = ProductFacts.fromText("Widget-Laser, Pulsfolgefrequenz 20–80 kHz, Pulsenergie 1 mJ", "de");
    assertEquals(QuantityRange.closed(Quantity.parse("20 kHz"), Quantity.parse("80 kHz")),
        only(facts, QualifiedParameters.PULSE_REPETITION_FREQUENCY).value());
    assertNamed(facts, PhysicalParameters.ENERGY_VALUE, "1 mJ");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de|Widget-Fräsmaschine, Positioniergenauigkeit 4 µm, Wiederholgenauigkeit 1,5 µm",
      "fr|Fraiseuse widget, précision de positionnement 4 µm, répétabilité 1,5 µm",
      "it|Fresatrice widget, precisione di posizionamento 4 µm, ripetibilità 1,5 µm"})
  void aMachineToolLineKeepsAccuracyAndRepeatabilityApartInEachLanguage(String language, String text) {
    assertNamed(ProductFacts.fromText(text, language), Parameters.POSITIONING_ACCURACY, "4 µm",
        Parameters.POSITIONING_REPEATABILITY, "1.5 µm");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de|Widget-Spindel, Drehzahl 24.000 U/min",
      "de|Widget-Spindel, max. Drehzahl: 24.000 min-1",
      "fr|Broche widget, vitesse de rotation 24 000 tr/min",
      "it|Mandrino widget, velocità di rotazione 24.000 giri/min"})
  void aSpindleSpeedIsARotationalSpeedInEachLanguage(String language, String text) {
    ProductFacts facts = ProductFacts.fromText(text, language);
    assertEquals(Quantity.of(24_000, Units.REVOLUTIONS_PER_MINUTE), only(facts, Parameters.ROTATIONAL_SPEED).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ausgangsleistung: 50 W", "max. Ausgangsleistung 50 W", "Ausgangsleistung max. 50 W",
      "AUSGANGSLEISTUNG 50 W", "ausgangsleistung 50 W", "Ausgangsleistung (CW) 50 W", "Ausgangsleistung (typ.): 50 W",
      "50 W Ausgangsleistung", "Widget-Verstärker mit einer Ausgangsleistung von 50 W"})
  void theGermanOutputPowerIsFoundHoweverItIsWritten(String text) {
    assertEquals(Quantity.parse("50 W"), only(ProductFacts.fromText(text, "de"), Parameters.OUTPUT_POWER).value());
  }

  @Test
  void aBracketWithDigitsBeforeTheValueStillEndsTheClause() {
    // "(bei 25 °C)" holds a value of its own: the power is not named by the words before it
    ProductFacts facts = ProductFacts.fromText("Ausgangsleistung (bei 25 °C) 50 W", "de");
    assertTrue(facts.all().stream().allMatch(f -> f.origin() != FactOrigin.NAMED_IN_TEXT
        || f.parameter().dimension() != org.dualuse.core.quantity.Dimension.POWER), facts.toString());
  }

  @Test
  void aShortBracketNamesThePeakPowerInEnglishToo() {
    assertEquals(Quantity.parse("10 kW"), only(ProductFacts.fromText("widget laser, peak power (pulsed) 10 kW", "en"),
        Parameters.PEAK_POWER).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Wellenlaenge 1.064 nm|de", "WELLENLÄNGE 1.064 nm|de", "Zentralwellenlänge 1.064 nm|de",
      "LONGUEUR D'ONDE 1 064 nm|fr", "LUNGHEZZA D’ONDA 1.064 nm|it"})
  void theWavelengthIsFoundInUpperCaseAndWithoutUmlauts(String text, String language) {
    assertEquals(Quantity.parse("1064 nm"), only(ProductFacts.fromText(text, language), Parameters.WAVELENGTH).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Außendurchmesser 50 mm", "Aussendurchmesser 50 mm", "AUSSENDURCHMESSER 50 mm", "Rohr Ø50 mm", "Rohr Ø 50 mm"})
  void theOuterDiameterIsFoundWithSharpSAsSsOrAsTheDiameterSign(String text) {
    assertEquals(Quantity.parse("50 mm"), only(ProductFacts.fromText(text, "de"), Parameters.DIAMETER).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Innendurchmesser 150 mm|de", "Innen-Ø150 mm|de", "Ø innen 150 mm|de", "diamètre intérieur 150 mm|fr",
      "Ø intérieur 150 mm|fr", "diametro interno 150 mm|it"})
  void theInnerDiameterIsNamedInEachLanguage(String text, String language) {
    assertEquals(Quantity.parse("150 mm"),
        only(ProductFacts.fromText(text, language), QualifiedParameters.INNER_DIAMETER).value());
  }

  @Test
  void aGermanAdjectiveIsFoundInEveryCase() {
    ProductFacts facts = ProductFacts.fromText("Widget-Laser mit einer mittleren Ausgangsleistung von 20 W", "de");
    assertEquals(Quantity.parse("20 W"), only(facts, Parameters.AVERAGE_OUTPUT_POWER).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Widget-Wärmebildkamera 640 x 512, 50 Bilder/s|de", "caméra thermique widget 640 x 512, 50 images/s|fr",
      "caméra thermique widget 640 x 512, 50 images par seconde|fr",
      "telecamera termica widget 640 x 512, 50 fotogrammi al secondo|it"})
  void framesASecondAreAFrameRateInEachLanguage(String text, String language) {
    assertEquals(Quantity.parse("50 Hz"), only(ProductFacts.fromText(text, language), Parameters.FRAME_RATE).value());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "de|Widget-Faser: Zugfestigkeit 5.900 MPa, E-Modul 294 GPa, Dichte 1,81 g/cm³",
      "fr|Fibre widget : résistance à la traction 5 900 MPa, module d'Young 294 GPa, masse volumique 1,81 g/cm³",
      "it|Fibra widget: resistenza a trazione 5.900 MPa, modulo elastico 294 GPa, densità 1,81 g/cm³"})
  void aFibreLineNamesStrengthModulusAndDensityInEachLanguage(String language, String text) {
    assertNamed(ProductFacts.fromText(text, language), PhysicalParameters.TENSILE_STRENGTH, "5900 MPa",
        PhysicalParameters.TENSILE_MODULUS, "294 GPa", PhysicalParameters.DENSITY_VALUE, "1.81 g/cm3");
  }

  @Test
  void anAmplifierLineNamesGainNoiseFigureAndPower() {
    assertNamed(ProductFacts.fromText("Widget-LNA 2–6 GHz, Verstärkung 30 dB, Rauschzahl 1,2 dB, "
        + "Sättigungsleistung 20 W, Leistungsaufnahme 60 W", "de"), Parameters.GAIN, "30 dB",
        Parameters.NOISE_FIGURE, "1.2 dB", Parameters.PEAK_SATURATED_OUTPUT_POWER, "20 W",
        Parameters.POWER_CONSUMPTION, "60 W");
  }

  @Test
  void aGenericGermanWordStaysOut() {
    // "Stärke" alone may be a field or current strength: a bare length after it stays unnamed
    ProductFacts facts = ProductFacts.fromText("Widget-Blech, Stärke 3 mm", "de");
    assertEquals(FactOrigin.UNNAMED_IN_TEXT, facts.all().get(0).origin(), facts.toString());
  }
}

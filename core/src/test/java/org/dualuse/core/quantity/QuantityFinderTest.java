package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

  private final QuantityFinder finder = QuantityFinder.standard();

  private FoundQuantity only(String text) {
    List<FoundQuantity> found = finder.find(text);
    assertEquals(1, found.size(), () -> "in '" + text + "' found " + found);
    return found.get(0);
  }

  private Quantity onlyQuantity(String text) {
    return only(text).quantity().orElseThrow(() -> new AssertionError("a range in '" + text + "'"));
  }

  private QuantityRange onlyRange(String text) {
    return only(text).range().orElseThrow(() -> new AssertionError("no range in '" + text + "'"));
  }

  @ParameterizedTest(name = "\"{0}\" holds {1}")
  @CsvSource(delimiter = '|', value = {
      "operating at 1,5 MHz|1.5 MHz", "a 2.7GHz clock|2.7 GHz", "delivering 1 000 W|1000 W",
      "delivering 1\u2009000 W|1000 W", "down to -55 °C|-55 °C", "gain of +20 dBm|20 dBm",
      "at −40 °C ambient|-40 °C", "5 × 10^3 Gy|5000 Gy", "5 x 10^3 Gy|5000 Gy", "5 × 10³ Gy|5000 Gy",
      "5E3 Hz|5000 Hz", "1e-6 m|1.0E-6 m", "a total dose of 5 × 103 Gy (Si)|5000 Gy(Si)",
      "tensile strength exceeding 2 × 109 N/m2|2000000000 N/m2", "pressure 1 × 10-6 Pa|1.0E-6 Pa",
      "1,33 × 104 Pa|13300 Pa", "specific modulus exceeding 12,7 × 106 m|12700000 m", "47.8 dBm|47.8 dBm", "mains 60 Hz|60 Hz", "2 GSPS|2 GS/s",
      "12-bit ADC|12 bit", "0.5 arc second|0.5 arcsec", "10 µrad|10 µrad", "20 % duty|20 %", "20% duty|20 %",
      "1 Mrad(Si)|1 Mrad(Si)", "100 krad(Si)|100 krad(Si)", "0,130 μm process|0.13 µm",
      "3 ghz|3 GHz", "1,000,000 Hz|1000000 Hz", "8 WT|8 WT", "100 TeraFLOPS|100 TFLOPS",
      "0.1 °/h bias|0.1 °/h", "1 degree per hour|1 °/h", "30 knots|30 kn", "500 rpm spindle|500 rpm",
      "10 Ω load|10 Ω", "50 ohm|50 Ω", "1 N·m|1 N·m", "2 g/cm3|2 g/cm3", "100 Mbps|100 Mbit/s"})
  void readsTheNumbersOfTheAnnexAndOfDataSheets(String text, String expected) {
    assertEquals(expected, onlyQuantity(text).toString());
  }

  // a gyro's drift and rate in the spellings of data sheets in four languages
  @ParameterizedTest(name = "\"{0}\" holds {1}")
  @CsvSource(delimiter = '|', value = {
      "bias 10 deg/h|10 °/h", "bias 10 deg/hr|10 °/h", "bias 10 °/hr|10 °/h", "bias 10 º/h|10 °/h",
      "drift 0.5° per hour|0.5 °/h", "drift 0.5 deg per hour|0.5 °/h", "Drift 0,5 °/Std.|0.5 °/h",
      "Drift 0,5 Grad pro Stunde|0.5 °/h", "dérive 0,5 °/heure|0.5 °/h", "dérive 0,5 degré par heure|0.5 °/h",
      "deriva 0,5 °/ora|0.5 °/h", "deriva 0,5 gradi all'ora|0.5 °/h", "range 400 deg/sec|400 °/s",
      "Messbereich 400 Grad pro Sekunde|400 °/s"})
  void readsAngularRatesInTheSpellingsOfDataSheets(String text, String expected) {
    assertEquals(expected, onlyQuantity(text).toString());
  }

  // the annex writes angles as "second of arc": the longest spelling wins over the time unit "second"
  @ParameterizedTest(name = "\"{0}\" is the angle {1}")
  @CsvSource(delimiter = '|', value = {
      "an accuracy equal to or less than 1,0 second of arc|1 arcsec", "3 seconds of arc|3 arcsec",
      "2 minutes of arc|2 arcmin", "1 minute of arc error|1 arcmin", "settles in 2 seconds|2 s"})
  void readsSecondsAndMinutesOfArcAsAngles(String text, String expected) {
    assertEquals(expected, onlyQuantity(text).toString());
  }

  // an angle per square root of time, neither an angle nor a rate: "0,1 degree" must not be read out of it
  @ParameterizedTest(name = "\"{0}\" is the angle random walk {1}")
  @CsvSource(delimiter = '|', value = {
      "a random walk of 0,1 degree per square root hour|0.1 °/√h", "ARW 0,3 deg/sqrt(h)|0.3 °/√h",
      "ARW 0.05 °/√h|0.05 °/√h", "0,2 degrees per root hour|0.2 °/√h", "ARW 0.02 deg/√hr typical|0.02 °/√h"})
  void readsAngleRandomWalk(String text, String expected) {
    Quantity q = onlyQuantity(text);
    assertEquals(expected, q.toString());
    assertEquals(Dimension.ANGLE_RANDOM_WALK, q.dimension());
  }

  // 'Total Processing Performance' is a pure number: only its name before it says what it is
  @ParameterizedTest(name = "\"{0}\" holds {1}")
  @CsvSource(delimiter = '|', value = {
      "widget circuits having a 'Total Processing Performance' ('TPP') of 5000 or more|5000 TPP",
      "widget card, vendor-declared TPP 3 200, retail|3200 TPP", "Total Processing Performance (TPP) 9 000|9000 TPP",
      "TPP: 1234|1234 TPP", "a TPP greater than or equal to 2400|2400 TPP", "widget TPP 7000 module|7000 TPP"})
  void aBareNumberNamedAsTotalProcessingPerformanceIsOne(String text, String expected) {
    Quantity q = onlyQuantity(text);
    assertEquals(expected, q.toString());
    assertEquals(Dimension.TOTAL_PROCESSING_PERFORMANCE, q.dimension());
  }

  @ParameterizedTest(name = "\"{0}\" holds no quantity")
  @CsvSource(delimiter = '|', value = {
      "widget module 4800 sold at retail", "TPP1 + TPP2 + TPPn", "TPP widget, model line 4800",
      "processing 4800 items"})
  void otherBareNumbersStayDropped(String text) {
    assertTrue(QuantityFinder.standard().find(text).isEmpty(), () -> text + ": " + QuantityFinder.standard().find(text));
  }

  // a tow size counts thousands of filaments; only a glued "K" in a text about fibres reads so
  @ParameterizedTest(name = "\"{0}\" holds no temperature")
  @CsvSource(delimiter = '|', value = {"Widget carbon fibre 24K standard modulus", "12K tow, widget sizing",
      "Kohlefaser-Roving 50K", "widget prepreg on 6K carbon fiber"})
  void aTowSizeIsNoTemperature(String text) {
    assertTrue(QuantityFinder.standard().find(text).isEmpty(), () -> text + ": " + QuantityFinder.standard().find(text));
  }

  @ParameterizedTest(name = "\"{0}\" holds {1}")
  @CsvSource(delimiter = '|', value = {"widget fibre tested at 293 K|293 K", "widget cryocooler 4K|4 K",
      "widget carbon fibre cured at 450K|450 K", "fibre-coupled widget detector cooled to 77K|77 K",
      "widget stage moving towards 4K|4 K"})
  void otherKelvinsStay(String text, String expected) {
    assertEquals(expected, onlyQuantity(text).toString());
  }

  @Test
  void oneDegreePerRootHourIsAFixedNumberOfRadiansPerRootSecond() {
    // 1°/√h = (pi/180) rad / sqrt(3600 s) = (pi/180)/60 rad/√s
    assertEquals(Math.PI / 180 / 60, onlyQuantity("1 deg/sqrt(h)").toSi(), 1e-15);
  }

  @Test
  void reportsTheOffsetsAndTheMatchedText() {
    String text = "saturated output 100 W at 3.1 GHz";
    List<FoundQuantity> found = finder.find(text);
    assertEquals(2, found.size());
    assertEquals("100 W", found.get(0).text());
    assertEquals(text.indexOf("100"), found.get(0).start());
    assertEquals("3.1 GHz", found.get(1).text());
    assertEquals(text.length(), found.get(1).end());
  }

  @Test
  void aValueWithItsEquivalentInBracketsIsCountedOnce() {
    FoundQuantity found = only("output power 75 W (48,75 dBm) or more");
    assertEquals(Quantity.parse("75 W"), found.measurement());
    assertEquals(List.of(Quantity.parse("48.75 dBm")), found.alternatives());
    assertEquals("75 W (48,75 dBm)", found.text());
    assertEquals(75.0, ((Quantity) found.alternatives().get(0)).to(Units.WATT).value(), 0.02);
  }

  @Test
  void aBracketOfAnotherDimensionIsAFindingOfItsOwn() {
    assertEquals(2, finder.find("100 W (3 GHz)").size());
  }

  @Test
  void fromToRangeWithTemperatureEquivalentsIsOneRange() {
    FoundQuantity found = only("rated from 218 K (-55 °C) to 398 K (125 °C);");
    QuantityRange range = found.range().orElseThrow();
    assertEquals(QuantityRange.closed(Quantity.parse("218 K"), Quantity.parse("398 K")), range);
    assertEquals(List.of(QuantityRange.closed(Quantity.parse("-55 °C"), Quantity.parse("125 °C"))), found.alternatives());
    assertTrue(found.text().startsWith("from 218 K"));
    assertTrue(found.text().endsWith("(125 °C)"));
  }

  @ParameterizedTest(name = "\"{0}\" is the range {1} to {2}")
  @CsvSource(delimiter = '|', value = {
      "2.9–3.5 GHz|2.9 GHz|3.5 GHz", "2,9 - 3,5 GHz|2.9 GHz|3.5 GHz", "8-14 µm|8 µm|14 µm",
      "8–14 µm|8 µm|14 µm", "1,5 MHz to 87,5 MHz|1.5 MHz|87.5 MHz", "between 1 and 2 GHz|1 GHz|2 GHz",
      "-55 to +125 °C|-55 °C|125 °C", "von 10 bis 20 kHz|10 kHz|20 kHz"})
  void rangesTakeTheUpperUnitForABareLowerBound(String text, String low, String high) {
    assertEquals(QuantityRange.closed(Quantity.parse(low), Quantity.parse(high)), onlyRange(text));
  }

  @Test
  void pixelFormatsAreNotPowersOfTen() {
    assertEquals(List.of(), finder.find("a 640 × 512 array"));
    assertEquals(List.of(), finder.find("1280 × 1024 pixels"));
    assertEquals("512 Hz", onlyQuantity("640 × 512 Hz").toString());
    assertEquals("100 W", onlyQuantity("5 × 100 W").toString());
  }

  @Test
  void numbersWithoutUnitsAndControlCodesAreIgnored() {
    assertEquals(List.of(), finder.find("see 3A001.b.2 and Note 3 of 5A002, item 4 of 10"));
    assertEquals(List.of(), finder.find("see Category 8A for underwater equipment"));
  }

  @Test
  void gAfterANumberIsGramsOutsideAnAccelerationContext() {
    assertEquals(Units.GRAM, onlyQuantity("a sensor weighing 50 g").unit());
  }

  @ParameterizedTest(name = "\"{0}\" is standard gravity")
  @CsvSource(delimiter = '|', value = {
      "survives a shock of 50 g|gn", "50 g peak|gn", "vibration 10 g rms|gn", "rated 20 g-force|gn",
      "acceleration up to 100 g|gn", "bias stability better than 130 micro g|µgn", "accelerometer bias 0.1 mg|mgn"})
  void gIsGravityWhereTheTextSpeaksOfAcceleration(String text, String symbol) {
    assertEquals(symbol, onlyQuantity(text).unit().symbol());
  }

  @Test
  void radIsADoseWhereTheTextSpeaksOfRadiation() {
    assertEquals(TechnicalUnits.RAD_DOSE, onlyQuantity("total radiation dose 300 rad").unit());
    assertEquals(TechnicalUnits.RADIAN, onlyQuantity("a field of view of 0.5 rad").unit());
  }

  @Test
  void flattenedAndExplicitPowersOfTheAnnexAgree() {
    Quantity flattened = onlyQuantity("5 × 103 Gy (Si)");
    assertEquals(5000, flattened.toSi(), 1e-9);
    assertTrue(flattened.isEquivalentTo(Quantity.parse("500 krad")));
  }

  @Test
  void anEmptyTextHasNoQuantities() {
    assertEquals(List.of(), finder.find(""));
  }
  @ParameterizedTest(name = "\"{0}\" holds {1}")
  @CsvSource(delimiter = '|', value = {
      "tolerance +/-50 g|50 g", "tolerance ±50 g|50 g", "offset -/+2 V|2 V", "range ±-5 V|5 V", "down to -55 °C|-55 °C"})
  void aPlusMinusToleranceIsNeverNegative(String text, String expected) {
    assertEquals(Quantity.parse(expected), onlyQuantity(text));
  }

  @ParameterizedTest(name = "\"{0}\" is a rotational speed in rpm")
  @CsvSource(delimiter = '|', value = {
      "Drehzahl 24 000 min-1", "Drehzahl 24 000 min⁻¹", "Drehzahl 24 000 1/min", "Drehzahl 24 000 U/min",
      "Drehzahl 24 000 UpM", "vitesse de broche 24 000 tr/min", "velocità del mandrino 24 000 giri/min"})
  void revolutionsPerMinuteAreReadInEverySpellingOfDataSheets(String text) {
    assertEquals(Quantity.of(24_000, Units.REVOLUTIONS_PER_MINUTE), onlyQuantity(text));
  }

  @Test
  void minutesStayMinutes() {
    assertEquals(Quantity.of(5, Units.MINUTE), onlyQuantity("Haltezeit 5 min, dann abkühlen"));
  }

  @ParameterizedTest(name = "\"{0}\" holds 50 mm")
  @CsvSource(delimiter = '|', value = {"Rohr Ø50 mm", "Rohr Ø 50 mm", "Rohr ⌀50 mm", "Innen-Ø50 mm"})
  void aNumberGluedToADiameterSignIsANumber(String text) {
    assertEquals(Quantity.parse("50 mm"), onlyQuantity(text));
  }

  @Test
  void aGermanCompoundCountsAxesByTheStem() {
    assertEquals(Quantity.of(5, AnnexUnits.AXES), onlyQuantity("5-Achs-Bearbeitungszentrum"));
    assertEquals(Quantity.of(5, AnnexUnits.AXES), onlyQuantity("Fräsmaschine mit 5 Achsen"));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "a 'sensitivity' less than 30 fT (rms) per square root Hz|30 fT/√Hz",
      "less than 5 pT (rms) per square root Hz|5 pT/√Hz",
      "less than 4 nanovolt per metre per square root Hz|4 nV/m/√Hz",
      "resistivities greater than 500 ohm-cm|500 Ω·cm", "less than 50 ohms/square|50 Ω/sq",
      "flow rates of 12 litres per minute|12 l/min", "a mass flow of 40 kg per minute|40 kg/min",
      "an unbalance of 5 g mm/kg per plane|5 g·mm/kg", "an unbalance of 0,5 g mm per kg|0.5 g·mm/kg",
      "an activity of 20 GBq/kg|20 GBq/kg", "of more than 300 kW/m3 of volume|300 kW/m3",
      "a density of 12 × 109 J/m3 or greater|12000000000 J/m3", "greater than 900 A/μs|900 A/µs",
      "of 0,2 kg N-1 h-1 or less|0.2 kg/(N·h)", "rate of less than 5 Pa per hour|5 Pa/h",
      "an absorption of less than 10-4 cm-1|1.0E-4 1/cm", "exceeding 200 μA/lm|200 µA/lm",
      "greater than 2 kW/ cm2 using|2 kW/cm2", "a mass of 100 atomic mass units|100 amu"})
  void readsTheUnitsTheAnnexSpellsOut(String text, String expected) {
    assertEquals(expected, onlyQuantity(text).toString());
  }

  @Test
  void machIsWrittenBeforeItsNumberAndTheFindingStartsAtIt() {
    FoundQuantity q = only("tunnels for speeds exceeding Mach 4,5 and more");
    assertEquals(Quantity.of(4.5, AnnexUnits.MACH), q.quantity().orElseThrow());
    assertEquals("Mach 4,5", q.text());
    assertTrue(finder.find("Machining 4 parts").isEmpty(), "Machining is no Mach number");
  }

  @Test
  void aMachAlreadyReadAsTheUnitOfTheNumberBeforeItIsNotTheNextNumbersToo() {
    FoundQuantity q = only("10 Mach 1. ");
    assertEquals(Quantity.of(10, AnnexUnits.MACH), q.quantity().orElseThrow());
    assertEquals("10 Mach", q.text());
  }

  @Test
  void anOpeningBracketAtTheEndOfTheTextHoldsNoEquivalent() {
    FoundQuantity q = only("0%(");
    assertEquals(Quantity.of(0, Units.PERCENT), q.quantity().orElseThrow());
    assertTrue(q.alternatives().isEmpty(), q.alternatives()::toString);
  }

  @Test
  void aCountedThingInQuotesIsTheUnit() {
    assertEquals(Quantity.of(3e6, AnnexUnits.PIXELS), onlyQuantity("more than 3 × 106 \"active pixels\" per array"));
  }
}

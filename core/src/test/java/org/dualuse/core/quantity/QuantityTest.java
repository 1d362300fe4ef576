package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @Test
  void dBmConvertsToWattsLogarithmically() {
    assertEquals(60.26, q("47.8 dBm").to(Units.WATT).value(), 0.005);
    assertEquals(75.0, q("48.75 dBm").to(Units.WATT).value(), 0.02);
    assertEquals(1e-3, q("0 dBm").toSi(), 1e-15);
    assertEquals(30.0, q("1 W").to(Units.DBM).value(), 1e-9);
    assertEquals(0.0, q("1 W").to(Units.DBW).value(), 1e-12);
  }

  @Test
  void aNonPositivePowerHasNoDecibelValue() {
    UnitConversionException e = assertThrows(UnitConversionException.class, () -> q("0 W").to(Units.DBM));
    assertTrue(e.getMessage().contains("dBm"), e.getMessage());
  }

  @Test
  void celsiusAndFahrenheitConvertWithTheirOffset() {
    assertEquals(218.15, q("-55 °C").toSi(), 1e-9);
    assertEquals(-40.0, q("-40 °C").to(Units.FAHRENHEIT).value(), 1e-9);
    assertEquals(273.15, q("32 °F").toSi(), 1e-9);
    assertTrue(q("-273.15 °C").isEquivalentTo(q("0 K")));
  }

  @Test
  void radiationDosesShareOneScale() {
    assertEquals(1e4, q("1 Mrad(Si)").toSi(), 1e-9);
    assertTrue(q("1 Mrad(Si)").isEquivalentTo(q("10 kGy")));
    assertTrue(q("5000 Gy(Si)").isEquivalentTo(q("500 krad")));
    assertEquals(500, q("5000 Gy").to(TechnicalUnits.KILORAD).value(), 1e-9);
    assertEquals(Dimension.DOSE_RATE, q("100 rad(Si)/s").dimension());
    assertEquals(1.0, q("100 rad(Si)/s").toSi(), 1e-12);
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "3.1 GHz|3.1e9|FREQUENCY", "600 rpm|10|FREQUENCY", "20 %|0.2|RATIO", "10 dB|10|RATIO",
      "8 µm|8e-6|LENGTH", "2 mm2|2e-6|AREA", "5 l|5e-3|VOLUME", "2 min|120|TIME", "3 h|10800|TIME",
      "500 mg|5e-4|MASS", "2 t|2000|MASS", "1 bar|1e5|PRESSURE", "1 psi|6894.757293168361|PRESSURE",
      "2 N/mm2|2e6|PRESSURE", "1 keV|1.602176634e-16|ENERGY", "12 bit|12|DATA", "1 kB|8000|DATA",
      "1 Gbps|1e9|DATA_RATE", "2 GSPS|2e9|SAMPLE_RATE", "3 TFLOPS|3e12|COMPUTING_PERFORMANCE",
      "8 WT|8|WEIGHTED_COMPUTING_PERFORMANCE", "180 °|3.141592653589793|ANGLE",
      "3600 arcsec|0.017453292519943295|ANGLE", "1 gn|9.80665|ACCELERATION", "36 km/h|10|VELOCITY",
      "1 kn|0.5144444444444445|VELOCITY", "3600 °/h|0.017453292519943295|ANGULAR_VELOCITY",
      "5 mA|5e-3|CURRENT", "2 kV|2000|VOLTAGE", "3 kN|3000|FORCE", "4 N·m|4|TORQUE", "50 nT|5e-8|MAGNETIC_FLUX_DENSITY",
      "2 kΩ|2000|RESISTANCE", "2 g/cm3|2000|DENSITY"})
  void eachFamilyNormalisesToSi(String text, double si, Dimension dimension) {
    Quantity quantity = q(text);
    assertEquals(dimension, quantity.dimension());
    assertEquals(si, quantity.toSi(), Math.abs(si) * 1e-12);
  }

  @Test
  void conversionBetweenDimensionsFailsNamingBothUnits() {
    UnitConversionException e = assertThrows(UnitConversionException.class, () -> q("5 kg").to(Units.GIGAHERTZ));
    assertTrue(e.getMessage().contains("kg") && e.getMessage().contains("GHz"), e.getMessage());
  }

  @Test
  void equalsIsStrictWhileEquivalenceIgnoresTheUnit() {
    assertNotEquals(q("1 kW"), q("1000 W"));
    assertTrue(q("1 kW").isEquivalentTo(q("1000 W")));
    assertEquals(q("1 kW"), q("1 kW"));
    assertFalse(q("1 kW").isEquivalentTo(q("1 kJ")));
  }

  @Test
  void compareSiOrdersAcrossUnits() {
    assertTrue(q("3.1 GHz").compareSi(q("3000 MHz")) > 0);
    assertTrue(q("-55 °C").compareSi(q("219 K")) < 0);
    assertEquals(0, q("1 km").compareSi(q("1000 m")));
    assertThrows(UnitConversionException.class, () -> q("1 km").compareSi(q("1 s")));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "2.7GHz|2.7 GHz", "  1.5 MHz  |1.5 MHz", "5E3 Hz|5000 Hz", "1e-6 m|1.0E-6 m", "-55 °C|-55 °C",
      "+20 dBm|20 dBm", "−40 °C|-40 °C", "1 Mrad (Si)|1 Mrad(Si)", "0.5 arc second|0.5 arcsec"})
  void parseReadsTheDocumentedGrammar(String text, String expected) {
    assertEquals(expected, q(text).toString());
  }

  @ParameterizedTest(name = "\"{0}\" fails at index {1}")
  @CsvSource(delimiter = '|', value = {"GHz|0", "5|1", "5 furlongs|2", "1.|2", "--5 W|1", "5 W W|2", "1,5 MHz|1"})
  void parseRejectsWhatIsNotAQuantityWithThePosition(String text, int index) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> q(text));
    assertEquals(text, e.input());
    assertEquals(index, e.errorIndex());
    assertTrue(e.getMessage().contains(text) && e.getMessage().contains("index " + index), e.getMessage());
  }

  @Test
  void toStringWritesIntegersWithoutAFraction() {
    assertEquals("100 W", Quantity.of(100, Units.WATT).toString());
    assertEquals("1.5 MHz", Quantity.of(1.5, Units.MEGAHERTZ).toString());
    assertEquals("0 K", Quantity.of(-0.0, Units.KELVIN).toString());
  }

  @Test
  void aQuantityRejectsANonFiniteValue() {
    DualUseException e = assertThrows(DualUseException.class,
        () -> Quantity.of(Double.NaN, Units.WATT));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}

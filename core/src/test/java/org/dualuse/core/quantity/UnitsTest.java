package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "GHz|GHz", "ghz|GHz", "gigahertz|GHz", "Hz|Hz", "hertz|Hz", "megahertz|MHz", "THz|THz",
      "mW|mW", "MW|MW", "µW|µW", "μW|µW", "uW|µW", "nW|nW", "dBm|dBm", "dbm|dBm", "dBW|dBW",
      "%|%", "percent|%", "dB|dB",
      "K|K", "°C|°C", "° C|°C", "℃|°C", "°F|°F",
      "µm|µm", "μm|µm", "um|µm", "micrometre|µm", "micron|µm", "nm|nm", "km|km",
      "m2|m2", "m²|m2", "mm2|mm2", "l|l", "m3|m3",
      "ps|ps", "µs|µs", "min|min", "h|h", "mg|mg", "g|g", "t|t",
      "kPa|kPa", "GPa|GPa", "bar|bar", "mbar|mbar", "psi|psi",
      "mJ|mJ", "MJ|MJ", "keV|keV", "MeV|MeV",
      "Gy (Si)|Gy(Si)", "Gy(Si)|Gy(Si)", "rad(Si)|rad(Si)", "rad (Si)|rad(Si)", "krad|krad", "Mrad|Mrad",
      "Mrad(Si)|Mrad(Si)", "Gy (Si)/s|Gy(Si)/s", "rad(Si)/s|rad(Si)/s",
      "bit|bit", "byte|byte", "kbit|kbit", "Gbit|Gbit", "MB|MB", "kbit/s|kbit/s", "Mbps|Mbit/s", "bps|bit/s",
      "samples/s|S/s", "MS/s|MS/s", "GSPS|GS/s", "MSPS|MS/s", "ksps|kS/s",
      "GFLOPS|GFLOPS", "TeraFLOPS|TFLOPS", "Weighted TeraFLOPS|WT", "WT|WT",
      "degree|°", "°|°", "mrad|mrad", "µrad|µrad", "arc second|arcsec", "arcsec|arcsec", "arc minute|arcmin",
      "m/s2|m/s2", "km/h|km/h", "knots|kn", "°/h|°/h", "degrees per hour|°/h", "rad/s|rad/s", "degree/s|°/s",
      "mA|mA", "kV|kV", "kN|kN", "N·m|N·m", "Nm|N·m", "N/mm2|N/mm2", "rpm|rpm", "nT|nT", "ohm|Ω", "Ω|Ω", "Ω|Ω"})
  void everySpellingOfTheAnnexAndDataSheetsNamesItsUnit(String spelling, String symbol) {
    assertEquals(symbol, Units.parse(spelling).symbol());
  }

  @Test
  void caseMattersWhereTwoUnitsDifferOnlyInCase() {
    assertNotEquals(Units.parse("mW"), Units.parse("MW"));
    assertEquals(TechnicalUnits.MILLIRADIAN, Units.parse("mrad"));
    assertEquals(TechnicalUnits.MEGARAD, Units.parse("Mrad"));
    assertEquals(Units.TONNE, Units.parse("t"));
    assertEquals(TechnicalUnits.TESLA, Units.parse("T"));
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Units.parse("mw"));
    assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
  }

  @Test
  void anUnknownSymbolIsAFormatErrorNamingTheInput() {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Units.parse("furlong"));
    assertEquals("furlong", e.input());
    assertEquals(0, e.errorIndex());
    assertTrue(e.getMessage().contains("furlong"));
  }

  @Test
  void everyDimensionHasAnSiUnitWithItsSymbol() {
    for (Dimension d : Dimension.values()) {
      Unit si = Units.si(d);
      assertEquals(d.siSymbol(), si.symbol());
      assertTrue(si.isSi());
    }
  }

  @Test
  void gIsTheGramAndGravityHasItsOwnSymbol() {
    assertEquals(Units.GRAM, Units.parse("g"));
    assertEquals(Units.STANDARD_GRAVITY, Units.parse("gn"));
    assertEquals(9.80665, Units.STANDARD_GRAVITY.toSi(1), 0);
  }

  @Test
  void radIsTheRadianAndTheDoseUnitIsWrittenRd() {
    assertEquals(Dimension.ANGLE, Units.parse("rad").dimension());
    assertEquals(Dimension.RADIATION_DOSE, Units.parse("rd").dimension());
  }

  @Test
  void aUnitRejectsANonPositiveFactor() {
    DualUseException e = assertThrows(DualUseException.class,
        () -> Unit.linear("x", Dimension.LENGTH, 0));
    assertTrue(e.getMessage().contains("0.0"), e.getMessage());
  }
}

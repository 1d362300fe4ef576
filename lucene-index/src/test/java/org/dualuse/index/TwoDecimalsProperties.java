package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The confidence in an explanation is written as the Formatter would write it. */
class TwoDecimalsProperties {

  @Property(tries = 2000)
  void writesAsTheFormatterDoes(@ForAll @DoubleRange(min = 0, max = 10) double v) {
    assertEquals(String.format(Locale.ROOT, "%.2f", v), ExplanationWriter.twoDecimals(v));
  }

  @Example
  void halvesRoundUpOnTheShortestDecimalForm() {
    // 0.345 is stored a little below 0.345; the Formatter (and the classifier) still write 0.35
    assertEquals("0.35", ExplanationWriter.twoDecimals(0.345));
    assertEquals("0.00", ExplanationWriter.twoDecimals(0));
    assertEquals("1.25", ExplanationWriter.twoDecimals(1.245));
  }

  /**
   * Doubles of every size and sign, and decimals near a half of the second decimal (x.xx5, x.xx49...,
   * 9.995, 99.999) where rounding carries.
   */
  @Provide
  Arbitrary<Double> anyDoubles() {
    Arbitrary<Double> nearHalves = Arbitraries.integers().between(0, 1_000_000)
        .flatMap(n -> Arbitraries.of(n / 1000.0, (n + 0.5) / 1000.0, n / 1000.0 + 5e-4, n / 100.0 - 1e-9, n + 0.995));
    return Arbitraries.oneOf(nearHalves, Arbitraries.doubles(),
        Arbitraries.doubles().between(0, 1e-2), Arbitraries.doubles().between(1e5, 1e9),
        Arbitraries.of(0.0, -0.0, 9.995, 99.995, 999.9999, 0.005, 0.0049999, 1e-3, 9_999_999.995, 1e7, Double.MIN_VALUE,
            Double.MAX_VALUE, -1.005));
  }

  /** The shortcut on the text of Double.toString gives what the BigDecimal rounding it replaced gives. */
  @Property(tries = 5000)
  void writesAsBigDecimalRoundsHalfUp(@ForAll("anyDoubles") double v) {
    assertEquals(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString(), ExplanationWriter.twoDecimals(v),
        Double.toString(v));
  }
}

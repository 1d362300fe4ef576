package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}

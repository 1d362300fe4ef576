package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many lanes a rate is the rate of, in each way a data sheet writes it. */
class AggregateDataRateTest {

  /** The lanes of the rate written {@code rate} in {@code text}. */
  private static int lanes(String text, String rate) {
    int start = text.indexOf(rate);
    Fact f = new Fact(Parameters.AGGREGATE_DATA_RATE, Quantity.of(1, TechnicalUnits.GIGABIT_PER_SECOND), List.of(),
        FactOrigin.UNNAMED_IN_TEXT, rate, start, start + rate.length());
    return AggregateDataRate.lanesOf(text, f);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "widget FPGA with 48 GTY transceivers at 32.75 Gb/s|32.75 Gb/s|48",
      "16 × 58 Gb/s PAM4|58 Gb/s|16",
      "switch chip, 28 Gb/s per lane, 8 lanes|28 Gb/s|8",
      "4 SerDes lanes @ 10 Gb/s|10 Gb/s|4",
      "one port at 100 Gb/s|100 Gb/s|0"})
  void theCountBesideARateIsItsLanes(String text, String rate, int expected) {
    assertEquals(expected, lanes(text, rate));
  }

  @Test
  void aCountAboveTheLargestDeviceIsNoCountOfLanes() {
    assertEquals(4096, lanes("4096 × 1 Gb/s", "1 Gb/s"));
    assertEquals(0, lanes("5000 × 1 Gb/s", "1 Gb/s"));
  }
}

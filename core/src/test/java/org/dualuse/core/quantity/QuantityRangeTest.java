package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;

class QuantityRangeTest {

  @Test
  void aClosedRangeContainsItsBoundsInAnyUnit() {
    QuantityRange band = QuantityRange.closed(Quantity.parse("2.9 GHz"), Quantity.parse("3.5 GHz"));
    assertTrue(band.contains(Quantity.parse("2900 MHz")));
    assertTrue(band.contains(Quantity.parse("3.5 GHz")));
    assertFalse(band.contains(Quantity.parse("3.6 GHz")));
  }

  @Test
  void anOpenBoundExcludesItself() {
    QuantityRange range = new QuantityRange(Quantity.parse("0 W"), false, Quantity.parse("1 W"), true);
    assertFalse(range.contains(Quantity.parse("0 W")));
    assertTrue(range.contains(Quantity.parse("1000 mW")));
    assertEquals("(0 W, 1 W]", range.toString());
  }

  @Test
  void boundsOfDifferentDimensionsAreRejected() {
    DualUseException e = assertThrows(DualUseException.class,
        () -> QuantityRange.closed(Quantity.parse("1 W"), Quantity.parse("2 Hz")));
    assertTrue(e.getMessage().contains("1 W") && e.getMessage().contains("2 Hz"), e.getMessage());
  }

  @Test
  void aLowBoundAboveTheHighBoundIsRejected() {
    DualUseException e = assertThrows(DualUseException.class,
        () -> QuantityRange.closed(Quantity.parse("125 °C"), Quantity.parse("218 K")));
    assertTrue(e.getMessage().contains("125 °C"), e.getMessage());
  }
}

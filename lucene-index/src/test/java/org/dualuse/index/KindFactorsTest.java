package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;

/** The weights of the kind routing: refused outside (0, 2]; the fitted ones let a covering node outrank its goods. */
class KindFactorsTest {

  @Test
  void aFactorOutsideItsRangeIsRefusedByName() {
    DualUseException e = assertThrows(DualUseException.class, () -> new KindFactors(0, 0.2, 0.5));
    assertTrue(e.getMessage().contains("offGroup"), e.getMessage());
    assertThrows(DualUseException.class, () -> new KindFactors(0.4, Double.NaN, 0.5));
    assertThrows(DualUseException.class, () -> new KindFactors(0.4, 0.2, 2.5));
  }

  @Test
  void theCoveringNodeTakesMoreOfTheGoodsScoreThanTheGoodsKeep() {
    KindFactors f = KindFactors.STANDARD;
    assertTrue(f.derived() > f.goodsForSoftware(), f.toString());
    assertTrue(f.offGroup() < 1 && f.goodsForSoftware() < 1, f.toString());
  }
}

package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  @Test
  void aConfidenceIsAShareFromZeroToOne() {
    for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      DualUseException e = assertThrows(DualUseException.class, () -> new Classification(Decision.LISTED, List.of(),
          false, List.of(), List.of(), "test", "", OptionalDouble.of(bad)));
      assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
    }
    assertEquals(OptionalDouble.of(1.0), new Classification(Decision.LISTED, List.of(), false, List.of(), List.of(),
        "test", "", OptionalDouble.of(1.0)).confidence());
  }

  @Test
  void aClassifierThatGivesNoConfidenceLeavesItEmpty() {
    assertEquals(OptionalDouble.empty(),
        new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "").confidence());
    assertEquals(OptionalDouble.empty(),
        new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "", null).confidence());
  }
}

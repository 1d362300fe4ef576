package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationTest {

  private static Classification withConfidence(double confidence) {
    return new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "", confidence);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void aConfidenceOutsideZeroToOneIsRefusedNamingTheValue(double confidence) {
    DualUseException e = assertThrows(DualUseException.class, () -> withConfidence(confidence));
    assertTrue(e.getMessage().contains(String.valueOf(confidence)), e.getMessage());
  }

  @Test
  void theBoundsOfTheShareAreAccepted() {
    assertEquals(0, withConfidence(0).confidence());
    assertEquals(1, withConfidence(1).confidence());
  }

  @Test
  void aClassificationMadeWithoutAConfidenceHasNone() {
    Classification c = new Classification(Decision.LISTED, List.of(), false, List.of(), List.of(), "test", "scripted");
    assertEquals(0, c.confidence());
  }
}

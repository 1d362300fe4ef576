package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Property(tries = 200)
  void theHalfOfAnIdNeverMoves(@ForAll @StringLength(min = 1, max = 40) String id) {
    if (id.isBlank()) {
      return;
    }
    assertEquals(Split.ofId(id), Split.ofId(new String(id.toCharArray())));
  }

  @Test
  void aboutSixtyPerCentOfIdsGoToTune() {
    long tune = IntStream.range(0, 10_000).filter(i -> Split.ofId("k3-3-case-" + i) == Split.TUNE).count();
    assertTrue(tune > 5_800 && tune < 6_200, "tune share of 10,000 ids: " + tune);
  }

  @Test
  void theHashIsPinnedSoStoredSplitsStayValid() {
    // SHA-256("a") starts 0xca978112ca1bbdca = 14598278634844962250, mod 1000 = 250, below 600.
    assertEquals(Split.TUNE, Split.ofId("a"));
  }

  @Test
  void namesParseBothWaysAndAnUnknownNameIsRefused() {
    assertEquals(Optional.of(Split.CHECK), Split.parse(" Check "));
    assertEquals(Optional.empty(), Split.parse(""));
    assertEquals("tune", Split.TUNE.label());
    assertThrows(IllegalArgumentException.class, () -> Split.parse("train"));
  }
}

package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dualuse.core.internal.DeferredList;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void deferredCriteriaArePutIntoWordsWhenFirstReadAndOnce() {
    AtomicInteger worded = new AtomicInteger();
    List<String> met = DeferredList.of(() -> {
      worded.incrementAndGet();
      return List.of("operating frequency 3 GHz > 2.7 GHz");
    });
    Evidence e = new Evidence(List.of("amplifier"), met, List.of(), List.of(), List.of(), "");
    assertEquals(0, worded.get());
    assertEquals(List.of("operating frequency 3 GHz > 2.7 GHz"), e.criteriaMet());
    assertEquals(List.of("operating frequency 3 GHz > 2.7 GHz"), e.criteriaMet());
    assertEquals(1, worded.get());
  }

  @Test
  void otherListsAreCopiedSoThatLaterChangesDoNotShow() {
    List<String> failed = new ArrayList<>(List.of("power 1 W > 10 W"));
    Evidence e = new Evidence(List.of(), List.of(), failed, List.of(), List.of(), "");
    failed.add("later");
    assertEquals(List.of("power 1 W > 10 W"), e.criteriaFailed());
    assertThrows(UnsupportedOperationException.class, () -> e.criteriaFailed().add("x"));
  }
}

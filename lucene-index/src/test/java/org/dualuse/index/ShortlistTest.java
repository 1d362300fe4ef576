package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shown candidates, the one the decision rests on and the one the text fits best. */
class ShortlistTest {

  private static ScoredNode node(String code, double score, double beforeChecks) {
    ScoredNode s = new ScoredNode(WidgetList.leaf(code, "Widgets;"), score, List.of(), List.of());
    s.beforeChecks = beforeChecks;
    return s;
  }

  @Test
  void theDecidingCandidateIsTheFirstThatNoNoteReleasesNoFactFailsAndNoNonExcludes() {
    ScoredNode released = node("9A999.a", 3, 12);
    released.released = true;
    ScoredNode failed = node("9A999.b", 2.5, 5);
    failed.failed = true;
    ScoredNode viable = node("9A998", 2, 2);
    Shortlist s = Shortlist.of(List.of(released, failed, viable), 10);
    assertSame(viable, s.best());
    assertSame(released, s.fittest());
    assertEquals(3, s.shown().size());
  }

  @Test
  void onlyTheFirstCandidatesOfTheRankingAreShownAndDecidedOn() {
    ScoredNode excluded = node("9A999.a", 3, 3);
    excluded.excluded = true;
    ScoredNode viable = node("9A998", 2, 2);
    Shortlist s = Shortlist.of(List.of(excluded, viable), 1);
    assertEquals(List.of(excluded), s.shown());
    assertNull(s.best());
    assertSame(excluded, s.fittest());
  }

  @Test
  void anEmptyRankingHasNoDecidingOrFittestCandidate() {
    Shortlist s = Shortlist.of(List.of(), 10);
    assertEquals(List.of(), s.shown());
    assertNull(s.best());
    assertNull(s.fittest());
  }
}

package org.dualuse.lists.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Provenance;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/** Which changes of a list concern a product whose screening changed. */
class RescreeningTest {

  private static ControlNode node(String code, String text, ControlNode... children) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.ANY_OF, List.of(children), List.of(), List.of(),
        List.of(), Optional.empty(), false, false);
  }

  private static ControlNode withNote(ControlNode n, String text) {
    Note note = new Note(NoteKind.NOTE, "Note", text, List.of(), true, List.of(), Optional.empty());
    return new ControlNode(n.code(), n.text(), n.childLogic(), n.children(), List.of(note), n.terms(), n.references(),
        n.criteria(), n.notUsed(), n.cyberSurveillance());
  }

  private static ControlList list(String id, ControlNode... entries) {
    return new ControlList(id, "Widgets list " + id, "EU", LocalDate.of(2021, 9, 9),
        new Provenance(id + ".txt", "", "0".repeat(64), ""), List.of(entries), Map.of(), List.of());
  }

  private static final ControlList OLD = list("old",
      node("9A999", "Widgets as follows:",
          node("9A999.a", "Widgets having an operating frequency exceeding 5 GHz;"),
          node("9A999.b", "Gadgets having a mass exceeding 3 500 kg;")),
      node("9A998", "Sprockets made of titanium alloys;"),
      node("8A997", "Gears of bronze;"));

  private static final ControlList NEW = list("new",
      withNote(node("9A999", "Widgets as follows:",
          node("9A999.a", "Widgets having an operating frequency exceeding 3 GHz;"),
          node("9A999.b", "Gadgets having a mass exceeding 3 500 kg;"),
          node("9A999.e", "Doohickeys of any kind;")), "9A999 does not control toy widgets."),
      node("9A501", "Cogs for widgets specified in 9A999.", node("9A501.a", "Cogs of steel;")),
      node("8A997", "Gears of bronze;"));

  private static final Rescreening UPDATE = Rescreening.of(ListDiff.between(OLD, NEW));

  private static Screening screening(Decision d, String code, String list) {
    return new Screening(d, Optional.ofNullable(code).map(ControlCode::parse), list);
  }

  private static List<String> causes(ScreeningChange c) {
    return c.causes().stream().map(k -> k.kind() + " " + k.code()).toList();
  }

  @Test
  void theSameDecisionAndCodeIsNoChange() {
    assertEquals(Optional.empty(),
        UPDATE.compare(screening(Decision.LISTED, "9A999.a", "old"), screening(Decision.LISTED, "9A999.a", "new")));
    assertEquals(Optional.empty(),
        UPDATE.compare(screening(Decision.NOT_LISTED, null, "old"), screening(Decision.NOT_LISTED, null, "new")));
  }

  @Test
  void aChangedThresholdAtTheCodeComesFirstThenTheNoteOfItsParent() {
    ScreeningChange c = UPDATE.compare(screening(Decision.NOT_LISTED, null, "old"),
        screening(Decision.LISTED, "9A999.a", "new")).orElseThrow();
    // untyped on both sides, the stated 5 GHz and 3 GHz make a threshold change beside the wording
    assertEquals(List.of("THRESHOLD_CHANGED 9A999.a", "TEXT_CHANGED 9A999.a", "NOTES_CHANGED 9A999"), causes(c));
    assertEquals(ChangeKind.THRESHOLD_CHANGED, c.nearestCause().orElseThrow().kind());
    assertEquals("NOT_LISTED -> LISTED 9A999.a", c.transition());
  }

  @Test
  void anEntryAddedInTheNewerListIsTheCauseOfACodeUnderIt() {
    ScreeningChange c = UPDATE.compare(screening(Decision.NOT_LISTED, null, "old"),
        screening(Decision.NEEDS_FACTS, "9A501.a", "new")).orElseThrow();
    assertEquals(List.of("ADDED 9A501.a", "ADDED 9A501"), causes(c), "the code itself, then its parent");
  }

  @Test
  void changesBelowACodeCountAfterThoseAtItAndAbove() {
    ScreeningChange c = UPDATE.compare(screening(Decision.LISTED, "9A999", "old"),
        screening(Decision.NOT_LISTED, null, "new")).orElseThrow();
    assertEquals(List.of("NOTES_CHANGED 9A999", "THRESHOLD_CHANGED 9A999.a", "TEXT_CHANGED 9A999.a", "ADDED 9A999.e"),
        causes(c));
  }

  @Test
  void aCodeWhoseEntryDidNotChangeHasNoCause() {
    ScreeningChange c = UPDATE.compare(screening(Decision.LISTED, "8A997", "old"),
        screening(Decision.NOT_LISTED, null, "new")).orElseThrow();
    assertEquals(List.of(), c.causes());
    assertEquals(Optional.empty(), c.nearestCause());
  }

  @Test
  void aCodeChangedWithinOneDecisionIsAChange() {
    ScreeningChange c = UPDATE.compare(screening(Decision.LISTED, "9A998", "old"),
        screening(Decision.LISTED, "9A999.e", "new")).orElseThrow();
    assertEquals(List.of("REMOVED 9A998", "ADDED 9A999.e", "NOTES_CHANGED 9A999"), causes(c),
        "the two codes in annex order, then the parent of the newer one");
  }

  @Test
  void aClassificationIsComparedByItsDecisionAndFirstCandidate() {
    Candidate first = new Candidate(ControlCode.parse("9A999.a"), 2.0, Truth.MATCH, Evidence.NONE);
    Classification listed = new Classification(Decision.LISTED, List.of(first), false, List.of(), List.of(), "new", "");
    Classification unlisted = new Classification(Decision.NOT_LISTED, List.of(first), false, List.of(), List.of(), "new",
        "");
    assertEquals(Optional.of(ControlCode.parse("9A999.a")), Screening.of(listed).code());
    assertEquals(Optional.empty(), Screening.of(unlisted).code(), "a rejected candidate is no code");
    assertTrue(UPDATE.compare(screening(Decision.LISTED, "9A999.a", "old"), listed).isEmpty());
    assertTrue(UPDATE.compare(screening(Decision.LISTED, "9A999.a", "old"), unlisted).isPresent());
  }

  @Test
  void screeningsOfOtherListsThanTheDiffsAreRefused() {
    DualUseException e = assertThrows(DualUseException.class,
        () -> UPDATE.compare(screening(Decision.LISTED, "9A999.a", "new"), screening(Decision.LISTED, "9A999.a", "new")));
    assertTrue(e.getMessage().contains("old"), e.getMessage());
    assertThrows(DualUseException.class,
        () -> UPDATE.compare(screening(Decision.LISTED, "9A999.a", "old"), screening(Decision.LISTED, "9A999.a", "old")));
  }

  @Test
  void aNotListedScreeningRestsOnNoCodeAndAChangeMustChangeSomething() {
    assertThrows(DualUseException.class, () -> screening(Decision.NOT_LISTED, "9A999.a", "old"));
    assertThrows(DualUseException.class, () -> new ScreeningChange(screening(Decision.LISTED, "9A999.a", "old"),
        screening(Decision.LISTED, "9A999.a", "new"), List.of()));
  }

  @Test
  void onTheRealListsTheLoweredThroughputOf0B004b2IsTheNearestCause() {
    // 56 m3/s in 2021, 5 m3/s in 2025: the threshold change, not the reworded text, comes first
    Rescreening real = Rescreening.of(ListDiff.between(ControlLists.get(ControlLists.EU_2021), ControlLists.eu()));
    ScreeningChange c = real.compare(screening(Decision.NOT_LISTED, null, ControlLists.EU_2021),
        screening(Decision.LISTED, "0B004.b.2", ControlLists.EU_2025)).orElseThrow();
    assertEquals("THRESHOLD_CHANGED 0B004.b.2", causes(c).get(0));
    ScreeningChange added = real.compare(screening(Decision.NOT_LISTED, null, ControlLists.EU_2021),
        screening(Decision.LISTED, "3A501.a", ControlLists.EU_2025)).orElseThrow();
    assertTrue(added.causes().stream().anyMatch(k -> k.kind() == ChangeKind.ADDED && k.code().toString().equals("3A501")),
        "3A501 is an entry of 2025: " + causes(added));
  }
}

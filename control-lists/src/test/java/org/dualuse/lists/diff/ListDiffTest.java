package org.dualuse.lists.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;

/** The diff on small lists written by hand in the annex's style. */
class ListDiffTest {
  private static final Parameter FREQUENCY =
      new Parameter("operating frequency", Dimension.FREQUENCY, "What is the operating frequency?");

  private static ControlNode node(String code, String text, ControlNode... children) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.ANY_OF, List.of(children), List.of(), List.of(),
        List.of(), Optional.empty(), text.startsWith("Not used"), false);
  }

  private static ControlNode withCriterion(ControlNode n, Criterion c) {
    return new ControlNode(n.code(), n.text(), n.childLogic(), n.children(), n.notes(), n.terms(), n.references(),
        Optional.of(c), n.notUsed(), n.cyberSurveillance());
  }

  private static ControlNode withNote(ControlNode n, String text) {
    Note note = new Note(NoteKind.NOTE, "Note", text, List.of(), true, List.of(), Optional.empty());
    return new ControlNode(n.code(), n.text(), n.childLogic(), n.children(), List.of(note), n.terms(), n.references(),
        n.criteria(), n.notUsed(), n.cyberSurveillance());
  }

  private static Threshold above(double ghz, String source) {
    return new Threshold(FREQUENCY, Comparison.GREATER_THAN, new Quantity(ghz, Units.GIGAHERTZ), source);
  }

  private static ControlList list(String id, ControlNode... entries) {
    return new ControlList(id, "Widgets list " + id, "EU", LocalDate.of(2021, 9, 9),
        new Provenance(id + ".txt", "", "0".repeat(64), ""), List.of(entries), Map.of(), List.of());
  }

  private static final ControlList OLD = list("old",
      node("9A999", "Widgets as follows:",
          node("9A999.a", "Widgets having an operating frequency exceeding 5 GHz;"),
          node("9A999.b", "Gadgets having a “mass” exceeding 3 500 kg;"),
          node("9A999.c", "Gizmos specially designed for underwater operation at depths exceeding 1 000 m;")),
      node("9A998", "Sprockets made of titanium alloys;"));

  private static final ControlList NEW = list("new",
      node("9A999", "Widgets as follows:",
          node("9A999.a", "Widgets having an operating frequency exceeding 3 GHz;"),
          node("9A999.b", "Gadgets having a \"mass\" exceeding 3500 kg"),
          node("9A999.d", "Gizmos specially designed for underwater operation at depths exceeding 1 000 m;"),
          node("9A999.e", "Doohickeys of any kind;")),
      node("9A501", "Cogs for widgets specified in 9A999."));

  @Test
  void codesOnlyInTheNewerListAreAddedAndOnlyInTheOlderRemoved() {
    ListDiff diff = ListDiff.between(OLD, NEW);
    assertEquals(List.of(ControlCode.parse("9A501"), ControlCode.parse("9A999.e")), diff.added());
    assertEquals(List.of(ControlCode.parse("9A998")), diff.removed());
    assertEquals(List.of(ControlCode.parse("9A501")), diff.addedEntries());
    assertEquals(List.of(ControlCode.parse("9A998")), diff.removedEntries());
  }

  @Test
  void rewordingIsAChangeButTypographyIsNot() {
    ListDiff diff = ListDiff.between(OLD, NEW);
    List<ListChange> text = diff.changes(ChangeKind.TEXT_CHANGED);
    assertEquals(List.of(ControlCode.parse("9A999.a")), text.stream().map(ListChange::code).toList(),
        "quotes, digit grouping and the final semicolon of 9A999.b are typography");
    assertTrue(text.get(0).before().contains("5 GHz") && text.get(0).after().contains("3 GHz"));
  }

  @Test
  void theSameWordingUnderAnotherCodeIsAMoveNotARemovalAndAnAddition() {
    ListDiff diff = ListDiff.between(OLD, NEW);
    List<ListChange> moved = diff.changes(ChangeKind.MOVED);
    assertEquals(1, moved.size());
    assertEquals(ControlCode.parse("9A999.c"), moved.get(0).code());
    assertEquals(Optional.of(ControlCode.parse("9A999.d")), moved.get(0).movedTo());
    assertTrue(!diff.added().contains(ControlCode.parse("9A999.d")) && !diff.removed().contains(ControlCode.parse("9A999.c")));
  }

  @Test
  void aChangedThresholdIsReportedButAChangedSourceWordingOfTheSameThresholdIsNot() {
    ControlList before = list("before", withCriterion(node("9A999", "Widgets exceeding 5 GHz;"), above(5, "exceeding 5 GHz")));
    ControlList same = list("same", withCriterion(node("9A999", "Widgets exceeding 5 GHz;"), above(5, "exceeding 5,0 GHz")));
    ControlList lower = list("lower", withCriterion(node("9A999", "Widgets exceeding 3 GHz;"), above(3, "exceeding 3 GHz")));
    assertEquals(List.of(), ListDiff.between(before, same).changes());
    List<ListChange> changed = ListDiff.between(before, lower).changes(ChangeKind.THRESHOLD_CHANGED);
    assertEquals(1, changed.size());
    assertTrue(changed.get(0).before().contains("5") && changed.get(0).after().contains("3"), changed.toString());
  }

  @Test
  void aChangedNoteIsReported() {
    ControlList before = list("before", withNote(node("9A999", "Widgets;"), "9A999 does not control toy widgets."));
    ControlList after = list("after", withNote(node("9A999", "Widgets;"), "9A999 does not control any widgets."));
    assertEquals(List.of(ChangeKind.NOTES_CHANGED),
        ListDiff.between(before, after).changes().stream().map(ListChange::kind).toList());
  }

  @Test
  void aListComparedWithItselfHasNoChanges() {
    ListDiff diff = ListDiff.between(NEW, NEW);
    assertEquals(List.of(), diff.changes());
    assertTrue(diff.counts().values().stream().allMatch(n -> n == 0));
  }

  @Test
  void changesComeInAnnexOrder() {
    List<ControlCode> codes = ListDiff.between(OLD, NEW).changes().stream().map(ListChange::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
  }

  @Test
  void aMoveMustNameWhereTheItemWentAndNothingElseMay() {
    assertThrows(DualUseException.class,
        () -> new ListChange(ChangeKind.MOVED, ControlCode.parse("9A999.c"), Optional.empty(), "a", "a"));
    assertThrows(DualUseException.class, () -> new ListChange(ChangeKind.ADDED, ControlCode.parse("9A999.c"),
        Optional.of(ControlCode.parse("9A999.d")), "", "a"));
  }

  @Test
  void typographyFreeTextKeepsWordsAndNumbers() {
    assertEquals(TypographyFreeText.of("A “mass” of 3 500 kg (± 1 °C);"), TypographyFreeText.of("a \"mass\" of 3500 kg (±1°C)"));
    assertTrue(!TypographyFreeText.of("exceeding 3 500 kg").equals(TypographyFreeText.of("exceeding 3 400 kg")));
    assertTrue(!TypographyFreeText.of("any of the following").equals(TypographyFreeText.of("all of the following")));
  }

  private static final Parameter PURITY = new Parameter("purity", Dimension.RATIO, "What is the purity?");

  private static ControlList one(String id, ControlNode node) {
    return list(id, node);
  }

  @Test
  void theSameWordingReadWithAnotherThresholdIsNoThresholdChange() {
    ControlList before = one("before", withCriterion(node("9A999", "Widgets exceeding 10-14 J;"), above(5, "exceeding 5 GHz")));
    ControlList after = one("after", withCriterion(node("9A999", "Widgets exceeding 10–14 J"), above(3, "exceeding 3 GHz")));
    assertEquals(List.of(), ListDiff.between(before, after).changes());
  }

  @Test
  void betterThanAndGreaterBetterThanStateTheSameBoundWhateverDirectionTheyWereReadIn() {
    Threshold below = new Threshold(PURITY, Comparison.LESS_THAN, new Quantity(99.999, Units.PERCENT), "better than 99,999%");
    Threshold over = new Threshold(PURITY, Comparison.GREATER_THAN, new Quantity(99.999, Units.PERCENT),
        "greater (better) than 99,999 %");
    ControlList before = one("before", withCriterion(node("9C999", "Gases having a purity better than 99,999%;"), below));
    ControlList after = one("after", withCriterion(node("9C999", "Gases having a purity greater (better) than 99,999 %;"), over));
    assertEquals(List.of(ChangeKind.TEXT_CHANGED),
        ListDiff.between(before, after).changes().stream().map(ListChange::kind).toList());
  }

  @Test
  void anotherComparisonOfTheSameBoundIsAThresholdChange() {
    Threshold atLeast = new Threshold(FREQUENCY, Comparison.AT_LEAST, new Quantity(5, Units.GIGAHERTZ), "5 GHz or more");
    ControlList before = one("before", withCriterion(node("9A999", "Widgets exceeding 5 GHz;"), above(5, "exceeding 5 GHz")));
    ControlList after = one("after", withCriterion(node("9A999", "Widgets of 5 GHz or more;"), atLeast));
    List<ListChange> changed = ListDiff.between(before, after).changes(ChangeKind.THRESHOLD_CHANGED);
    assertEquals(1, changed.size());
    assertEquals("", changed.get(0).remark());
  }

  @Test
  void aThresholdTypedOnOneSideOnlyWhileBothTextsStateItIsNoThresholdChange() {
    ControlList before = one("before", node("9A999", "Widgets of 5 GHz ot more;"));
    ControlList after = one("after", withCriterion(node("9A999", "Widgets of 5 GHz or more;"), above(5, "5 GHz or more")));
    assertEquals(List.of(ChangeKind.TEXT_CHANGED),
        ListDiff.between(before, after).changes().stream().map(ListChange::kind).toList());
  }

  @Test
  void anUntypedQuantityThatChangedIsAThresholdChangeThatSaysHowItWasFound() {
    ControlList before = one("before", node("9B999", "Blowers with a throughput of 56 m3/s or more;"));
    ControlList after = one("after", node("9B999", "Blowers with a throughput of 5 m3/s or more;"));
    List<ListChange> changed = ListDiff.between(before, after).changes(ChangeKind.THRESHOLD_CHANGED);
    assertEquals(1, changed.size());
    assertEquals("56 m3/s", changed.get(0).before());
    assertEquals("5 m3/s", changed.get(0).after());
    assertEquals(ThresholdChange.STATED_REMARK, changed.get(0).remark());
  }

  @Test
  void aNoteThatNowStandsOnAnotherNodeIsMovedNotChanged() {
    ControlList before = list("before", withNote(node("9A999", "Widgets as follows:",
        node("9A999.a", "Widgets of brass;")), "9A999.a. does not control toy widgets."));
    ControlList after = list("after", node("9A999", "Widgets as follows:",
        withNote(node("9A999.a", "Widgets of brass;"), "9A999.a. does not control toy widgets.")));
    List<ListChange> changes = ListDiff.between(before, after).changes();
    assertEquals(List.of(ChangeKind.NOTE_MOVED), changes.stream().map(ListChange::kind).toList());
    assertEquals(Optional.of(ControlCode.parse("9A999.a")), changes.get(0).movedTo());
    assertEquals("", changes.get(0).remark());
  }

  @Test
  void aNoteScopedToTheNodeItMovedToIsMovedWithARemark() {
    ControlList before = list("before", withNote(node("9A999", "Widgets as follows:",
        node("9A999.a", "Widgets of brass;")), "'Brass' means an alloy of copper and zinc."));
    ControlList after = list("after", node("9A999", "Widgets as follows:",
        withNote(node("9A999.a", "Widgets of brass;"), "For the purposes of 9A999.a., 'brass' means an alloy of copper and zinc.")));
    List<ListChange> changes = ListDiff.between(before, after).changes();
    assertEquals(List.of(ChangeKind.NOTE_MOVED), changes.stream().map(ListChange::kind).toList());
    assertTrue(!changes.get(0).remark().isEmpty());
  }

  @Test
  void itemsPrintedAsRowsOfTheirParentsTableAreTableRowsNotRemovals() {
    ControlList before = list("before", node("9A999", "Widgets hardened to exceed any of the following:",
        node("9A999.a", "Total dose 5 x 103 Gy (silicon);"), node("9A999.b", "Dose rate 5 x 106 Gy (silicon)/s; or")));
    ControlList after = list("after", node("9A999",
        "Widgets hardened to exceed any of the following:\na. Total dose | 5× 103 Gy (silicon);\nb. Dose rate | 5× 106 Gy (silicon)/s; or"));
    ListDiff diff = ListDiff.between(before, after);
    assertEquals(List.of(ChangeKind.BECAME_TABLE_ROW, ChangeKind.BECAME_TABLE_ROW),
        diff.changes().stream().map(ListChange::kind).toList());
    assertEquals(Optional.of(ControlCode.parse("9A999")), diff.changes().get(0).movedTo());
  }

  @Test
  void typographyFreeTextIgnoresTheGlyphsSpellingAndFootnotesItNames() {
    assertSameWording("at 373 K (100oC) or 0,05\uf0b0 or less", "at 373 K (100 °C) or 0,05 or less");
    assertSameWording("utilizing digitized data", "utilising digitised data");
    assertSameWording("according to ISO 230-2:19881 along", "according to ISO 230-2:1988 (6) along");
    assertSameWording("solid state Al- X-Fe", "solid-state Al-X-Fe");
    assertSameWording("5 x 103 m and W*GHz", "5× 103m and W × GHz");
    assertSameWording("aluminum airfoils", "aluminium aerofoils");
    assertSameWording("as in 9A999.c.1, below; or", "as in 9A999.c.1., below;");
  }

  @Test
  void typographyFreeTextKeepsWhatChangesTheMeaning() {
    assertDifferentWording("widgets; and", "widgets; or");
    assertDifferentWording("'resolution'", "\"resolution\"");
    assertDifferentWording("\u03c7(2)", "\u03c7(3)");
    assertDifferentWording("2 MW", "2 mW");
    assertDifferentWording("better than 1 %", "less (better) than 1 %");
  }

  private static void assertSameWording(String a, String b) {
    assertEquals(TypographyFreeText.of(a), TypographyFreeText.of(b), a + " / " + b);
  }

  private static void assertDifferentWording(String a, String b) {
    assertTrue(!TypographyFreeText.of(a).equals(TypographyFreeText.of(b)), a + " / " + b);
  }
}

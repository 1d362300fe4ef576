package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.ReleaseClause;
import org.junit.jupiter.api.Test;

/** How the release clause of a note is split into its conditions, on synthetic notes in the annex's style. */
class NoteConditionParserTest {

  /** The conditions of a note's release clause, the clause read as the parser reads it. */
  private static Optional<NoteConditionParser.Group> parseNote(String note) {
    return ReleaseClause.read(NoteKind.NOTE, note).map(ReleaseClause::scope).flatMap(NoteConditionParser::parse);
  }

  private static NoteConditionParser.Group parse(String note) {
    return parseNote(note).orElseThrow(() -> new AssertionError("no list in: " + note));
  }

  private static String outline(NoteConditionParser.Part p) {
    if (p instanceof NoteConditionParser.Leaf l) {
      return l.label() + ":" + l.text().strip().replaceAll("(?:[;,.\\s]|\\band\\b|\\bor\\b)+$", "");
    }
    NoteConditionParser.Group g = (NoteConditionParser.Group) p;
    StringBuilder b = new StringBuilder(g.label() + (g.all() ? ":ALL(" : ":ANY("));
    for (NoteConditionParser.Part item : g.items()) {
      b.append(outline(item)).append(" | ");
    }
    return b.append(")").toString();
  }

  @Test
  void anAllOfListHasTheWordsBeforeItAsItsHeadAndEveryItem() {
    NoteConditionParser.Group g = parse("9A999 does not control gizmo engines which meet all of the following: "
        + "a. Certified by the widget authority; and b. Intended to power civil tractors.");
    assertTrue(g.all());
    assertEquals("gizmo engines which meet", g.head().strip());
    assertEquals(":ALL(a:Certified by the widget authority | b:Intended to power civil tractors | )", outline(g));
  }

  @Test
  void aBareColonOpensAlternativesAndAnInnerAllOfListNests() {
    NoteConditionParser.Group g = parse("9A999.b. does not control: a. Doodads for toys; "
        + "b. Planar gizmos, having all of the following: 1. Made of cork; and 2. Weighing less than 5 kg; "
        + "c. Surface gizmos.");
    assertFalse(g.all());
    assertEquals(":ANY(a:Doodads for toys | b:ALL(1:Made of cork | 2:Weighing less than 5 kg | ) | c:Surface gizmos | )",
        outline(g));
  }

  @Test
  void anInnerListEndsWhereTheOuterListGoesOn() {
    NoteConditionParser.Group g = parse("9A999 does not control widgets having all of the following: "
        + "a. Made from any of the following: 1. Cork; or 2. Balsa; b. A mass less than 5 kg; and c. No motor.");
    assertEquals(":ALL(a:ANY(1:Cork | 2:Balsa | ) | b:A mass less than 5 kg | c:No motor | )", outline(g));
  }

  @Test
  void aLabelBothAnInnerAndAnOuterListWaitForContinuesTheListWhoseItemsMustAllHold() {
    // "b." could be the inner list's second alternative or the outer list's second condition: read as
    // the condition, so that it is never dropped into an alternative
    NoteConditionParser.Group g = parse("9A999 does not control widgets having all of the following: "
        + "a. Used in any of the following: 1. Toys having any of the following: a. Wheels; "
        + "b. Painted in a single colour; and c. No motor.");
    assertEquals(":ALL(a:ANY(1:ANY(a:Wheels | ) | ) | b:Painted in a single colour | c:No motor | )", outline(g));
  }

  @Test
  void anItemPrintedWithoutItsLabelIsStillAnItem() {
    NoteConditionParser.Group g = parse("9A999 does not control widgets having all of the following: "
        + "1 Painted blue; 2. Made of cork; and 3. No motor.");
    assertEquals(":ALL(:1 Painted blue | 2:Made of cork | 3:No motor | )", outline(g));
  }

  @Test
  void asFollowsOpensAlternatives() {
    NoteConditionParser.Group g = parse("9A999 does not control gizmos as follows: a. Toy gizmos; b. Garden gizmos.");
    assertFalse(g.all());
    assertEquals(2, g.items().size());
  }

  @Test
  void aNoteWithoutAReleaseClauseOrAListHasNoConditions() {
    assertTrue(parseNote("For cryogenic gizmos, see 9A998.").isEmpty());
    assertTrue(parseNote("9A999 does not control gizmos for toys.").isEmpty());
  }

  @Test
  void allOfListsAreRecognisedByTheirWording() {
    assertTrue(allOf("9A999 does not control widgets having all of the following: a. x"));
    assertTrue(allOf("9A999 does not control widgets having both of the following: a. x"));
    assertTrue(allOf("9A999 does not control widgets meeting all the following: a. x; and b. y"));
    assertFalse(allOf("9A999 does not control widgets having any of the following: a. x"));
    assertEquals(2, parse("9A999 does not control widgets meeting all the following: a. x; and b. y").items().size());
  }

  private static boolean allOf(String note) {
    return ReleaseClause.read(NoteKind.NOTE, note).orElseThrow().allOf();
  }

  @Property
  void parsingNeverThrowsAndKeepsEveryItemsTextInTheClause(@ForAll String tail) {
    String note = "9A999 does not control widgets having all of the following: a. " + tail;
    NoteConditionParser.Group g = parse(note);
    for (String text : leaves(g)) {
      assertTrue(note.contains(text), text);
    }
  }

  private static List<String> leaves(NoteConditionParser.Part p) {
    if (p instanceof NoteConditionParser.Leaf l) {
      return List.of(l.text());
    }
    NoteConditionParser.Group g = (NoteConditionParser.Group) p;
    List<String> out = new java.util.ArrayList<>(List.of(g.head()));
    g.items().forEach(i -> out.addAll(leaves(i)));
    return out;
  }
}

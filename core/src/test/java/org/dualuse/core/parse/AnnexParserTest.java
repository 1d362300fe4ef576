package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.TermKind;
import org.dualuse.core.model.TermUse;
import org.junit.jupiter.api.Test;

class AnnexParserTest {
  private final AnnexParser parser = new AnnexParser();

  private ParsedAnnex parse(String... lines) {
    return parser.parseWithReport(SyntheticAnnex.source(lines));
  }

  private static ControlNode node(ParsedAnnex p, String code) {
    return p.list().find(code).orElseThrow(() -> new AssertionError("no node " + code));
  }

  @Test
  void itemsHangUnderTheCodeOneSegmentShorter() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Having an operating frequency exceeding 5 GHz;",
        "9A999.b Having all of the following:",
        "9A999.b.1 A mass of less than 2 kg; and",
        "9A999.b.2 A power exceeding 10 W;",
        "9B999 Equipment for testing widgets.");
    ControlList list = p.list();
    assertEquals(2, list.entries().size());
    assertEquals(4, list.itemCount());
    assertEquals(List.of("9A999.b.1", "9A999.b.2"),
        node(p, "9A999.b").children().stream().map(n -> n.code().toString()).toList());
    assertEquals(ChildLogic.AS_FOLLOWS, node(p, "9A999").childLogic());
    assertEquals(ChildLogic.ALL_OF, node(p, "9A999.b").childLogic());
    assertEquals(ChildLogic.NONE, node(p, "9A999.a").childLogic());
  }

  @Test
  void theLogicNearestTheListWins() {
    assertEquals(ChildLogic.ANY_OF, ChildLogicReader.logicOf("Widgets as follows, having any of the following:"));
    assertEquals(ChildLogic.ALL_OF, ChildLogicReader.logicOf("Widgets having both of the following characteristics:"));
    assertEquals(ChildLogic.NONE, ChildLogicReader.logicOf("Widgets for toys."));
  }

  @Test
  void allTheFollowingWithoutOfAndAGluedHavingAreAllOf() {
    assertEquals(ChildLogic.ALL_OF, ChildLogicReader.logicOf("Widget scopes having all the following:"));
    assertEquals(ChildLogic.ALL_OF, ChildLogicReader.logicOf("Widget scopes havingall of the following:"));
    assertEquals(ChildLogic.ALL_OF, ChildLogicReader.logicOf("Having all the following:"));
    assertEquals(ChildLogic.AS_FOLLOWS, ChildLogicReader.logicOf("Widgets, as follows:"));
  }

  @Test
  void notUsedItemsAreFlagged() {
    ParsedAnnex p = parse("9A999 Widgets as follows:", "9A999.a Not used;", "9A999.b Gadgets.");
    assertTrue(node(p, "9A999.a").notUsed());
    assertFalse(node(p, "9A999.b").notUsed());
  }

  @Test
  void notesAreAttachedTypedAndLabelled() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Having an operating frequency exceeding 5 GHz;",
        "9A999.a Note 2: 9A999.a. does not control widgets for toys.",
        "9A999.a Technical Note: 'Operating frequency' is the synthetic frequency.",
        "9A999 N.B. See also 9B999.",
        "9B999 Equipment for testing widgets.");
    List<Note> notes = node(p, "9A999.a").notes();
    assertEquals(List.of(NoteKind.NOTE, NoteKind.TECHNICAL_NOTE), notes.stream().map(Note::kind).toList());
    assertEquals("Note 2", notes.get(0).label());
    assertEquals("9A999.a. does not control widgets for toys.", notes.get(0).text());
    assertTrue(notes.get(0).decontrol());
    assertEquals(List.of(ControlCode.parse("9A999.a")), notes.get(0).releases());
    assertFalse(notes.get(1).decontrol());
    Note nb = node(p, "9A999").notes().get(0);
    assertEquals(NoteKind.NB, nb.kind());
    assertEquals(List.of(ControlCode.parse("9B999")), nb.references());
  }

  @Test
  void aDecontrolNoteNamingNoCodeReleasesItsNode() {
    ParsedAnnex p = parse("9A999 Widgets.", "9A999 Note: Widgets for toys are not controlled.");
    Note note = node(p, "9A999").notes().get(0);
    assertTrue(note.decontrol());
    assertEquals(List.of(ControlCode.parse("9A999")), note.releases());
  }

  @Test
  void aLineRepeatingTheCodeBeforeItContinuesThatProvision() {
    ParsedAnnex p = parse(
        "9A999 Widgets hardened to exceed any of the following:",
        "9A999 a. Total dose 5 kGy;",
        "9A999 b. Dose rate 5 MGy/s.",
        "9A999 Technical Note:",
        "9A999 For the purposes of 9A999, 'dose' is synthetic.");
    ControlNode n = node(p, "9A999");
    assertTrue(n.isLeaf());
    assertTrue(n.text().endsWith("a. Total dose 5 kGy;\nb. Dose rate 5 MGy/s."), n.text());
    assertEquals("For the purposes of 9A999, 'dose' is synthetic.", n.notes().get(0).text());
    assertEquals(3, p.report().continuationLines());
  }

  @Test
  void aListInsideANoteIsNotMadeIntoItems() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Widgets with a mass exceeding 5 kg;",
        "9A999.b Widgets with a power exceeding 10 W;",
        "9A999.b Note: 9A999.b. does not include:",
        "9A999.b.a Toy widgets;",
        "9A999.b.b Widgets for musical boxes.",
        "9A999.c Gadgets.");
    assertFalse(p.list().find("9A999.b.a").isPresent());
    assertTrue(node(p, "9A999.b").isLeaf());
    Note note = node(p, "9A999.b").notes().get(0);
    assertEquals("9A999.b. does not include:\na. Toy widgets;\nb. Widgets for musical boxes.", note.text());
    assertTrue(note.decontrol());
    assertTrue(p.list().find("9A999.c").isPresent());
    assertEquals(2, p.report().noteListItems());
  }

  @Test
  void anItemNumberedOneLevelTooHighIsMovedUnderTheSiblingItContinues() {
    ParsedAnnex p = parse(
        "9C999 Materials as follows:",
        "9C999.a Widget fibres;",
        "9C999.b Widget tapes having all of the following:",
        "9C999.1 Having any of the following:",
        "9C999.1.a Inorganic widget fibres; or",
        "9C999.1.b Organic widget fibres having all of the following:",
        "9C999.1.b.1 A modulus exceeding 10 GPa; and",
        "9C999.1.b.2 A strength exceeding 1 GPa; and",
        "9C999.1.2 A resin content of 5 % or more.",
        "9C999.1 Note: Synthetic note on the first condition.");
    assertFalse(p.list().find("9C999.1").isPresent());
    assertEquals(List.of("9C999.b.1", "9C999.b.2"),
        node(p, "9C999.b").children().stream().map(n -> n.code().toString()).toList());
    assertTrue(p.list().find("9C999.b.1.b.2").isPresent());
    assertEquals(1, node(p, "9C999.b.1").notes().size());
    assertEquals(6, p.report().renumberedItems());
  }

  @Test
  void aNoteAboutAnotherNodeMovesThereAndItsRepeatIsCountedAndKept() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Widgets for toys;",
        "9A999.a Note: 9A999 does not control widgets in museums.",
        "9A999.b Widgets for boats;",
        "9A999.b Note: 9A999 does not control widgets in museums.",
        "9A999.b Technical Note: For the purposes of 9A999.a., 'toys' are synthetic.",
        "9A999.b Note: 9A999.b.1 is not a code of this list, the note stays.");
    assertEquals(2, node(p, "9A999").notes().size());
    assertTrue(node(p, "9A999.a").notes().stream().anyMatch(n -> n.kind() == NoteKind.TECHNICAL_NOTE));
    assertEquals(1, node(p, "9A999.b").notes().size());
    assertEquals(3, p.report().notesReattached());
    assertEquals(1, p.report().duplicateNotesMerged());
  }

  @Test
  void quotedTermsResolveThroughPluralsCaseAcronymsAndLocalDefinitions() {
    ParsedAnnex p = parse(
        "9A999 \"Widgets\" and \"MWCs\" having a 'spin rate' exceeding 5 Hz, for \"States not Party to the Widget Convention\", and \"gizmos\";",
        "9A999 Technical Note: 'Spin rate' is the synthetic rate of a \"bias\".");
    List<TermUse> terms = node(p, "9A999").terms();
    assertEquals("Widget", resolve(terms, "Widgets"));
    assertEquals("Monolithic Widget Circuit", resolve(terms, "MWCs"));
    assertEquals("States (not) Party to the Widget Convention", resolve(terms, "States not Party to the Widget Convention"));
    assertEquals("Bias (gyro)", resolve(terms, "bias"));
    assertNull(resolve(terms, "gizmos"));
    TermUse local = terms.stream().filter(t -> t.kind() == TermKind.LOCAL).findFirst().orElseThrow();
    assertEquals("spin rate", local.surface());
    assertEquals("Spin rate", local.term());
    assertEquals(4, p.report().definitions());
  }

  @Test
  void apostrophesAreNotQuotesButQuotedWordsAre() {
    assertEquals(List.of("spin rate", "user data"),
        QuotedTerms.quoted(true, "the manufacturer's 'spin rate' and the ‘user data’ of widgets'"));
    assertEquals(List.of("widgets", "MWC"), QuotedTerms.quoted(false, "\"widgets\" and “MWC” and \"open"));
    assertEquals(List.of(), QuotedTerms.quoted(true, "it's the widgets' 5' length"));
  }

  @Test
  void referencesInTextAndNotesAreRecorded() {
    ParsedAnnex p = parse(
        "9A999 Widgets specified in 9B999.a. or see 9B999",
        "9A999 N.B. See also 9B999.a.",
        "9B999 Equipment as follows:",
        "9B999.a Testers.");
    var refs = node(p, "9A999").references();
    assertEquals(3, refs.size());
    assertEquals(ControlCode.parse("9B999.a"), refs.get(0).target());
    assertFalse(refs.get(0).fromNote());
    assertTrue(refs.get(2).fromNote());
  }

  @Test
  void aMissingParentIsAFormatErrorNamingLineAndCode() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9A999.a Widgets for toys;", "9A999.c.1 Orphans."));
    assertEquals(3, e.line());
    assertEquals("9A999.c.1", e.code());
    assertTrue(e.getMessage().contains("synthetic.txt:3"), e.getMessage());
  }

  @Test
  void aNoteBeforeItsItemIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9A999.a Note: 9A999.a. does not control toys.", "9A999.a Toys."));
    assertEquals(2, e.line());
  }

  @Test
  void aCodePrintedTwiceApartIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9A999.a Toys;", "9A999.b Boats;", "9A999.a Toys again."));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aListWithoutItsItemsLooksTruncatedAndIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9A999.a Widgets having any of the following:"));
    assertEquals("9A999.a", e.code());
  }

  @Test
  void anItemOutsideItsEntryIsAFormatError() {
    assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9B999 Testers.", "9A999.a Toys."));
  }

  @Test
  void anUnreadableCodeIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> parse("9A999 Widgets as follows:", "9A999.A Toys."));
    assertEquals("9A999.A", e.code());
  }

  @Test
  void anEmptySourceIsAFormatError() {
    assertThrows(ControlListFormatException.class, () -> parse());
  }

  private static List<String> labels(ControlNode node) {
    return node.notes().stream().map(n -> n.kind() + " " + n.label()).toList();
  }

  @Test
  void everyHeaderRunTogetherOnOneLineStartsANoteOfItsOwn() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Having an operating frequency exceeding 5 GHz;",
        "9A999.a Note 1: 9A999.a. does not control toys. Note 2: 9A999.a. does not control games."
            + " Technical Note: 'Games' are synthetic. N.B. See also 9B999.",
        "9B999 Equipment for testing widgets.");
    assertEquals(List.of("NOTE Note 1", "NOTE Note 2", "TECHNICAL_NOTE Technical Note", "NB N.B."),
        labels(node(p, "9A999.a")));
    assertEquals("9A999.a. does not control toys.", node(p, "9A999.a").notes().get(0).text());
    assertEquals("See also 9B999.", node(p, "9A999.a").notes().get(3).text());
  }

  @Test
  void aNoteCitedAtTheOpeningOfATechnicalNoteIsNoHeader() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Having an operating frequency exceeding 5 GHz;",
        "9A999.a Technical Note: For the purposes of 9A999.a. Note: 1.b., 'toys' are synthetic.");
    assertEquals(List.of("TECHNICAL_NOTE Technical Note"), labels(node(p, "9A999.a")));
  }

  @Test
  void aTechnicalNoteInsideANotesListEndsWhereTheListGoesOn() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Having an operating frequency exceeding 5 GHz;",
        "9A999 Note: 9A999 does not control: a. Toys; b. Games having a 'rate' of 5 Hz; Technical Note:"
            + " 'Rate' is counted: 1. per second; 2. per minute. c. Dolls.");
    List<Note> notes = node(p, "9A999").notes();
    assertEquals(List.of("NOTE Note", "TECHNICAL_NOTE Technical Note"), labels(node(p, "9A999")));
    assertTrue(notes.get(0).text().endsWith("c. Dolls."), notes.get(0).text());
    assertEquals("'Rate' is counted: 1. per second; 2. per minute.", notes.get(1).text());
  }

  @Test
  void aNotePrintedUnderTwoNodesIsKeptTwiceOnTheNodeItNames() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Gadgets;",
        "9A999.a Note 4: 9A999 does not control consumer goods.",
        "9A999.b Gizmos.",
        "9A999.b Note 4: 9A999 does not control consumer goods.");
    assertEquals(List.of("NOTE Note 4", "NOTE Note 4"), labels(node(p, "9A999")));
    assertTrue(node(p, "9A999.a").notes().isEmpty());
    assertEquals(1, p.report().duplicateNotesMerged());
  }

  @Test
  void anEarlierNumberedNoteUnderARenumberedCodeFollowsTheNoteThatNamesItsNode() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Gadgets;",
        "9A999.b Gizmos having any of the following:",
        "9A999.1 Fast; or",
        "9A999.2 Slow.",
        "9A999.1 Note 1: Coated gizmos are gizmos too.",
        "9A999.1 Note 2: 9A999.b. does not control toys.",
        "9A999.1 Technical Notes: 1. For the purposes of 9A999.b. and Note 1, 'coated' means synthetic.");
    assertEquals(List.of("NOTE Note 1", "NOTE Note 2", "TECHNICAL_NOTE Technical Notes"),
        labels(node(p, "9A999.b")));
    assertTrue(node(p, "9A999.b.1").notes().isEmpty());
  }

  @Test
  void numberedNotesPrintedUnderTheirOwnCodeStayWhenALaterOneNamesAnAncestor() {
    ParsedAnnex p = parse(
        "9A999 Widgets as follows:",
        "9A999.a Gadgets;",
        "9A999.a Note 1: For toys, mixtures of gadgets are not widgets.",
        "9A999.a Note 2: 9A999 does not control consumer goods.");
    assertEquals(List.of("NOTE Note 1"), labels(node(p, "9A999.a")));
    assertEquals(List.of("NOTE Note 2"), labels(node(p, "9A999")));
  }

  private static String resolve(List<TermUse> terms, String surface) {
    return terms.stream().filter(t -> t.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no use of " + surface + " in " + terms)).term();
  }
}

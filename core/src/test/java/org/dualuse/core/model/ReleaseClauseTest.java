package org.dualuse.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of release clauses, on invented notes in the annex's style. */
class ReleaseClauseTest {

  private static ReleaseClause clause(String text) {
    return ReleaseClause.read(NoteKind.NOTE, text).orElseThrow(() -> new AssertionError("no clause in: " + text));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "9A999.a. does not control widgets for toys.|does not control|9A999.a.|widgets for toys.",
      "9A999.a. and 9A999.b. do not control gizmos for railway operators.|do not control|9A999.a. and 9A999.b.|gizmos for railway operators.",
      "9A999 does not apply to widgets designed for garden use.|does not apply to|9A999|widgets designed for garden use.",
      "9E999 does not apply for tool qualification or maintenance.|does not apply for|9E999|tool qualification or maintenance.",
      "9A999.b. does not include: a. Debuggers; b. Toy copiers.|does not include|9A999.b.|: a. Debuggers; b. Toy copiers.",
      "9A999.c. above does not specify widgets specially designed for medical purposes.|does not specify|9A999.c. above|widgets specially designed for medical purposes.",
      "In 9B999.d. the term 'kneading gizmo' does not refer to deagglomerators.|does not refer to|In 9B999.d. the term 'kneading gizmo'|deagglomerators.",
      "This entry does not apply to annealing widgets.|does not apply to|This entry|annealing widgets.",
  })
  void everyReleaseWordingOfTheAnnexIsRead(String text, String verb, String subject, String words) {
    ReleaseClause c = clause(text);
    assertEquals(verb, c.verb());
    assertEquals(subject, c.subject());
    assertEquals(words, c.words());
    assertEquals(words, c.scope());
    assertFalse(c.passive());
    assertEquals(text.indexOf(verb), c.verbStart());
  }

  @Test
  void thePassiveReleasesItsSubject() {
    Optional<ReleaseClause> c = ReleaseClause.find("Gizmo coatings made of widgetite are not controlled.");
    assertTrue(c.orElseThrow().passive());
    assertEquals("Gizmo coatings made of widgetite", c.get().scope());
    assertTrue(ReleaseClause.find("\"Technology\" for coating toys is not controlled").orElseThrow().passive());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Note 1 does not diminish the rights of the widget authority.",
      "Seals and gaskets do not determine the status of control of the widget.",
      "The phrase 'as part of' does not necessarily mean physical part in the same shipment.",
      "9A999 controls only widgets exceeding 5 GHz.",
      "The weight cut-off is not relevant for gizmo cones.",
  })
  void sentencesWithNotThatReleaseNothingHaveNoClause(String text) {
    assertEquals(Optional.empty(), ReleaseClause.read(NoteKind.NOTE, text));
  }

  @Test
  void technicalNotesAndNbsReleaseNothingOfTheirOwn() {
    String definition = "For the purposes of 9B999, the chamber dimension is measured inside and does not include fixtures.";
    assertEquals(List.of(), ReleaseClause.readAll(NoteKind.TECHNICAL_NOTE, definition));
    assertTrue(ReleaseClause.read(NoteKind.NOTE, definition).isPresent(), "the same words in a note release");
    assertEquals(List.of(), ReleaseClause.readAll(NoteKind.NB, "9A999 does not control toys; see 9A998."));
  }

  @Test
  void aNotePrintedInsideAnotherNotesTextIsReadOnItsOwn() {
    List<ReleaseClause> inTechnical = ReleaseClause.readAll(NoteKind.TECHNICAL_NOTE,
        "For 9A998.b.1., 'copy deeply' means to read every cell and does not include fixtures. Note 1: 9A998.b. "
            + "does not control equipment for the production of widgets. Note 2: 9A998.b. does not include: "
            + "a. Debuggers; b. Toy copiers.");
    assertEquals(2, inTechnical.size(), inTechnical.toString());
    assertEquals("Note 1", inTechnical.get(0).label());
    assertEquals("9A998.b.", inTechnical.get(0).subject());
    assertEquals("equipment for the production of widgets.", inTechnical.get(0).words());
    assertEquals("Note 2", inTechnical.get(1).label());
    assertEquals("does not include", inTechnical.get(1).verb());
    ReleaseClause unlabelled = ReleaseClause.read(NoteKind.TECHNICAL_NOTE,
        "The surface is measured flat. Note 9A997.e. does not control lenses having any of the following: a. x.")
        .orElseThrow();
    assertEquals("Note", unlabelled.label());
    assertEquals("9A997.e.", unlabelled.subject());
    List<ReleaseClause> afterATechnicalNote = ReleaseClause.readAll(NoteKind.NOTE,
        "9A999 does not control toys. Technical Note: the width does not include the frame.");
    assertEquals(1, afterATechnicalNote.size(), "a technical note inside a note releases nothing");
  }

  @Test
  void conditionsThatMustAllHoldAreMarked() {
    assertTrue(clause("9A999 does not control widgets meeting all the following: a. x; and b. y.").allOf());
    assertTrue(clause("9A999 does not control widgets having all of the following: a. x; and b. y.").allOf());
    assertTrue(clause("9A999 does not control widgets having both of the following: a. x; and b. y.").allOf());
    assertFalse(clause("9A999 does not control widgets having any of the following: a. x; or b. y.").allOf());
  }

  @Test
  void aNoteBuiltByHandAsReleasingKeepsItsWholeTextWhenItHasNoVerb() {
    Note note = new Note(NoteKind.NOTE, "Note", "Widgets for toys.", List.of(), true, List.of(), Optional.empty());
    assertTrue(note.decontrol());
    assertEquals("Widgets for toys.", note.releaseClause().orElseThrow().scope());
    Note plain = new Note(NoteKind.NOTE, "Note", "9A999 does not control toys.", List.of(), false, List.of(), Optional.empty());
    assertFalse(plain.decontrol());
  }

  @Property
  void neverThrowsOnAnyString(@ForAll String text) {
    for (NoteKind kind : NoteKind.values()) {
      assertNotNull(ReleaseClause.readAll(kind, text));
    }
    assertNotNull(ReleaseClause.find(text));
    assertNotNull(ReleaseClause.statesAllOf(text));
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(
        "9A999.a. does not control widgets for toys.",
        "9A999.a. and 9A999.b. do not control gizmos for railway operators.",
        "9A999 does not apply to widgets designed for garden use.",
        "9A999.b. does not include: a. Debuggers; b. Toy copiers.",
        "9A999.c. does not specify widgets for medical purposes.",
        "In 9B999.d. the term 'gizmo' does not refer to deagglomerators.",
        "9A999 does not control widgets meeting all the following: a. x; and b. y.");
  }

  /** Prose without a release verb or a note label: lower-case words, digits and punctuation, never "not". */
  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789 .,;'").ofMaxLength(80)
        .filter(s -> !s.contains("not"));
  }

  @Property(tries = 500)
  void aClauseIsFoundAgainWithTextBeforeAndAfterIt(@ForAll("sentences") String sentence,
      @ForAll("prose") String before, @ForAll("prose") String after) {
    ReleaseClause alone = clause(sentence);
    ReleaseClause inText = clause(before + " " + sentence + " " + after);
    assertEquals(alone.verb(), inText.verb());
    assertEquals(before.length() + 1 + alone.verbStart(), inText.verbStart());
    assertTrue(inText.subject().endsWith(alone.subject()), inText.subject());
    assertTrue(inText.words().startsWith(alone.words()), inText.words());
    assertTrue(!alone.allOf() || inText.allOf(), "all-of kept");
  }
}

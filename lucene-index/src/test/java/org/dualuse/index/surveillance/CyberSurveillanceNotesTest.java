package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The release-note mechanism on invented entries; the real notes are checked in the real-list test. */
class CyberSurveillanceNotesTest {

  private static final ControlList LIST = SyntheticList.list();
  private static final CyberSurveillanceNotes NOTES = CyberSurveillanceNotes.read(new StringReader(
      "# test supplement\n"
          + "alias\tLink Latency Control\ten\tjitter shaping|lag shaping\tsynonym\n"
          + "defining\t9A998.b\ten\tdefeats the lock|defeat the lock\tannex wording\n"), "test.tsv");

  private static Optional<String> release(String code, String text) {
    return NOTES.release(ControlCode.parse(code), text, LIST);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "9A999.a.1;Listening kit for harbour VHF channels;9A999.a Note",
      "9A999.a.1;Speech extractor for TWT handsets;9A999.a Note",
      "9A999.a.2;Badge reader built for railway signalling operators;9A999.a Note",
      "9A999.a;Badge reader built for railway signalling operators;9A999.a Note",
      "9A999.b;Backbone analyser for LLC tuning;9A999.b Note",
      "9A999.b;Backbone analyser for jitter shaping on ISP links;9A999.b Note",
      "9A999.b;Backbone analyser for audience research;9A999.b Note",
      "9D999;Firmware installer that runs only with the consent of the widget keeper;9D999 Note",
      "9E999.c;Training in flaw reporting to vendors;9E999.c Note 1",
      "9E999.a;Consulting on breach coordination;9E999.c Note 1",
      "9A998.b;Hardware debugger for widget boards;9A998.b Note 2",
      "9A998.b;Widget copier using JTAG;9A998.b Note 2",
      "9A998.b;Tool limited to shallow copying of widget cells;9A998.b Note 2",
      "9A998.b.1;Fixture for the production of widgets;9A998.b Note 1",
  })
  void aProductThatFitsAnAlternativeIsReleasedNamingTheNote(String code, String text, String note) {
    String why = release(code, text).orElseThrow(() -> new AssertionError(text + " was not released; checked "
        + NOTES.clausesChecked(ControlCode.parse(code), LIST)));
    assertTrue(why.startsWith("Released by " + note + " ("), why);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "9A999.a.1;Listening kit that extracts speech carried over the air",
      "9A999.a.1;Listening kit for railway enthusiasts",          // one word of two is not enough
      "9A999.b;Backbone analyser that maps the friends of a person",
      "9A999.b;Analyser with a comfortable case",                 // a word inside another alternative's phrase
      "9D999;Firmware installer for widget payloads",               // the consent condition is not shown
      "9E999.c;Training in writing widget payloads",
      "9A998.b;Tool limited to shallow copying that defeats the lock of widgets",  // not limited after all
  })
  void aProductThatFitsNoAlternativeIsNotReleased(String code, String text) {
    assertEquals(Optional.empty(), release(code, text), text);
  }

  @Test
  void aNoteReleasesOnlyTheCodesItNames() {
    // 9A999.a's Note names a.1 and a.2 only; 9A999.c is not a surveillance node at all
    assertEquals(Optional.empty(), release("9A999.c", "Widgets for toys"));
  }

  @Test
  void aSentenceThatDoesNotReleaseIsNotReadAsAClause() {
    List<String> checked = NOTES.clausesChecked(ControlCode.parse("9E999.c"), LIST);
    assertEquals(1, checked.size(), checked.toString());
  }

  @Test
  void theClauseReaderSplitsEnumerationsHeadsAndQuotedTerms() {
    List<SurveillanceClause> clauses = SurveillanceClause.read(ControlCode.parse("9A998.b.2"),
        LIST.get(ControlCode.parse("9A998.b.2")).notes().get(0));
    assertEquals(2, clauses.size());
    assertEquals("Note 1", clauses.get(0).label());
    assertEquals(List.of(ControlCode.parse("9A998.b")), clauses.get(1).releases());
    assertEquals(List.of("Debuggers, hypervisors", "Items limited to shallow copying",
        "Copying items using pin probing or JTAG", "Items specially designed and limited to unlocking toys"),
        clauses.get(1).alternatives());
    SurveillanceClause quoted = SurveillanceClause.read(ControlCode.parse("9E999.c"),
        LIST.get(ControlCode.parse("9E999.c")).notes().get(0)).get(0);
    assertEquals(List.of("flaw reporting", "breach coordination"), quoted.alternatives());
    SurveillanceClause conjunctive = SurveillanceClause.read(ControlCode.parse("9D999"),
        LIST.get(ControlCode.parse("9D999")).notes().get(0)).get(0);
    assertTrue(conjunctive.conjunctive());
    assertEquals(2, conjunctive.alternatives().size(), conjunctive.alternatives().toString());
  }

  @Test
  void unknownCodesAndEmptyTextsReleaseNothing() {
    assertEquals(Optional.empty(), release("9A997", "Listening kit for harbour VHF channels"));
    assertEquals(Optional.empty(), release("9A999.a.1", ""));
    assertEquals(Optional.empty(), NOTES.release(ControlCode.parse("9A999.a.1"), null, LIST));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "alias\tQoS\ten\tshaping",         // four columns: no source
      "alias\tQoS\ten\tshaping\t ",     // blank source
      "alias\tQoS\tenglish\tshaping\ts", // language
      "defining\t9Z999\ten\tx\ts",     // not a code
      "synonym\tQoS\ten\tshaping\ts",  // kind
      "alias\tQoS\ten\t!shaping\ts",   // negated
  })
  void aBadSupplementRowIsReportedWithItsLine(String bad) {
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> CyberSurveillanceNotes.read(new StringReader("# c\n" + bad + "\n"), "s.tsv"));
    assertEquals(2, e.line(), e.getMessage());
  }

  @Test
  void theBundledSupplementLoads() {
    assertTrue(CyberSurveillanceNotes.standard() != null);
  }

  @Property(tries = 200)
  void neverThrowsOnAnyText(@ForAll String text) {
    NOTES.release(ControlCode.parse("9A999.a.1"), text, LIST);
    NOTES.release(ControlCode.parse("9D999"), text, LIST);
  }
}

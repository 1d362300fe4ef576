package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the 2025 text: one note per header, each on the node it speaks of (issue 12's examples). */
class NotesOnTheEuListTest {
  private static AnnexSource source;
  private static ControlList list;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(OfficialTexts.eu2025Json())) {
      source = new EuConsolidatedJsonReader().read(in, "annex_i_02021R0821-20251115.json");
    }
    list = new AnnexParser().parse(source);
  }

  private static List<String> labels(String code) {
    return notes(code).stream().map(n -> n.kind() + " " + n.label()).toList();
  }

  private static List<Note> notes(String code) {
    return list.find(code).map(ControlNode::notes).orElseThrow(() -> new AssertionError("no node " + code));
  }

  @Test
  void theNoteCountsByKindAreTheHeadersOfTheText() {
    for (NoteKind kind : NoteKind.values()) {
      long parsed = list.nodes().flatMap(n -> n.notes().stream())
          .filter(n -> n.kind() == kind).count();
      int printed = NoteHeaders.count(source, kind);
      System.out.println(kind + ": parsed " + parsed + ", headers in the text " + printed);
      assertEquals(printed, parsed, kind.toString());
    }
  }

  @Test
  void noNoteSwallowsTheNextOne() {
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        assertFalse(note.text().matches("(?s).*[.;]\\s+(Technical Notes?|Notes?(\\s+\\d+)?)\\s*:.*")
                && !note.text().matches("(?s).*purposes of \\S+\\.\\s+Notes?\\s*:.*"),
            node.code() + " " + note.label() + " holds another note: " + note.text());
        assertFalse(note.text().contains("N.B."), node.code() + " " + note.label() + " holds an N.B.: " + note.text());
      }
    }
  }

  @Test
  void theTechnicalNoteOf3E001Note3IsANoteOfItsOwn() {
    assertEquals(List.of("NOTE Note 1", "NOTE Note 2", "NOTE Note 3", "TECHNICAL_NOTE Technical Note"), labels("3E001"));
  }

  @Test
  void theNotesOf4A003gAndTheCitationInItsTechnicalNotesStayApart() {
    assertEquals(List.of("NOTE Note", "TECHNICAL_NOTE Technical Notes"), labels("4A003.g"));
  }

  @Test
  void theNotes1And2Of5A004bAreOnIt() {
    assertEquals(List.of("NOTE Note 1", "NOTE Note 2"), labels("5A004.b"));
  }

  @Test
  void theNotesOf1C010eAreOn1C010eNotOnItsFirstItem() {
    assertEquals(List.of("NOTE Note 1", "NOTE Note 2", "TECHNICAL_NOTE Technical Notes"), labels("1C010.e"));
    assertTrue(notes("1C010.e.1").isEmpty(), labels("1C010.e.1").toString());
  }

  @Test
  void bothNote4sOf1C450AreKept() {
    assertEquals(2, labels("1C450").stream().filter("NOTE Note 4"::equals).count(), labels("1C450").toString());
  }

  @Test
  void aTechnicalNoteInsideTheListOf0B006sNoteLeavesTheListWhole() {
    Note note = notes("0B006").get(0);
    assertTrue(note.text().contains("f. "), note.text());
    assertTrue(notes("0B006").stream().anyMatch(n -> n.kind() == NoteKind.TECHNICAL_NOTE));
  }
}

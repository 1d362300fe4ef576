package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.ListStatistics;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.ReleaseClause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release clauses the parser reads, once per note, on the 2025 EU list (read from the official
 * text in {@code dualuse.shared}): how many notes release, with which verbs, and the cyber-surveillance
 * notes whose clauses decide the surveillance releases.
 */
class ReleaseClausesOnTheEuListTest {
  private static ControlList list;

  @BeforeAll
  static void read() throws IOException {
    list = OfficialTexts.parseEu2025();
  }

  private static Note note(String code, String label) {
    return OfficialTexts.note(list, code, label);
  }

  @Test
  void theReleasingNotesAndTheirVerbsAreCounted() {
    // 232 before the one reader: five technical notes that define a measure ("... does not include
    // fixtures") no longer release; 3A101.b ("does not specify") and 1B117 ("does not refer to") do
    assertEquals(229, ListStatistics.of(list).decontrolNotes());
    Map<String, Integer> verbs = new TreeMap<>();
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        note.releaseClause().ifPresent(c -> verbs.merge(c.verb(), 1, Integer::sum));
      }
    }
    assertEquals(Map.of("does not control", 214, "do not control", 5, "does not apply to", 5,
        "does not apply for", 1, "does not include", 2, "does not specify", 1, "does not refer to", 1), verbs);
  }

  @Test
  void onlyNotesRelease() {
    List<String> odd = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        if (note.decontrol() && note.kind() != NoteKind.NOTE && note.releaseClause().get().label().isEmpty()) {
          odd.add(node.code() + " " + note.label());
        }
        if (note.kind() == NoteKind.NOTE && note.text().contains("does not control") && !note.decontrol()) {
          odd.add(node.code() + " " + note.label() + " (not read)");
        }
      }
    }
    assertEquals(List.of(), odd);
    // the one technical note that releases holds a note printed inside it
    Note aspheric = list.get(ControlCode.parse("6A004.e")).notes().stream().filter(Note::decontrol).findFirst().orElseThrow();
    assertEquals(NoteKind.TECHNICAL_NOTE, aspheric.kind());
    assertEquals(List.of(ControlCode.parse("6A004.e")), aspheric.releases());
    assertTrue(aspheric.exclusion().isPresent());
  }

  @Test
  void theForensicNotesTo5A004bReleaseWhatTheySay() {
    ReleaseClause development = note("5A004.b", "Note 1").releaseClause().orElseThrow();
    assertEquals("does not control", development.verb());
    assertTrue(development.words().contains("\"development\" or \"production\" of a computing or communications device"),
        development.words());
    ReleaseClause tools = note("5A004.b", "Note 2").releaseClause().orElseThrow();
    assertEquals("does not include", tools.verb());
    assertEquals(List.of(ControlCode.parse("5A004.b")), note("5A004.b", "Note 2").releases());
    for (String alternative : List.of("a. Debuggers, hypervisors", "b. Items limited to logical data extraction",
        "c. Data extraction items using chip-off or JTAG", "d. Items specially designed and limited to jail-breaking")) {
      assertTrue(tools.words().contains(alternative), alternative + " in " + tools.words());
    }
  }

  @Test
  void theNoteTo5D001eReleasesItsFivePurposes() {
    Note note = note("5D001.e", "Note");
    ReleaseClause c = note.releaseClause().orElseThrow();
    assertEquals(List.of(ControlCode.parse("5D001.e")), note.releases());
    for (String purpose : List.of("Billing purposes", "Network Quality of Service (QoS)", "Quality of Experience (QoE)",
        "Mediation devices", "Mobile payment or banking use")) {
      assertTrue(c.words().contains(purpose), purpose + " in " + c.words());
    }
  }

  @Test
  void theCryptographyNoteReleasesTheCodesItOpensWith() {
    ReleaseClause c = list.documents().stream().filter(d -> d.text().contains("Cryptography Note"))
        .map(d -> ReleaseClause.find(d.text().substring(d.text().indexOf("Cryptography Note"))))
        .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
    assertTrue(c.subject().contains("5A002") && c.subject().contains("5D002"), c.subject());
    assertTrue(c.allOf(), c.words());
  }
}

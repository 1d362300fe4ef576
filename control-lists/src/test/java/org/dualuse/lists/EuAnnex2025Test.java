package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermKind;
import org.dualuse.core.model.TermUse;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ParseReport;
import org.dualuse.core.parse.ParsedAnnex;
import org.dualuse.core.parse.ProvisionKind;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2025 consolidated text, read from {@code dualuse.shared}, parsed into the full model. */
class EuAnnex2025Test {
  private static AnnexSource source;
  private static ParsedAnnex parsed;
  private static ControlList list;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(OfficialTexts.eu2025Json())) {
      source = new EuConsolidatedJsonReader().read(in, "annex_i_02021R0821-20251115.json");
    }
    parsed = new AnnexParser().parseWithReport(source);
    list = parsed.list();
    System.out.println(parsed.report().summary());
  }

  @Test
  void theReaderFindsEveryProvisionLineWithItsKind() {
    assertEquals(4222, source.provisions().size());
    assertEquals(347, count(ProvisionKind.NOTE));
    assertEquals(270, count(ProvisionKind.TECHNICAL_NOTE));
    assertEquals(155, count(ProvisionKind.NB));
  }

  @Test
  void theProvenanceCarriesTheDigestOfTheBytesRead() {
    assertEquals("f4ce02aed08a1b405b0e0fd38490192986291ca0c9ef05c544ca800f810829b9", list.provenance().sha256());
    assertEquals("eu-annex-i-2025-11-15", list.id());
  }

  @Test
  void allEntriesAreBuilt() {
    assertEquals(384, list.entries().size());
    assertTrue(list.find("3A501").isPresent() && list.find("4A507").isPresent());
  }

  @Test
  void everyNoteIsAttachedAndTyped() {
    Map<String, Integer> notes = parsed.report().notesByKind();
    ParseReport r = parsed.report();
    // 772 note provisions in the source; 43 more note headers stand inside their lines ("... c.
    // Krypton. Technical Note: ..."), each a note of its own; a note printed twice is kept twice
    assertEquals(1, r.duplicateNotesMerged());
    assertEquals(347 + 270 + 155 + 43, notes.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(NoteHeaders.count(source, NoteKind.NOTE), notes.get("NOTE"));
    assertEquals(NoteHeaders.count(source, NoteKind.TECHNICAL_NOTE), notes.get("TECHNICAL_NOTE"));
    assertEquals(NoteHeaders.count(source, NoteKind.NB), notes.get("NB"));
  }

  @Test
  void mostProvisionsThatStateABoundHaveItTyped() {
    // measured 2026-12-07: 1,159 provisions state a bound, 1,025 fully typed, 34 partly, 100 untyped (8.6 %)
    org.dualuse.core.model.ListStatistics s = org.dualuse.core.model.ListStatistics.of(list);
    assertTrue(s.thresholdProvisions() >= 1100, "threshold provisions " + s.thresholdProvisions());
    assertTrue(s.thresholdProvisionsTyped() >= 1000, "typed " + s.thresholdProvisionsTyped());
    assertTrue(s.thresholdProvisionsUntypedShare() <= 0.09, "untyped share " + s.thresholdProvisionsUntypedShare());
  }

  @Test
  void decontrolNotesReleaseTheCodesTheyName() {
    Note note = list.find("0A001.i").orElseThrow().notes().get(0);
    assertTrue(note.decontrol());
    assertEquals(List.of(ControlCode.parse("0A001.i")), note.releases());
  }

  @Test
  void lettersInsideANoteAreNotItems() {
    assertFalse(list.find("5A004.b.2.a").isPresent());
    assertTrue(list.find("5A004.b.2").orElseThrow().isLeaf());
    assertFalse(list.find("9A004.f.2.1").isPresent());
    assertTrue(list.nodes().flatMap(n -> n.notes().stream()).anyMatch(n -> n.text().contains("a. Debuggers")));
  }

  @Test
  void notesAboutTheirAncestorMoveToIt() {
    ControlNode n1C450 = list.find("1C450").orElseThrow();
    assertTrue(n1C450.notes().stream().anyMatch(n -> n.text().startsWith("1C450 does not control")));
    assertTrue(list.find("1C450.a").orElseThrow().notes().stream()
        .noneMatch(n -> n.text().startsWith("1C450 does not control")));
  }

  @Test
  void itemsNumberedAtTheWrongLevelAreMovedBack() {
    assertTrue(list.find("1C010.e.1.b.2").isPresent());
    assertTrue(list.find("1C010.e.2.c").isPresent());
    assertFalse(list.find("1C010.1").isPresent());
  }

  @Test
  void childLogicIsReadFromTheText() {
    assertEquals(ChildLogic.AS_FOLLOWS, list.find("0A001").orElseThrow().childLogic());
    assertEquals(ChildLogic.ALL_OF, list.find("5A004.b").orElseThrow().childLogic());
    assertTrue(list.nodes().filter(n -> !n.isLeaf()).filter(n -> n.childLogic() == ChildLogic.NONE).count() < 40);
  }

  @Test
  void notUsedItemsAreFlagged() {
    assertTrue(list.find("6A008.l.2").orElseThrow().notUsed());
  }

  @Test
  void definitionsAreRead() {
    assertEquals(175, list.definitions().size());
    assertTrue(list.definitions().values().stream().anyMatch(d -> d.acronyms().contains("MMIC")));
    assertTrue(list.documents(DocumentKind.CRYPTOGRAPHY_NOTE).size() == 1);
  }

  @Test
  void atLeast95PercentOfQuotedTermsResolve() {
    Map<String, Integer> unresolved = new TreeMap<>();
    java.util.Set<String> all = new java.util.HashSet<>();
    java.util.Set<String> ok = new java.util.HashSet<>();
    list.nodes().forEach(n -> {
      for (TermUse t : n.terms()) {
        if (t.kind() == TermKind.GLOBAL) {
          String k = t.surface().toLowerCase();
          all.add(k);
          if (t.resolved()) {
            ok.add(k);
          }
        }
      }
    });
    all.stream().filter(k -> !ok.contains(k)).forEach(k -> unresolved.put(k, 1));
    System.out.println("unresolved quoted terms (" + unresolved.size() + " of " + all.size() + "): " + unresolved.keySet());
    assertTrue(ok.size() >= 0.95 * all.size(), ok.size() + " of " + all.size());
    assertTrue(list.nodes().flatMap(n -> n.terms().stream())
        .anyMatch(t -> t.surface().startsWith("MMIC") && "Monolithic Microwave Integrated Circuit".equals(t.term())),
        "acronyms resolve to their term");
  }

  @Test
  void localTermsAreLinked() {
    long all = list.nodes().flatMap(n -> n.terms().stream()).filter(t -> t.kind() == TermKind.LOCAL).count();
    List<String> un = list.nodes().flatMap(n -> n.terms().stream().filter(t -> t.kind() == TermKind.LOCAL && !t.resolved())
        .map(t -> n.code() + " '" + t.surface() + "'")).toList();
    System.out.println("unresolved local terms (" + un.size() + " of " + all + "): " + un);
    assertTrue(un.size() <= 0.1 * all, "at least 90 % of 'local' term uses link to a note");
    assertTrue(list.find("0A001.h").orElseThrow().terms().stream()
        .anyMatch(t -> t.kind() == TermKind.LOCAL && t.resolved()));
  }

  @Test
  void everyReferenceResolvesOrIsListed() {
    List<String> unresolved = new ArrayList<>();
    list.nodes().forEach(n -> {
      for (Reference r : n.references()) {
        if (!list.contains(r.target())) {
          unresolved.add(n.code() + " -> " + r.surface());
        }
      }
    });
    System.out.println("unresolved references (" + unresolved.size() + "): " + unresolved);
    assertTrue(unresolved.isEmpty(), "every reference names a node of the list");
    assertTrue(parsed.report().references() > 1500);
  }

  @Test
  void everyItemLineBecomesANodeExceptContinuationsAndNoteListItems() {
    ParseReport r = parsed.report();
    long itemLines = count(ProvisionKind.ITEM);
    assertEquals(3450, itemLines);
    assertEquals(itemLines - r.continuationLines() - r.noteListItems(), list.allNodes().size());
    assertEquals(3036, list.itemCount());
  }

  @Test
  void theRepairsTouchedTheKnownArtefacts() {
    ParseReport r = parsed.report();
    assertEquals(7, r.continuationLines());
    assertEquals(23, r.noteListItems());
    assertEquals(9, r.renumberedItems());
    assertTrue(r.notesReattached() >= 10, "notes reattached: " + r.notesReattached());
  }

  @Test
  void parsingIsDeterministic() {
    ControlList again = new AnnexParser().parse(source);
    assertEquals(list.allNodes(), again.allNodes());
  }

  private static long count(ProvisionKind kind) {
    return source.provisions().stream().filter(p -> p.kind() == kind).count();
  }
}

package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * The module's knowledge files against the real 2025 list (read from ../shared at build time): every
 * code exists, every coded subject is named in English and German, every entry (groups A to E) has a subject,
 * every CAS number the annex prints is in the chemicals file, no pointer is a single generic word.
 * Each test prints what fails.
 */
class RealKnowledgeTest {

  private static final ControlList LIST = ControlLists.get("eu-annex-i-2025-11-15");
  private static final Knowledge KNOWLEDGE = Knowledge.standard();
  private static final Pattern CAS_SHAPE = Pattern.compile("(?<![0-9-])[0-9]{2,7}-[0-9]{2}-[0-9](?![0-9-])");

  @Test
  void everyCodeOfTheFilesIsANodeOfTheList() {
    Set<String> unknown = new TreeSet<>();
    for (Subject s : KNOWLEDGE.subjects().all()) {
      s.names().values().forEach(n -> {
        if (!LIST.contains(s.code())) {
          unknown.add(s.code() + " (" + n.file() + ":" + n.line() + ")");
        }
      });
    }
    for (Chemical c : KNOWLEDGE.chemicals().all()) {
      if (!LIST.contains(c.code())) {
        unknown.add(c.code() + " (" + c.file() + ":" + c.line() + ")");
      }
    }
    for (Material m : KNOWLEDGE.materials().all()) {
      for (ControlCode code : m.codes()) {
        if (!LIST.contains(code)) {
          unknown.add(code + " (" + m.file() + ":" + m.line() + ")");
        }
      }
    }
    assertEquals(Set.of(), unknown, "codes the 2025 list does not have");
  }

  @Test
  void everyCodedSubjectIsNamedInEnglishAndGerman() {
    List<String> missing = new ArrayList<>();
    for (Subject s : KNOWLEDGE.subjects().all()) {
      for (String language : List.of("en", "de")) {
        if (s.in(language).isEmpty()) {
          missing.add(s.code() + " has no '" + language + "' row");
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * The entries the subjects files leave out: umbrella entries ("Electronic items as follows") whose
   * items have subjects of their own, but which have no row themselves. Empty since the files are
   * complete; the test below fails when an entry joins or leaves this set.
   */
  private static final List<String> KNOWN_WITHOUT_SUBJECT = List.of();

  /**
   * Every entry that is not "Not used" has a subject, in the goods groups (A, B, C) and in the software
   * and technology groups (D, E), whose entries name the goods their software or technology is for.
   */
  @Test
  void everyEntryOfEveryGroupHasASubjectButTheKnownGaps() {
    List<String> without = new ArrayList<>();
    Map<ProductGroup, int[]> byGroup = new TreeMap<>();
    for (ControlNode entry : LIST.entries()) {
      if (entry.notUsed()) {
        continue;
      }
      int[] counts = byGroup.computeIfAbsent(entry.code().group(), g -> new int[2]);
      counts[0]++;
      if (KNOWLEDGE.subjects().of(entry.code()).isPresent()) {
        counts[1]++;
      } else {
        without.add(entry.code().toString());
      }
    }
    byGroup.forEach((g, c) -> System.out.println("entries of group " + g + " with a subject: " + c[1] + " of " + c[0]));
    assertEquals(Set.of(ProductGroup.values()), byGroup.keySet(), "every group has entries");
    assertEquals(KNOWN_WITHOUT_SUBJECT, without, "entries (A to E) without a subject");
  }

  /** What {@code stats --json} reports as {@code subjectCoverage} is complete on the real list. */
  @Test
  void subjectCoverageOfTheGoodsEntriesIsComplete() {
    KnowledgeStatistics stats = KnowledgeStatistics.of(LIST, KNOWLEDGE, Map.of());
    System.out.println("goods entries with a subject: " + stats.goodsEntriesWithSubject() + " of " + stats.goodsEntries());
    assertTrue(stats.goodsEntries() > 250, "the goods entries of the list: " + stats.goodsEntries());
    assertEquals(stats.goodsEntries(), stats.goodsEntriesWithSubject());
    assertEquals(1.0, stats.subjectCoverage());
  }

  @Test
  void everyProductTypeNamesASubjectOfTheFiles() {
    assertEquals(List.of(), KNOWLEDGE.subjects().unresolvedProductTypes().stream()
        .map(t -> t.term() + " -> " + t.subject() + " (" + t.file() + ":" + t.line() + ")").toList());
  }

  @Test
  void everyCasNumberTheAnnexPrintsIsInTheChemicalsFile() {
    Set<String> known = new LinkedHashSet<>(KNOWLEDGE.chemicals().casNumbers());
    Map<String, String> missing = new TreeMap<>();
    for (ControlNode node : LIST.allNodes()) {
      List<String> texts = new ArrayList<>();
      texts.add(node.text());
      node.notes().stream().map(Note::text).forEach(texts::add);
      for (String text : texts) {
        Matcher m = CAS_SHAPE.matcher(text);
        while (m.find()) {
          if (!known.contains(m.group())) {
            missing.put(m.group(), node.code().toString());
          }
        }
      }
    }
    assertEquals(Map.of(), missing, "CAS numbers of the annex (-> the node printing them) not in chemicals.tsv");
  }

  @Test
  void everyCasNumberTheAnnexPrintsHasAValidCheckDigit() {
    Set<String> invalid = new TreeSet<>();
    for (ControlNode node : LIST.allNodes()) {
      Matcher m = CAS_SHAPE.matcher(node.text());
      while (m.find()) {
        if (!CasNumber.isValid(m.group())) {
          invalid.add(m.group() + " in " + node.code());
        }
      }
    }
    assertEquals(Set.of(), invalid);
  }

  /**
   * The single substances the annex names, listed with the chemicals.tsv row that holds each
   * ({@code annex-named-chemicals.tsv}, names only): each name is printed in its entry, each row is in
   * the file with a German name and with a CAS number, but for the substances the list marks
   * {@code unknown} (no number known to the writers, named in the knowledge README), which must have
   * none, so that the list is kept when a number is added.
   */
  @Test
  void everySubstanceTheAnnexNamesIsInTheChemicalsFileWithCasAndGermanName() throws java.io.IOException {
    Map<String, StringBuilder> entryText = new TreeMap<>();
    for (ControlNode node : LIST.allNodes()) {
      StringBuilder b = entryText.computeIfAbsent(node.code().entry().toString(), k -> new StringBuilder());
      b.append(' ').append(node.text());
      node.notes().forEach(n -> b.append(' ').append(n.text()));
    }
    Map<String, Chemical> rows = new TreeMap<>();
    KNOWLEDGE.chemicals().all().forEach(c -> rows.putIfAbsent(c.code() + "\t" + c.nameEn(), c));
    List<String> bad = new ArrayList<>();
    int listed = 0;
    int withCas = 0;
    try (var in = RealKnowledgeTest.class.getResourceAsStream("annex-named-chemicals.tsv");
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
            java.util.Objects.requireNonNull(in, "annex-named-chemicals.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        assertEquals(4, c.length, "annex-named-chemicals.tsv:" + number + " needs 4 columns");
        listed++;
        String where = c[0] + " " + c[1] + " (line " + number + ")";
        StringBuilder text = entryText.get(ControlCode.parse(c[0]).entry().toString());
        if (text == null || !squeeze(text.toString()).contains(squeeze(c[1]))) {
          bad.add(where + ": the annex does not name it in its entry");
        }
        Chemical row = rows.get(c[0] + "\t" + c[2]);
        if (row == null) {
          bad.add(where + ": no chemicals.tsv row '" + c[2] + "' under " + c[0]);
          continue;
        }
        if (row.nameDe().isBlank()) {
          bad.add(where + ": no German name");
        }
        boolean unknown = c[3].equals("unknown");
        if (!unknown && row.cas().isEmpty()) {
          bad.add(where + ": no CAS number");
        } else if (unknown && row.cas().isPresent()) {
          bad.add(where + ": has CAS " + row.cas().get() + " now; mark it 'cas' and take it out of the README's unknowns");
        }
        withCas += row.cas().isPresent() ? 1 : 0;
      }
    }
    System.out.println("annex-named substances: " + listed + ", with CAS number and German name: " + withCas
        + ", CAS number unknown: " + (listed - withCas));
    assertEquals(List.of(), bad);
    assertTrue(listed > 300, "the list lost rows: " + listed);
  }

  private static String squeeze(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
  }

  @Test
  void everyChemicalHasAGermanName() {
    List<String> bad = new ArrayList<>();
    for (Chemical c : KNOWLEDGE.chemicals().all()) {
      if (c.nameDe().isBlank()) {
        bad.add(c.nameEn() + " has no German name (" + c.file() + ":" + c.line() + ")");
      }
    }
    assertEquals(List.of(), bad);
    // a row without a CAS number names a class of substances, a mixture or a material that has none;
    // the annex's own CAS numbers are all in the file (the test above)
    KNOWLEDGE.chemicals().all().stream().filter(c -> c.cas().isEmpty())
        .forEach(c -> System.out.println("no CAS number: " + c.code() + " " + c.nameEn()));
  }

  @Test
  void noPointerIsASingleGenericWord() {
    GenericWords generic = new GenericWords(LIST, List.of("pump", "Pumpe", "Ventil", "laser", "inverter"));
    List<String> bad = new ArrayList<>();
    for (Pointer m : KNOWLEDGE.pointers(LIST)) {
      if (generic.isGeneric(m.phrase())) {
        bad.add(m.phrase() + " (" + m.file() + ":" + m.line() + ")");
      }
    }
    assertEquals(List.of(), bad);
    List<String> pointed = KNOWLEDGE.pointers(LIST).stream().map(Pointer::phrase).toList();
    for (String word : List.of("Pumpe", "Ventil", "laser", "Laser", "inverter", "pump", "valve")) {
      assertTrue(!pointed.contains(word), word + " points at " + pointed.indexOf(word));
    }
  }

  @Test
  void pointersSpeakEnglishAndGerman() {
    Map<String, Integer> byLanguage = new TreeMap<>();
    KNOWLEDGE.pointers(LIST).forEach(p -> byLanguage.merge(p.language(), 1, Integer::sum));
    assertTrue(byLanguage.getOrDefault("en", 0) > 1000, byLanguage::toString);
    assertTrue(byLanguage.getOrDefault("de", 0) > 1000, byLanguage::toString);
  }
}

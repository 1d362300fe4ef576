package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexes the build bundles: current for the bundled lists, and the index that building gives. */
class BundledIndexTest {

  @Test
  void everyBundledListHasACurrentBundledIndex() {
    for (String id : ControlLists.ids()) {
      try (ListIndex index = ListIndex.inMemory(ControlLists.get(id))) {
        assertTrue(index.wordsReadBack(), "the index of " + id + " was built: the bundled one is missing or stale");
        assertTrue(index.impactsBundled(), "the impacts of " + id + " were read from the index, not the bundled ones");
      }
    }
  }

  @Test
  void theBundledIndexHoldsWhatBuildingTheIndexGives(@TempDir Path dir) {
    ControlList list = ControlLists.eu();
    try (ListIndex bundled = ListIndex.inMemory(list); ListIndex built = ListIndex.onDisk(list, dir)) {
      assertTrue(bundled.wordsReadBack());
      assertFalse(built.wordsReadBack());
      assertEquals(built.size(), bundled.size());
      Set<String> terms = new TreeSet<>();
      for (ControlNode node : list.allNodes()) {
        ListIndex.NodeWords a = built.wordsOf(node.code());
        ListIndex.NodeWords b = bundled.wordsOf(node.code());
        assertEquals(a == null, b == null, "indexed or not: " + node.code());
        if (a != null) {
          assertEquals(a.own(), b.own(), "own words of " + node.code());
          assertEquals(a.all(), b.all(), "all words of " + node.code());
          assertEquals(a.casNumbers(), b.casNumbers(), "CAS numbers of " + node.code());
          terms.addAll(a.all());
        }
      }
      for (String t : terms) {
        assertEquals(built.idf(t), bundled.idf(t), "idf of " + t);
      }
      for (String text : List.of("Handheld thermal imaging camera 640 x 512, 60 Hz", "Wärmebildkamera ungekühlt",
          "IMSI catcher for GSM and LTE", "Thiodiglycol 111-48-8 drum", "software for 5A001.f", "office chair")) {
        assertEquals(built.search(text, 20), bundled.search(text, 20), text);
      }
      assertSameVocabularyReading(built, bundled);
    }
  }

  @Test
  void anIndexReusedOnDiskHoldsWhatBuildingItGivesForEveryKindOfVocabularyRow(@TempDir Path dir) {
    // the knowledge vocabulary has them all: hints and retrieval pointers, rows of five languages,
    // CAS numbers, and grades the analysis would cut short ("Inconel 718"), found as written
    ControlList list = ControlLists.eu();
    Vocabulary vocabulary = Vocabulary.withKnowledge(list);
    try (ListIndex built = ListIndex.onDisk(list, dir, vocabulary)) {
      assertFalse(built.wordsReadBack());
      try (ListIndex reused = ListIndex.onDisk(list, dir, vocabulary)) {
        assertTrue(reused.wordsReadBack(), "the index in " + dir + " was built again instead of reused");
        for (ControlNode node : list.allNodes()) {
          assertEquals(built.wordsOf(node.code()), reused.wordsOf(node.code()), "words of " + node.code());
        }
        assertSameVocabularyReading(built, reused);
      }
    }
  }

  /**
   * What an index makes of its vocabulary: the languages of the words its rows give each document, and
   * the hits, hints and pointers of texts read in each language.
   */
  private static void assertSameVocabularyReading(ListIndex expected, ListIndex actual) {
    for (String field : IndexFields.WORD_FIELDS) {
      assertEquals(expected.termLanguages(field), actual.termLanguages(field), "languages of the terms of " + field);
    }
    assertFalse(expected.termLanguages(IndexFields.F_VOCAB).isEmpty(), "no vocabulary terms with languages");
    for (String text : List.of("Wärmebildkamera ungekühlt 640x480", "caméra thermique non refroidie",
        "termocamera non raffreddata", "IMSI catcher for GSM and LTE", "Inconel 718 Stangen, geschmiedet",
        "Ti-6Al-4V bar stock", "Thiodiglycol 111-48-8 drum", "Druckbehälter aus Titan, 300 bar",
        "weather radar antenna", "Pumpe für Gartenteich", "Frequenzumrichter 600 Hz 50 kW")) {
      for (String language : new String[] {null, "en", "de", "fr", "it"}) {
        Optional<String> l = Optional.ofNullable(language);
        AnalyzedText e = expected.analyze(text, l);
        AnalyzedText a = actual.analyze(text, l);
        assertEquals(e, a, "analysis (compound parts) of " + text);
        assertEquals(expected.find(e, 20), actual.find(a, 20), text + " in " + l);
        assertEquals(expected.pointersIn(e), actual.pointersIn(a), "pointers in " + text + " in " + l);
      }
    }
  }

  @Test
  void theSearcherOfABundledIndexOpensItsLuceneFilesWhenAskedFor() {
    // FindMatchesSearcherProperties checks, on this very index, that the searcher ranks as the impacts do
    try (ListIndex index = ListIndex.inMemory(ControlLists.eu())) {
      assertTrue(index.impactsBundled());
      assertEquals(index.size(), index.searcher().getIndexReader().maxDoc());
    }
  }

  @Test
  void anIndexOfAnotherVocabularyIsBuiltNotBundled() {
    try (ListIndex index = ListIndex.inMemory(ControlLists.eu(), Vocabulary.withTranslations())) {
      assertFalse(index.wordsReadBack());
    }
  }
}

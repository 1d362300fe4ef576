package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void readsPhraseCodesAndLanguage() {
    Vocabulary v = WidgetList.vocabulary();
    assertEquals(3, v.mappings().size());
    Vocabulary.Mapping first = v.mappings().get(0);
    assertEquals("gizmo amp", first.phrase());
    assertEquals(List.of(WidgetList.code("9A999.b")), first.codes());
    assertEquals("en", first.language());
    assertEquals(2, first.line());
  }

  @Test
  void aLineWithTwoColumnsIsAnErrorNamingFileAndLine() {
    VocabularyFormatException e = assertThrows(VocabularyFormatException.class,
        () -> Vocabulary.read(new StringReader("# c\nthermal camera\t6A003.b.4\n"), "v.tsv"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("v.tsv:2:"), e.getMessage());
  }

  @Test
  void aRowWithoutItsSourceIsAnErrorNamingFileAndLine() {
    VocabularyFormatException e = assertThrows(VocabularyFormatException.class,
        () -> Vocabulary.read(new StringReader("# c\nwidget\t9A999\ten\t \n"), "v.tsv"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("source"), e.getMessage());
  }

  @Test
  void everyRowOfTheBundledDataFilesNamesItsSource() {
    // the readers refuse a row without one; loading the standard vocabulary proves all rows have it
    assertTrue(Vocabulary.standard().mappings().size() > 300);
  }

  @Test
  void aBadCodeIsAnErrorNamingTheCode() {
    VocabularyFormatException e = assertThrows(VocabularyFormatException.class,
        () -> Vocabulary.read(new StringReader("widget\t9Z999\ten\tsynonym\n"), "v.tsv"));
    assertTrue(e.getMessage().contains("9Z999"), e.getMessage());
  }

  @Test
  void aBadLanguageIsAnError() {
    assertThrows(VocabularyFormatException.class,
        () -> Vocabulary.read(new StringReader("widget\t9A999\tEnglish\tsynonym\n"), "v.tsv"));
  }

  @Test
  void theStandardVocabularyLoadsBothFiles() {
    Vocabulary v = Vocabulary.standard();
    assertTrue(v.mappings().stream().anyMatch(m -> m.source().equals(Vocabulary.OWN_RESOURCE)));
    assertTrue(v.mappings().stream().anyMatch(m -> m.source().equals(Vocabulary.SURVEILLANCE_RESOURCE)));
    assertTrue(v.mappings().stream().anyMatch(m -> m.language().equals("de")), "German terms are there");
  }

  @Test
  void everyCodeInTheVocabularyExistsInThe2025List() {
    ControlList eu = ControlLists.eu();
    List<Vocabulary.Mapping> unresolved = Vocabulary.standard().unresolvedIn(eu);
    unresolved.forEach(m -> System.out.println("not in " + eu.id() + ": " + m.source() + ":" + m.line() + " " + m.phrase() + " -> " + m.codes()));
    assertEquals(List.of(), unresolved);
    assertFalse(Vocabulary.standard().mappings().isEmpty());
  }

  @Test
  void theReviewedTranslationsLoadResolveAndStayOutOfTheStandardVocabulary() {
    ControlList eu = ControlLists.eu();
    Vocabulary all = Vocabulary.withTranslations();
    List<Vocabulary.Mapping> added = all.mappings().stream()
        .filter(m -> m.source().equals(Vocabulary.TRANSLATIONS_RESOURCE)).toList();
    assertTrue(added.size() > 3500, "rows: " + added.size());
    for (String lang : List.of("de", "fr", "it")) {
      assertTrue(added.stream().filter(m -> m.language().equals(lang)).count() > 1000, lang);
    }
    assertEquals(List.of(), all.unresolvedIn(eu).stream().filter(added::contains).toList());
    assertTrue(Vocabulary.standard().mappings().stream().noneMatch(m -> m.source().equals(Vocabulary.TRANSLATIONS_RESOURCE)));
  }
}

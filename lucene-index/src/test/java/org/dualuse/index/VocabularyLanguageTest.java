package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Vocabulary rows apply to texts of their own language (and of none known); names with digits are
 * found as written; a CAS number row points at its chemical; retrieval pointers rank but are no
 * hints, and the words they negate are none their node matched. On the synthetic widget list, on
 * both directories.
 */
class VocabularyLanguageTest {

  private static final ControlCode GIZMO = ControlCode.parse("9A999.b");
  private static final ControlCode DOOHICKEY = ControlCode.parse("8A997");
  private static final ControlCode WIDGETOL = ControlCode.parse("1C999");

  private static Vocabulary vocabulary() {
    Vocabulary rows = Vocabulary.read(new StringReader(String.join("\n",
        "Gizmo Bauteil\t9A999.b\tde\ttranslation (de)",
        "Gizmoalloy 718\t8A997\tmul\ttrade name",
        "7664-41-7\t1C999\tmul\tIUPAC/CAS registry",
        "")), "widgets-languages.tsv");
    Vocabulary pointers = Vocabulary.of(List.of(new Vocabulary.Mapping("tiefseedoohickey", List.of(DOOHICKEY), "de",
        "knowledge.tsv", 1, Vocabulary.Strength.RETRIEVAL)));
    return rows.plus(pointers);
  }

  private static java.util.Map<ControlCode, List<String>> phrases(ListIndex index, String text, String language) {
    return index.phrasesIn(index.analyze(text, Optional.ofNullable(language)));
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aPhraseOfAnotherLanguageDoesNotApply(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), vocabulary())) {
      assertEquals(List.of("Gizmo Bauteil"), phrases(index, "gizmo bauteil 12 V", "de").get(GIZMO));
      assertFalse(phrases(index, "gizmo bauteil 12 V", "en").containsKey(GIZMO));
      assertTrue(phrases(index, "gizmo bauteil 12 V", null).containsKey(GIZMO), "no language known: every row applies");
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void anEnglishPhraseAppliesToATextOfAnyLanguage(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertTrue(phrases(index, "Gizmo amp für Traktoren", "de").containsKey(GIZMO));
      assertFalse(phrases(index, "Gizmoverstärker", "it").containsKey(GIZMO), "a German row on an Italian text");
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aVocabularyWordOfAnotherLanguageDoesNotScore(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), vocabulary())) {
      // "bauteil" is a word of 9A999.b only through the German row
      List<ListIndex.NodeHit> german = index.find(index.analyze("bauteil", Optional.of("de")), 3);
      List<ListIndex.NodeHit> english = index.find(index.analyze("bauteil", Optional.of("en")), 3);
      assertEquals(GIZMO, german.get(0).node().code());
      assertTrue(english.stream().noneMatch(h -> h.node().code().equals(GIZMO)), english.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aNameWithDigitsIsFoundAsWritten(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), vocabulary())) {
      assertEquals(List.of("Gizmoalloy 718"), phrases(index, "bar stock GIZMOALLOY-718, 20 mm", "en").get(DOOHICKEY));
      assertFalse(phrases(index, "bar stock Gizmoalloy 7180", "en").containsKey(DOOHICKEY));
      assertFalse(phrases(index, "not Gizmoalloy 718", "en").containsKey(DOOHICKEY), "negated");
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aCasNumberRowPointsAtItsChemical(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), vocabulary())) {
      assertEquals("1C999", index.search("drum of 7664-41-7, 25 kg", 3).get(0).code().toString());
      assertTrue(index.wordsOf(WIDGETOL).casNumbers().contains("7664-41-7"));
      assertTrue(index.wordsOf(WIDGETOL).casNumbers().contains("1234-56-6"), "the annex's own CAS number stays");
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aRetrievalPointerRanksItsNodeButIsNoHint(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), vocabulary())) {
      List<ListIndex.NodeHit> hits = index.find(index.analyze("Tiefseedoohickey", Optional.of("de")), 3);
      assertEquals(DOOHICKEY, hits.get(0).node().code());
      assertEquals(List.of(), hits.get(0).phrases());
      assertEquals(List.of("tiefseedoohickey"), hits.get(0).pointers());
      // the words of the pointer's phrase count as matched; its other words are not the node's words
      assertEquals(List.of("tiefseedoohickey"), hits.get(0).matchedTerms());
      assertFalse(index.wordsOf(DOOHICKEY).all().contains("tiefseedoohickey"));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aWordAPointerNegatesIsNoWordItsNodeMatched(IndexSetup setup) {
    Vocabulary pointer = Vocabulary.of(List.of(new Vocabulary.Mapping("deepwater doohickey (non-ferrous)",
        List.of(DOOHICKEY), "en", "knowledge.tsv", 1, Vocabulary.Strength.RETRIEVAL)));
    try (ListIndex index = setup.open(WidgetList.list(), pointer)) {
      List<ListIndex.NodeHit> hits = index.find(index.analyze("deepwater doohickey (non-ferrous), ferrous fittings"), 3);
      assertEquals(DOOHICKEY, hits.get(0).node().code());
      assertEquals(List.of("deepwater doohickey (non-ferrous)"), hits.get(0).pointers());
      // the name leaves out the ferrous, so the ferrous fittings are no word of the node's
      assertFalse(index.wordsOf(DOOHICKEY).all().contains("ferrou"));
      assertEquals(List.of("deepwat", "doohickey", "non"), hits.get(0).matchedTerms());
    }
  }
}

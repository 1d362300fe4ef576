package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dualuse.core.DualUseException;
import org.dualuse.core.model.ControlList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The index of the synthetic widget list, on both directories. */
class ListIndexTest {

  private static List<String> codes(List<SearchHit> hits) {
    return hits.stream().map(h -> h.code().toString()).toList();
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aCodeInTheQueryPutsThatNodeFirst(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals("9A999.b", codes(index.search("9A999.b", 3)).get(0));
      assertEquals("9A999.a", codes(index.search("gizmo amplifiers like 9A999.a.", 3)).get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aCodeBelowAnIndexedNodeFindsItsNearestAncestor(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals("9A999.b", codes(index.search("9A999.b.7", 3)).get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void wordsFindTheNodeWhoseOwnTextHasThem(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals("9A998", codes(index.search("cryogenic doodads", 3)).get(0));
      assertEquals("8A997", codes(index.search("submersible doohickey", 3)).get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void vocabularyPhrasesFindTheirNodesInEnglishAndGerman(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals("9A999.a", codes(index.search("rad-hard controller", 3)).get(0));
      assertEquals("9A999.b", codes(index.search("Gizmoverstärker 10 GHz", 3)).get(0));
      assertEquals("9A999.b", codes(index.search("Gizmoverstärkermodul", 3)).get(0), "German compound split");
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aCasNumberFindsTheChemicalListedUnderIt(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals("1C999", codes(index.search("Technical grade, CAS 1234-56-6, 200 kg drums", 3)).get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void numbersAloneFindNothing(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals(List.of(), index.search("5 GHz 1000 m 4 K", 5));
      assertEquals(List.of(), index.search("", 5));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void notUsedItemsAreNotIndexed(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      assertEquals(WidgetList.list().allNodes().size() - 1, index.size());
      assertFalse(codes(index.search("9A999.c", 5)).contains("9A999.c"));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void anNbRedirectCarriesItsWordsToTheNodeItNames(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      List<SearchHit> hits = index.search("superconducting", 5);
      assertEquals("9A998", hits.get(0).code().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void hitsCarryTheNodeTextAndDescendingScores(IndexSetup setup) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      List<SearchHit> hits = index.search("gizmo amplifiers widgets", 5);
      assertTrue(hits.size() >= 2);
      for (int i = 1; i < hits.size(); i++) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
      }
      ControlList list = WidgetList.list();
      for (SearchHit h : hits) {
        assertEquals(list.get(h.code()).text(), h.text());
      }
    }
  }

  @Test
  void theNumberOfHitsMustBePositive() {
    try (ListIndex index = ListIndex.inMemory(WidgetList.list(), WidgetList.vocabulary())) {
      assertThrows(DualUseException.class, () -> index.search("widget", 0));
      assertThrows(NullPointerException.class, () -> index.search(null, 3));
    }
  }

  @Test
  void anOnDiskIndexBuiltWithAnotherVocabularyIsRebuilt(@TempDir Path dir) throws IOException {
    ListIndex.onDisk(WidgetList.list(), dir, Vocabulary.empty()).close();
    assertEquals(Vocabulary.empty().fingerprint(), committedVocabulary(dir));
    try (ListIndex again = ListIndex.onDisk(WidgetList.list(), dir, WidgetList.vocabulary())) {
      assertEquals("9A999.b", codes(again.search("Gizmoverstärker", 3)).get(0));
    }
    assertEquals(WidgetList.vocabulary().fingerprint(), committedVocabulary(dir));
  }

  private static String committedVocabulary(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getUserData().get("vocabulary");
    }
  }

  @Test
  void theVocabularyFingerprintDependsOnTheMappingsOnly() {
    assertEquals(WidgetList.vocabulary().fingerprint(), WidgetList.vocabulary().fingerprint());
    assertFalse(WidgetList.vocabulary().fingerprint().equals(Vocabulary.empty().fingerprint()));
  }

  @Test
  void anOnDiskIndexOfTheSameListIsReusedAndGivesTheSameHits(@TempDir Path dir) {
    List<SearchHit> first;
    try (ListIndex index = ListIndex.onDisk(WidgetList.list(), dir, WidgetList.vocabulary())) {
      first = index.search("gizmo amplifiers", 5);
    }
    try (ListIndex again = ListIndex.onDisk(WidgetList.list(), dir, WidgetList.vocabulary())) {
      assertEquals(first, again.search("gizmo amplifiers", 5));
    }
  }
}

package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.Provenance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words a node's own text excludes by "non-", on two synthetic entries written in the annex's style. */
class NonPrefixExclusionsTest {

  private static ListIndex index;
  private static NonPrefixExclusions exclusions;

  @BeforeAll
  static void open() {
    ControlList list = new ControlList("non-test", "Synthetic list with non- words", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(
            WidgetList.leaf("9A990", "Non-rubidium frequency widgets having a stability better than 1 ppm;"),
            WidgetList.leaf("9A991", "Rubidium or non-rubidium gizmo standards;")),
        Map.of(), List.of());
    index = ListIndex.inMemory(list, Vocabulary.empty());
    exclusions = new NonPrefixExclusions(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static String term(String word) {
    return index.analyze(word).positiveTerms().get(0);
  }

  @Test
  void aWordANodeExcludesByNonIsKeptAsExcluded() {
    assertEquals(java.util.Set.of(term("rubidium")), exclusions.excludedBy(ControlCode.parse("9A990")));
  }

  @Test
  void aWordTheNodeAlsoStatesPlainlyIsNotExcluded() {
    assertTrue(exclusions.excludedBy(ControlCode.parse("9A991")).isEmpty());
  }

  @Test
  void aNodeWhoseExcludedWordTheTextNamesIsWeakenedOnce() {
    var text = index.analyze("rubidium frequency widget");
    ScoredNode s = new ScoredNode(index.list().get(ControlCode.parse("9A990")), 10,
        List.of(term("rubidium"), term("frequency")), List.of());
    exclusions.weakenIfExcluded(s, text);
    assertTrue(s.excluded);
    assertEquals(10, s.beforeExclusion);
    double weakened = s.score;
    assertTrue(weakened < 10, String.valueOf(weakened));
    assertTrue(s.notes.get(0).line().contains("non-rubidium"), s.notes.toString());
    assertEquals(RemarkKind.NEGATION, s.notes.get(0).kind());
    assertEquals(List.of("rubidium"), s.notes.get(0).words().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
    exclusions.weakenIfExcluded(s, text);
    assertEquals(weakened, s.score);
    assertEquals(1, s.notes.size());
  }

  @Test
  void aNodeWhoseExcludedWordTheTextDoesNotNameKeepsItsScore() {
    var text = index.analyze("frequency widget");
    ScoredNode s = new ScoredNode(index.list().get(ControlCode.parse("9A990")), 10, List.of(term("frequency")),
        List.of());
    exclusions.weakenIfExcluded(s, text);
    assertFalse(s.excluded);
    assertEquals(10, s.score);
  }
}

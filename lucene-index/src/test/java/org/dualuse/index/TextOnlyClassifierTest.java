package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;

/** The text-only baseline on the synthetic widget list. */
class TextOnlyClassifierTest {
  private static final TextOnlyClassifier BASELINE = TextOnlyClassifier.of(WidgetList.list());

  @Test
  void theProvisionThatSharesTheTextsWordsComesFirstWithThoseWords() {
    Classification c = BASELINE.classify(Product.of("Gizmo amplifiers for radar"));
    assertEquals(Decision.LISTED, c.decision());
    Candidate top = c.candidates().get(0);
    assertEquals("9A999.b", top.code().toString());
    assertEquals(List.of("gizmo", "amplifi"), top.evidence().matchedWords());
    assertEquals("widgets-test", c.listId());
  }

  @Test
  void aTextThatSharesNoWordWithTheListIsNotListed() {
    Classification c = BASELINE.classify(Product.of("Office chair with armrests"));
    assertEquals(Decision.NOT_LISTED, c.decision());
    assertTrue(c.candidates().isEmpty());
  }

  @Test
  void aTextWithNoUsableWordsIsBadInputAsForEveryClassifier() {
    assertThrows(InvalidProductException.class, () -> BASELINE.classify(Product.of(" \u200B ")));
  }

  @Test
  void aTextWithMoreTermsThanALuceneQueryTakesIsBadInputNamingTheLimit() {
    String text = IntStream.range(0, 1100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    InvalidProductException e = assertThrows(InvalidProductException.class, () -> BASELINE.classify(Product.of(text)));
    assertTrue(e.getMessage().contains("1100") && e.getMessage().contains("1024"), e.getMessage());
  }

  @Test
  void factsAndLanguageDoNotChangeTheAnswer() {
    Classification plain = BASELINE.classify(Product.of("gizmo amplifier"));
    Classification withFacts = BASELINE.classify(
        new Product("gizmo amplifier", Map.of("operating frequency", "3 GHz"), "de"));
    assertEquals(plain, withFacts);
  }

  @Test
  void searchGivesAnItemAndEachOfItsNotesAsHitsOfTheirOwn() {
    // 9A999.b, its decontrol note and its N.B. all speak of gizmo amplifiers
    List<ControlCode> hits = BASELINE.search("gizmo amplifiers");
    assertEquals(3, hits.stream().filter(code -> code.toString().equals("9A999.b")).count(), hits.toString());
  }

  @Test
  void notUsedItemsAreNotIndexed() {
    // nine nodes, of which 9A999.c is "Not used", and the two notes of 9A999.b
    assertEquals(10, BASELINE.size());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("widget", "gizmo", "amplifiers", "frequencies", "controllers", "software", "technology",
            "widgetol", "doodads", "doohickeys", "chair", "radar", "GHz", "salts", "use", "goods")
        .list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
  }

  @Property(tries = 200)
  void candidatesAreDistinctCodesBestFirstAndListedExactlyWhenThereIsOne(@ForAll("texts") String text) {
    Classification c = BASELINE.classify(Product.of(text));
    List<Candidate> candidates = c.candidates();
    assertTrue(candidates.size() <= TextOnlyClassifier.TOP);
    assertEquals(candidates.size(), new HashSet<>(candidates.stream().map(Candidate::code).toList()).size());
    for (int i = 1; i < candidates.size(); i++) {
      assertFalse(candidates.get(i).score() > candidates.get(i - 1).score(), "scores rise at " + i + ": " + c);
    }
    assertEquals(!candidates.isEmpty(), c.decision() == Decision.LISTED);
    assertEquals(c, BASELINE.classify(Product.of(text)), "the same text gives the same answer");
  }
}

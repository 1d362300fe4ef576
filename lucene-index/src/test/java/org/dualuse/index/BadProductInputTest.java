package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.criteria.ImpossibleFactException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the hybrid classifier does with input that is not a product description, on the widget list. */
class BadProductInputTest {
  private static ListIndex index;
  private static HybridClassifier classifier;

  @BeforeAll
  static void open() {
    index = IndexSetup.IN_MEMORY.open(WidgetList.list(), WidgetList.vocabulary());
    classifier = new HybridClassifier(index, ProductConstraints.defaults(), WidgetDecisionModel.model());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u200B", "\u200B\u200C\u00AD", "\uD83D\uDE00", "--- !!!"})
  void aTextWithNoUsableWordsIsBadInputNotANotListedAnswer(String text) {
    assertThrows(InvalidProductException.class, () -> classifier.classify(Product.of(text)));
  }

  @Test
  void aNullProductIsRejectedNamingIt() {
    assertEquals("product", assertThrows(NullPointerException.class, () -> classifier.classify(null)).getMessage());
  }

  @Test
  void aTextBeyondTheConfiguredLimitIsBadInputNamingTheSetting() {
    HybridClassifier small = new HybridClassifier(index, ProductConstraints.builder().maxTextLength(100).build());
    InvalidProductException e = assertThrows(InvalidProductException.class,
        () -> small.classify(Product.of("Gizmo amplifier 10 GHz ".repeat(10))));
    assertTrue(e.getMessage().contains("maxTextLength"), e.getMessage());
  }

  @Test
  void invisibleCharactersInsideAWordDoNotChangeTheAnswer() {
    Classification plain = classifier.classify(Product.of("Gizmo amplifier, 10 GHz, for radar test benches"));
    Classification hidden = classifier.classify(Product.of("Giz\u00ADmo ampli\u200Bfier, 10 GHz, for radar test benches"));
    assertEquals(Decision.LISTED, plain.decision(), plain.explanation());
    assertEquals(plain, hidden);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gizmo", "amplifiers", "widgets", "'; DROP TABLE gizmos; -- OR 1=1"})
  void aTextThatSharesOneWordWithANodeIsNotListed(String text) {
    Classification c = classifier.classify(Product.of(text));
    assertNotEquals(Decision.LISTED, c.decision(), c.explanation());
  }

  @Test
  void aVocabularyPhraseOrACodeStillListsAShortText() {
    assertEquals(Decision.LISTED, classifier.classify(Product.of("gizmo amp")).decision());
    assertEquals(Decision.LISTED, classifier.classify(Product.of("9A999.b")).decision());
  }

  private static final Pattern CONFIDENCE = Pattern.compile("Probability listed (\\d+\\.\\d+)");

  @ParameterizedTest
  @ValueSource(strings = {"Gizmo amplifier 9A999.b gizmo amp, 10 GHz", "Widgetol CAS 1234-56-6 9A999", "gizmo amp 9A999.b"})
  void aConfidenceIsNeverAboveOne(String text) {
    Classification c = classifier.classify(Product.of(text));
    double confidence = c.confidence().orElseThrow();
    assertTrue(confidence >= 0 && confidence <= 1.0, String.valueOf(confidence));
    Matcher m = CONFIDENCE.matcher(c.explanation());
    assertTrue(m.find(), c.explanation());
    assertEquals(ExplanationWriter.twoDecimals(confidence), m.group(1), c.explanation());
  }

  @Test
  void anImpossibleFactIsBadInputNotARelease() {
    assertThrows(ImpossibleFactException.class,
        () -> classifier.classify(Product.of("Gizmo amplifier for radar").withFact("frequency", "-10 GHz")));
    assertThrows(ImpossibleFactException.class,
        () -> classifier.classify(Product.of("Gizmo amplifier for radar").withFact("output power", "0 W")));
  }
}

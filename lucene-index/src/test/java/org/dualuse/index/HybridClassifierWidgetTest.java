package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hybrid classifier's general mechanisms on the synthetic widget list, on both indexes. */
class HybridClassifierWidgetTest {

  private static Classification classify(IndexSetup setup, String text) {
    try (ListIndex index = setup.open(WidgetList.list(), WidgetList.vocabulary())) {
      return new HybridClassifier(index, ProductConstraints.defaults(), WidgetDecisionModel.model())
          .classify(Product.of(text));
    }
  }

  private static Candidate first(Classification c) {
    return c.candidates().get(0);
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aProductTheTextFitsIsListedUnderTheMostSpecificNode(IndexSetup setup) {
    Classification c = classify(setup, "Gizmo amplifier, 10 GHz, for radar test benches");
    assertEquals(Decision.LISTED, c.decision(), c.explanation());
    assertEquals("9A999.b", first(c).code().toString());
    assertEquals("9A999", first(c).entry().toString());
    assertTrue(first(c).evidence().matchedWords().contains("amplifier"), first(c).evidence().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aListedDecisionCarriesTheConfidenceItsExplanationStates(IndexSetup setup) {
    Classification c = classify(setup, "Gizmo amplifier, 10 GHz, for radar test benches");
    assertEquals(Decision.LISTED, c.decision(), c.explanation());
    double confidence = c.confidence().orElseThrow();
    assertTrue(confidence >= WidgetDecisionModel.model().threshold() && confidence <= 1, String.valueOf(confidence));
    assertTrue(c.explanation().contains("Probability listed " + ExplanationWriter.twoDecimals(confidence)), c.explanation());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aTextNoNodeFitsHasAConfidenceUnderTheThreshold(IndexSetup setup) {
    Classification c = classify(setup, "Wooden garden bench");
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    assertTrue(c.confidence().orElse(0) < WidgetDecisionModel.model().threshold(), String.valueOf(c.confidence()));
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aDecontrolNoteWhoseWordsTheTextHasReleasesTheItem(IndexSetup setup) {
    Classification c = classify(setup, "Gizmo amplifier 10 GHz designed for agricultural harvesters");
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    Candidate b = c.candidates().stream().filter(x -> x.code().toString().equals("9A999.b")).findFirst().orElseThrow();
    assertTrue(b.evidence().notes().stream().anyMatch(n -> n.startsWith("released") && n.contains("harvesters")),
        b.evidence().notes().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aRareWordOfAPartJoinedByOrReleasesWithoutTheNotesQualifier(IndexSetup setup) {
    // the note's part "civil tractors": users write "tractors" and leave "civil" out
    Classification c = classify(setup, "Gizmo amplifier 10 GHz fitted to tractors");
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    Candidate b = c.candidates().stream().filter(x -> x.code().toString().equals("9A999.b")).findFirst().orElseThrow();
    assertTrue(b.evidence().notes().stream().anyMatch(n -> n.startsWith("released") && n.contains("tractors")),
        b.evidence().notes().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aNegatedRareWordOfANoteDoesNotRelease(IndexSetup setup) {
    Classification c = classify(setup, "Gizmo amplifier 10 GHz, not for tractors");
    assertNotEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aNegatedReleaseCueDoesNotRelease(IndexSetup setup) {
    Classification c = classify(setup, "Gizmo amplifier 10 GHz, not for agricultural harvesters");
    assertNotEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void anNbRedirectMakesTheNamedNodeTheCandidate(IndexSetup setup) {
    Classification c = classify(setup, "Superconducting gizmo amplifier");
    assertEquals("9A998", first(c).code().toString(), c.candidates().toString());
    assertEquals(Decision.LISTED, c.decision(), c.explanation());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void negatedWordsOfANodeWeakenIt(IndexSetup setup) {
    Classification plain = classify(setup, "radiation hardened widget controller");
    Classification negated = classify(setup, "widget controller, not radiation hardened");
    assertEquals("9A999.a", first(plain).code().toString());
    double before = first(plain).score();
    double after = negated.candidates().stream().filter(x -> x.code().toString().equals("9A999.a"))
        .mapToDouble(Candidate::score).findFirst().orElse(0);
    assertTrue(after < before, before + " then " + after);
    assertTrue(negated.candidates().stream().filter(x -> x.code().toString().equals("9A999.a"))
        .allMatch(x -> x.evidence().notes().stream().anyMatch(n -> n.contains("negates"))));
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void softwareForListedEquipmentLandsOnTheSoftwareEntry(IndexSetup setup) {
    Classification c = classify(setup, "Control software for gizmo amplifiers");
    assertEquals("9D999", first(c).code().toString(), c.candidates().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void technologyForGoodsOfTheCategoryLandsOnTheCategorysTechnologyEntry(IndexSetup setup) {
    Classification c = classify(setup, "Production know-how for submersible doohickeys");
    assertEquals("8E996", first(c).code().toString(), c.candidates().toString());
    assertTrue(first(c).evidence().notes().stream().anyMatch(n -> n.contains("technology for 8A997")),
        first(c).evidence().notes().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void theWordsThatMakeATextTechnologyCountAsCoveredByATechnologyEntry(IndexSetup setup) {
    // the same technology text with an unknown word instead of "know-how": only the kind word may differ
    Classification knowHow = classify(setup, "Technology know-how for submersible doohickeys");
    Classification other = classify(setup, "Technology whatsit for submersible doohickeys");
    assertEquals("8E996", first(knowHow).code().toString(), knowHow.candidates().toString());
    assertEquals("8E996", first(other).code().toString(), other.candidates().toString());
    assertTrue(confidence(knowHow) > confidence(other), knowHow.explanation() + " / " + other.explanation());
  }

  private static double confidence(Classification c) {
    return c.confidence().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void unrelatedTextIsNotListedAndSaysWhy(IndexSetup setup) {
    Classification c = classify(setup, "Office colour laser printer, 40 pages per minute");
    assertEquals(Decision.NOT_LISTED, c.decision());
    assertFalse(c.explanation().isBlank());
    assertFalse(c.cyberSurveillance());
    assertEquals("widgets-test", c.listId());
  }
}

package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The options of {@link HybridClassifier.Builder}: defaults that answer as the constructors do, each option doing what it says. */
class HybridClassifierOptionsTest {

  private static final List<String> WIDGET_TEXTS = List.of(
      "Gizmo amplifier, 10 GHz, for radar test benches",
      "Gizmo amplifier 10 GHz designed for agricultural harvesters",
      "Superconducting gizmo amplifier",
      "widget controller, not radiation hardened",
      "Control software for gizmo amplifiers",
      "Production know-how for submersible doohickeys",
      "Widgetol (CAS 1234-56-6), 25 kg drum",
      "Wooden garden bench");
  private static final String LISTED_WIDGET = "Gizmo amplifier, 10 GHz, for radar test benches";

  private static ListIndex widgets;

  @BeforeAll
  static void open() {
    widgets = ListIndex.inMemory(WidgetList.list(), WidgetList.vocabulary());
  }

  @AfterAll
  static void close() {
    widgets.close();
  }

  private static HybridClassifier.Builder widgetBuilder() {
    return HybridClassifier.builder(widgets).decisionModel(WidgetDecisionModel.model());
  }

  private static HybridClassifier widgetDefaults() {
    return new HybridClassifier(widgets, ProductConstraints.defaults(), WidgetDecisionModel.model());
  }

  private static List<String> codes(Classification c) {
    return c.candidates().stream().map(x -> x.code().toString()).toList();
  }

  @Test
  void theBuildersDefaultsAnswerAsTheIndexConstructorDoes() {
    HybridClassifier plain = new HybridClassifier(widgets);
    HybridClassifier built = HybridClassifier.builder(widgets).build();
    for (String text : WIDGET_TEXTS) {
      assertEquals(plain.classify(Product.of(text)), built.classify(Product.of(text)), text);
    }
  }

  @Test
  void aBuiltClassifierWithADecisionModelAnswersAsTheConstructorWithThatModel() {
    HybridClassifier plain = widgetDefaults();
    HybridClassifier built = widgetBuilder().build();
    for (String text : WIDGET_TEXTS) {
      assertEquals(plain.classify(Product.of(text)), built.classify(Product.of(text)), text);
    }
  }

  @Test
  void aListingThresholdAboveTheConfidenceAnswersNotListedOnTheSameCandidates() {
    Classification before = widgetDefaults().classify(Product.of(LISTED_WIDGET));
    assertEquals(Decision.LISTED, before.decision(), before.explanation());
    double confidence = before.confidence().orElseThrow();
    double threshold = (confidence + 1) / 2;
    Classification after = widgetBuilder().listingThreshold(threshold).build().classify(Product.of(LISTED_WIDGET));
    assertEquals(Decision.NOT_LISTED, after.decision(), after.explanation());
    assertEquals(before.confidence(), after.confidence());
    assertEquals(codes(before), codes(after));
    assertTrue(after.explanation().contains("(listed from " + ExplanationWriter.twoDecimals(threshold) + ")"),
        after.explanation());
  }

  @Test
  void aListingThresholdUnderTheConfidenceKeepsTheProductListed() {
    Classification before = widgetDefaults().classify(Product.of(LISTED_WIDGET));
    double threshold = before.confidence().orElseThrow() / 2;
    Classification after = widgetBuilder().listingThreshold(threshold).build().classify(Product.of(LISTED_WIDGET));
    assertEquals(Decision.LISTED, after.decision(), after.explanation());
    assertEquals(codes(before), codes(after));
  }

  @Test
  void fewerCandidatesShowTheBestOnesAndLeaveTheDecisionAlone() {
    HybridClassifier plain = widgetDefaults();
    HybridClassifier one = widgetBuilder().maxCandidates(1).build();
    boolean someHadMore = false;
    for (String text : WIDGET_TEXTS) {
      Classification all = plain.classify(Product.of(text));
      Classification first = one.classify(Product.of(text));
      someHadMore |= all.candidates().size() > 1;
      assertEquals(all.decision(), first.decision(), text);
      assertEquals(all.confidence(), first.confidence(), text);
      assertEquals(all.explanation(), first.explanation(), text);
      assertEquals(all.candidates().stream().limit(1).toList(), first.candidates(), text);
    }
    assertTrue(someHadMore, "no widget text has more than one candidate: the test shows nothing");
  }

  @Test
  void theMostCandidatesShownIsTheNumberOfEntriesChecked() {
    HybridClassifier most = widgetBuilder().maxCandidates(HybridClassifier.MAX_CANDIDATES_LIMIT).build();
    for (String text : WIDGET_TEXTS) {
      Classification c = most.classify(Product.of(text));
      Classification plain = widgetDefaults().classify(Product.of(text));
      assertEquals(plain.decision(), c.decision(), text);
      List<Candidate> shownByDefault = plain.candidates();
      assertEquals(shownByDefault, c.candidates().subList(0, shownByDefault.size()), text);
    }
  }

  @Test
  void aCandidateCountOutsideItsBoundsNamesTheSetting() {
    for (int n : new int[] {0, -1, HybridClassifier.MAX_CANDIDATES_LIMIT + 1}) {
      DualUseException e = assertThrows(DualUseException.class, () -> HybridClassifier.builder(widgets).maxCandidates(n));
      assertTrue(e.getMessage().contains("maxCandidates") && e.getMessage().contains(String.valueOf(n)), e.getMessage());
    }
  }

  @Test
  void aListingThresholdOutsideTheOpenUnitIntervalNamesTheSetting() {
    for (double t : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      DualUseException e = assertThrows(DualUseException.class, () -> HybridClassifier.builder(widgets).listingThreshold(t));
      assertTrue(e.getMessage().contains("listingThreshold") && e.getMessage().contains(String.valueOf(t)), e.getMessage());
    }
  }

  @Test
  void withTheSurveillanceScreensOffNoIndicatorOrFlagIsRaised() {
    try (ListIndex eu = ListIndex.inMemory(ControlLists.eu())) {
      HybridClassifier on = HybridClassifier.builder(eu).build();
      HybridClassifier off = HybridClassifier.builder(eu).surveillanceScreens(false).build();
      Product profiling = Product.of(
          "Social media monitoring platform that collects public posts and profiles the activists behind them");
      Classification screened = on.classify(profiling);
      Classification unscreened = off.classify(profiling);
      assertFalse(screened.article5().isEmpty(), screened.explanation());
      assertTrue(unscreened.article5().isEmpty(), unscreened.explanation());
      assertEquals(screened.decision(), unscreened.decision());
      assertEquals(codes(screened), codes(unscreened));

      Product imsiCatcher = Product.of("IMSI catcher that intercepts calls and SMS of nearby handsets");
      assertTrue(on.classify(imsiCatcher).cyberSurveillance());
      Classification unflagged = off.classify(imsiCatcher);
      assertFalse(unflagged.cyberSurveillance(), unflagged.explanation());
      assertEquals(on.classify(imsiCatcher).decision(), unflagged.decision());
    }
  }
}

package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.criteria.FactFormatException;

/**
 * Fuzzing and metamorphic properties of the hybrid classifier on the real 2025 list (tries bounded so
 * that the class runs in seconds): any text and any fact value give an answer or the library's own
 * exception; invisible characters and normalisation forms never change an answer; the same facts in
 * other units or with a decimal comma give the same decision; a negation never lists what was not
 * listed; an unrelated sentence never unlists what was listed.
 */
class ClassifierFuzzProperties {

  private static HybridClassifier classifier() {
    return RealListClassifierTest.classifier(IndexSetup.IN_MEMORY);
  }

  private static Classification classifyOrBadInput(Product p) {
    try {
      return classifier().classify(p);
    } catch (InvalidProductException | FactFormatException e) {
      return null;
    }
  }

  @Provide
  Arbitrary<String> productTexts() {
    Arbitrary<String> words = Arbitraries.of("thermal", "camera", "microbolometer", "60 Hz", "GaN", "amplifier",
        "3,5 GHz", "IMSI", "catcher", "not", "without", "chair", "\u00AD", "\u200B", "µm", "ﬁbre", "Wärmebildkamera",
        "'; DROP TABLE", "\uD83D\uDE00", "=HYPERLINK()", "\"", ",", "\n");
    Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(40);
    return Arbitraries.oneOf(words.list().ofMaxSize(12).map(l -> String.join(" ", l)), anyUnicode);
  }

  @Property(tries = 200)
  void anyTextGetsAnAnswerOrTheLibrarysOwnBadInputException(@ForAll("productTexts") String text) {
    try {
      Classification c = classifier().classify(Product.of(text));
      assertTrue(c.explanation() != null && !c.candidates().isEmpty() || c.decision() == Decision.NOT_LISTED);
    } catch (InvalidProductException expected) {
      assertTrue(expected.getMessage().length() < 300, expected.getMessage());
    }
  }

  @Property(tries = 100)
  void invisibleCharactersAndNormalisationFormsNeverChangeTheAnswer(@ForAll("productTexts") String text,
      @ForAll @IntRange(min = 0, max = 40) int at, @ForAll("invisible") String invisible) {
    Classification plain = classifyOrBadInput(Product.of(text));
    int i = Math.min(at, text.length());
    if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      i--;
    }
    String hidden = text.substring(0, i) + invisible + text.substring(i);
    assertEquals(plain, classifyOrBadInput(Product.of(hidden)));
    for (Normalizer.Form form : Normalizer.Form.values()) {
      assertEquals(plain, classifyOrBadInput(Product.of(Normalizer.normalize(text, form))), form.name());
    }
  }

  @Provide
  Arbitrary<String> invisible() {
    return Arbitraries.of("\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E");
  }

  @Property(tries = 200)
  void anyFactValueIsReadOrRejectedWithTheLibrarysOwnException(@ForAll @StringLength(max = 30) String value,
      @ForAll("factNames") String name) {
    try {
      classifier().classify(Product.of("GaN MMIC power amplifier").withFact(name, value));
    } catch (DualUseException expected) {
      assertTrue(expected instanceof FactFormatException, expected.toString());
    }
  }

  @Provide
  Arbitrary<String> factNames() {
    return Arbitraries.of("power", "frame rate", "frequency", "temperature", "x", "fractional bandwidth");
  }

  // ---- metamorphic

  private static final String AMPLIFIER = "GaN MMIC power amplifier 2.9-3.5 GHz";

  @Property(tries = 15)
  void thePowerInWattsOrDbmGivesTheSameDecision(@ForAll @DoubleRange(min = 0.05, max = 500) double watts) {
    double dbm = 10 * Math.log10(watts * 1000);
    Decision w = classifier().classify(Product.of(AMPLIFIER)
        .withFact("peak saturated output power", String.format(Locale.ROOT, "%.6f W", watts))).decision();
    Decision d = classifier().classify(Product.of(AMPLIFIER)
        .withFact("peak saturated output power", String.format(Locale.ROOT, "%.6f dBm", dbm))).decision();
    assertEquals(w, d);
  }

  @Property(tries = 10)
  void aTemperatureInCelsiusOrKelvinGivesTheSameDecision(@ForAll @IntRange(min = -200, max = 200) int celsius) {
    String text = "Uncooled thermal imaging camera, microbolometer";
    Decision c = classifier().classify(Product.of(text).withFact("operating temperature", celsius + " °C")).decision();
    Decision k = classifier().classify(Product.of(text)
        .withFact("operating temperature", String.format(Locale.ROOT, "%.2f K", celsius + 273.15))).decision();
    assertEquals(c, k);
  }

  @Property(tries = 10)
  void aDecimalCommaOrPointGivesTheSameDecision(@ForAll @IntRange(min = 1, max = 999) int tenths) {
    String point = String.format(Locale.ROOT, "%d.%d Hz", tenths / 10, tenths % 10);
    String comma = point.replace('.', ',');
    String text = "Handheld thermal imaging camera, uncooled microbolometer 640 x 512, 8-14 µm";
    assertEquals(classifier().classify(Product.of(text).withFact("frame rate", point)).decision(),
        classifier().classify(Product.of(text).withFact("frame rate", comma)).decision());
  }

  @Provide
  Arbitrary<String> listedTexts() {
    return Arbitraries.of(RealListClassifierTest.THERMAL_60, "IMSI catcher for mobile networks",
        "GaN MMIC power amplifier 2.9-3.5 GHz, Psat 47.8 dBm, fractional bandwidth 19 %",
        "Gravity meter for aircraft, static accuracy 0.5 mGal", "office chair with armrests",
        "laser printer for the office", "Spectrum analyzer 2 GHz for a school lab");
  }

  @Property(tries = 14)
  void notOrWithoutBeforeTheDecidingWordNeverListsWhatWasNotListed(@ForAll("listedTexts") String text,
      @ForAll("negations") String negation) {
    Classification before = classifier().classify(Product.of(text));
    if (before.decision() != Decision.NOT_LISTED || before.candidates().isEmpty()) {
      return;
    }
    // the deciding word: the first matched word of the best candidate
    var words = before.candidates().get(0).evidence().matchedWords();
    if (words.isEmpty() || !text.contains(words.get(0))) {
      return;
    }
    String negated = text.replaceFirst(java.util.regex.Pattern.quote(words.get(0)), negation + " " + words.get(0));
    assertNotEquals(Decision.LISTED, classifier().classify(Product.of(negated)).decision(), negated);
  }

  @Provide
  Arbitrary<String> negations() {
    return Arbitraries.of("not", "without");
  }

  @Property(tries = 14)
  void anUnrelatedSentenceNeverUnlistsWhatWasListed(@ForAll("listedTexts") String text,
      @ForAll("unrelated") String sentence) {
    Decision before = classifier().classify(Product.of(text)).decision();
    if (before != Decision.LISTED) {
      return;
    }
    Decision after = classifier().classify(Product.of(text + ". " + sentence)).decision();
    assertNotEquals(Decision.NOT_LISTED, after, text + ". " + sentence);
  }

  @Provide
  Arbitrary<String> unrelated() {
    return Arbitraries.of("Delivered in a cardboard box.", "Order number 4711, please invoice monthly.",
        "Colour: black.", "Warranty two years.");
  }
}

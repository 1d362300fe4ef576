package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of reading facts from any text: it never throws, a bound word never changes the parameter or
 * the value read, and a word that puts the value beyond its number makes the fact a bound.
 */
class FactTextPropertiesTest {

  @Property
  void readingFactsNeverThrowsOnAnyString(@ForAll String text, @ForAll("languages") String language) {
    ProductFacts.fromText(text, language).all();
  }

  @Property
  void readingFactsNeverThrowsOnTextsMadeOfFactWords(@ForAll("factWordTexts") String text) {
    ProductFacts.fromText(text, "de").all();
  }

  /**
   * "Tiefe bis 40 m", "depth up to 40 m", "profondeur jusqu'à 40 m", "profondità fino a 40 m",
   * "max.", "min.", "≤": the words that say the value is the text's maximum or minimum stand between
   * the name and the value and change neither the parameter nor the value read (the lower words make
   * the fact a bound, {@link #aWordThatPutsTheValueBeyondTheNumberMakesABound}).
   */
  @Property
  void aBoundWordBetweenNameAndValueChangesNothingRead(@ForAll("named") String[] nameAndLanguage,
      @ForAll("bounds") String bound, @ForAll("lengths") int metres) {
    String plain = "Widget, " + nameAndLanguage[0] + " " + metres + " m";
    String bounded = "Widget, " + nameAndLanguage[0] + " " + bound + " " + metres + " m";
    List<Fact> a = ProductFacts.fromText(plain, nameAndLanguage[1]).all();
    List<Fact> b = ProductFacts.fromText(bounded, nameAndLanguage[1]).all();
    assertEquals(1, b.size(), () -> bounded + ": " + b);
    assertEquals(a.get(0).parameter(), b.get(0).parameter(), bounded);
    assertEquals(a.get(0).value(), b.get(0).value(), bounded);
    assertEquals(Parameters.DEPTH, b.get(0).parameter(), bounded);
  }

  /**
   * "depth over 40 m", "Tiefe mehr als 40 m", "profondeur supérieure à 40 m", "profondità oltre 40 m",
   * "depth 40 m or more": a word that puts the value beyond the number makes the fact a bound of that
   * direction, with the parameter and the value the plain text gives.
   */
  @Property
  void aWordThatPutsTheValueBeyondTheNumberMakesABound(@ForAll("named") String[] nameAndLanguage,
      @ForAll("beyond") String[] wordAndDirection, @ForAll("lengths") int metres) {
    String plain = "Widget, " + nameAndLanguage[0] + " " + metres + " m";
    boolean after = wordAndDirection[2].equals("after");
    String bounded = "Widget, " + nameAndLanguage[0] + " " + (after ? metres + " m " + wordAndDirection[0]
        : wordAndDirection[0] + " " + metres + " m");
    Fact a = ProductFacts.fromText(plain, nameAndLanguage[1]).all().get(0);
    List<Fact> b = ProductFacts.fromText(bounded, nameAndLanguage[1]).all();
    assertEquals(1, b.size(), () -> bounded + ": " + b);
    assertEquals(a.parameter(), b.get(0).parameter(), bounded);
    assertEquals(a.value(), b.get(0).value(), bounded);
    assertEquals(Comparison.valueOf(wordAndDirection[1]), b.get(0).bound(), bounded);
  }

  @Provide
  Arbitrary<String[]> beyond() {
    return Arbitraries.of(new String[] {"over", "GREATER_THAN", "before"},
        new String[] {"more than", "GREATER_THAN", "before"}, new String[] {">", "GREATER_THAN", "before"},
        new String[] {"mehr als", "GREATER_THAN", "before"}, new String[] {"über", "GREATER_THAN", "before"},
        new String[] {"plus de", "GREATER_THAN", "before"}, new String[] {"supérieure à", "GREATER_THAN", "before"},
        new String[] {"oltre", "GREATER_THAN", "before"}, new String[] {"superiore a", "GREATER_THAN", "before"},
        new String[] {"at least", "AT_LEAST", "before"}, new String[] {"≥", "AT_LEAST", "before"},
        new String[] {"mindestens", "AT_LEAST", "before"}, new String[] {"au moins", "AT_LEAST", "before"},
        new String[] {"almeno", "AT_LEAST", "before"}, new String[] {"or more", "AT_LEAST", "after"},
        new String[] {"oder mehr", "AT_LEAST", "after"}, new String[] {"ou plus", "AT_LEAST", "after"},
        new String[] {"o più", "AT_LEAST", "after"}, new String[] {"less than", "LESS_THAN", "before"},
        new String[] {"weniger als", "LESS_THAN", "before"}, new String[] {"moins de", "LESS_THAN", "before"},
        new String[] {"meno di", "LESS_THAN", "before"}, new String[] {"<", "LESS_THAN", "before"});
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("", "en", "de", "fr", "it");
  }

  @Provide
  Arbitrary<String[]> named() {
    return Arbitraries.of(new String[] {"depth", "en"}, new String[] {"Tiefe", "de"},
        new String[] {"Tauchtiefe", "de"}, new String[] {"maximale Messtiefe", "de"},
        new String[] {"profondeur", "fr"}, new String[] {"profondità", "it"});
  }

  @Provide
  Arbitrary<String> bounds() {
    return Arbitraries.of("up to", "max.", "max", "min.", "at least", "≤", "<", "≥", "bis", "bis zu", "maximal",
        "mindestens", "jusqu'à", "au maximum", "fino a", "al massimo", "massimo");
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.integers().between(1, 11_000);
  }

  @Provide
  Arbitrary<String> factWordTexts() {
    Arbitrary<String> word = Arbitraries.of("DN", "NPS", "NPT", "1/2", "3/0", "0/0", "½", "1 1/2", "-", "bis", "zwei",
        "Achsen", "einachsig", "Drückrolle", "Kontrolle", "Messtiefe", "40", "m", "\"", ",", "twelve", "rollers",
        "single-axis", "99999", "DN0", "NPS 99");
    return word.list().ofMaxSize(12).map(ws -> String.join(" ", ws));
  }
}

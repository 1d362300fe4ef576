package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {
  private final ListAnalyzer analyzer = new ListAnalyzer();

  @Test
  void wordsRightAfterANegatorAreNegated() {
    AnalyzedText t = AnalyzedText.of(analyzer, "not radiation hardened microcontroller");
    assertEquals(analyzer.terms("radiation hardened"), List.copyOf(t.negatedTerms()));
    assertEquals(analyzer.terms("microcontroller"), t.positiveTerms());
  }

  @Test
  void negationStopsAtAComma() {
    AnalyzedText t = AnalyzedText.of(analyzer, "non-ITAR, rad-hard");
    assertTrue(t.positiveTerms().containsAll(analyzer.terms("rad hard")));
    assertFalse(t.negatedTerms().contains("hard"));
  }

  @Test
  void germanNegatorsCount() {
    AnalyzedText t = AnalyzedText.of(analyzer, "Kamera ohne Verschlüsselung");
    assertEquals(analyzer.terms("Verschlüsselung"), List.copyOf(t.negatedTerms()));
  }

  @Test
  void frenchAndItalianNegatorsCount() {
    assertEquals(analyzer.terms("chiffrement"), List.copyOf(AnalyzedText.of(analyzer, "caméra sans chiffrement").negatedTerms()));
    assertEquals(analyzer.terms("cifratura"), List.copyOf(AnalyzedText.of(analyzer, "telecamera senza cifratura").negatedTerms()));
  }

  @Test
  void nickelsSymbolNegatesNothing() {
    // "ni" is French for "nor", but in these texts it is mostly nickel: "W-Ni-Fe", "Ni powder 99.9 %"
    assertTrue(AnalyzedText.of(analyzer, "W-Ni-Fe heavy alloy, Ni powder").negatedTerms().isEmpty());
  }

  @Test
  void conjunctionsAndHyphenatedPartsDoNotUseUpTheReach() {
    AnalyzedText t = AnalyzedText.of(analyzer, "widget with no sprocket or flange-gear coupling");
    assertTrue(t.negatedTerms().containsAll(analyzer.terms("sprocket flange gear")), t.negatedTerms().toString());
    assertTrue(t.positiveTerms().containsAll(analyzer.terms("widget coupling")), t.positiveTerms().toString());
  }

  @Test
  void aNegatedListOfAlternativesGoesOnAfterItsCommas() {
    AnalyzedText t = AnalyzedText.of(analyzer, "gizmo without sprocket, flange gear or ratchet; blue housing");
    assertTrue(t.negatedTerms().containsAll(analyzer.terms("sprocket flange gear ratchet")), t.negatedTerms().toString());
    assertTrue(t.positiveTerms().containsAll(analyzer.terms("gizmo blue housing")), t.positiveTerms().toString());
  }

  @Test
  void aCommaAfterANegationEndsItWhenNoListOfAlternativesFollows() {
    // "rated 5 kW and cooled" is no alternative to the heater: the comma ends the negation
    AnalyzedText t = AnalyzedText.of(analyzer, "gizmo without heater, rated 5 kW and cooled by air or water");
    assertEquals(analyzer.terms("heater"), List.copyOf(t.negatedTerms()));
  }

  @Property(tries = 300)
  void aNegatorOnlyEverNegatesWordsAfterIt(@ForAll String text) {
    AnalyzedText t = AnalyzedText.of(analyzer, "alpha beta " + text);
    assertTrue(t.tokens().stream().filter(x -> x.start() < 10).noneMatch(AnalyzedText.Token::negated));
  }

  @Test
  void controlCodesAreFoundWithOrWithoutTrailingDot() {
    assertEquals(List.of(ControlCode.parse("5A001.f"), ControlCode.parse("3A001.b.2")),
        AnalyzedText.codesIn("see 5A001.f. and 3a001.b.2, not 5A001x"));
  }

  @Test
  void casNumbersAreFoundWhenTheirCheckDigitIsRight() {
    assertEquals(List.of("1234-56-6"), AnalyzedText.casNumbersIn("Widgetol CAS 1234-56-6, lot 2024-11-3"));
    assertEquals(List.of(), AnalyzedText.casNumbersIn("part 1234-56-7"));
  }

  @Test
  void tokensKeepTheWordsTheyCameFrom() {
    AnalyzedText t = AnalyzedText.of(analyzer, "Thermal Cameras");
    assertEquals("Cameras", t.surfaceOf(analyzer.terms("camera").get(0)));
  }

  @Property(tries = 300)
  void anyStringAnalyzesWithoutThrowing(@ForAll String text) {
    AnalyzedText t = AnalyzedText.of(analyzer, text);
    for (AnalyzedText.Token token : t.tokens()) {
      assertTrue(token.start() <= token.end() && token.end() <= text.length());
    }
  }
}

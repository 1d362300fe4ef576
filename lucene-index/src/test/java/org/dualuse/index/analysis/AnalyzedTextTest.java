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

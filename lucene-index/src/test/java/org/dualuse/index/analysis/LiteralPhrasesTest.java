package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralPhrasesTest {

  private static final LiteralPhrases<String> GRADES = LiteralPhrases.<String>builder()
      .add("Ti-6Al-4V", "titanium").add("Widgetalloy 718", "nickel").add("1.4301", "stainless").build();

  private static List<String> found(String text) {
    return GRADES.findIn(text).stream().map(LiteralPhrases.Match::value).toList();
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(delimiter = '|', value = {"Ti6Al4V bar|titanium", "TI-6AL-4V ELI|titanium", "Widgetalloy718 sheet|nickel",
      "widgetalloy 718, 2 mm|nickel", "Werkstoff 1.4301 Blech|stainless", "Wïdgetalloy 718|nickel"})
  void aPhraseIsFoundWhateverItsCaseSpacesAndHyphens(String text, String value) {
    assertEquals(List.of(value), found(text));
  }

  @ParameterizedTest(name = "\"{0}\" names none")
  @CsvSource(delimiter = '|', value = {"Ti-6Al-4VX", "XTi-6Al-4V", "Widgetalloy 7180", "Werkstoff 14301", "1.43010"})
  void aPhraseMustStartAndEndAtABoundary(String text) {
    assertEquals(List.of(), found(text));
  }

  @Test
  void theMatchSpansTheWordsAsWritten() {
    LiteralPhrases.Match<String> m = GRADES.findIn("rod, Widgetalloy-718 annealed").get(0);
    assertEquals("Widgetalloy-718", "rod, Widgetalloy-718 annealed".substring(m.start(), m.end()));
  }

  @Test
  void aPhraseTooShortToSayAnythingIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LiteralPhrases.<String>builder().add("C-2", "x"));
    assertTrue(!LiteralPhrases.isMatchable("PA"));
  }

  @Property
  void neverThrowsOnAnyText(@ForAll String text) {
    for (LiteralPhrases.Match<String> m : GRADES.findIn(text)) {
      assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end());
    }
  }
}

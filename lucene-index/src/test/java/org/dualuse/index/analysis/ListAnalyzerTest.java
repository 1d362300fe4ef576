package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** The analyzer checked term by term, in the manner of Lucene's own analyzer tests. */
class ListAnalyzerTest {
  private final ListAnalyzer analyzer = new ListAnalyzer();

  @Test
  void hyphenatedAndSpacedSpellingsGiveTheSameTerms() {
    assertEquals(analyzer.terms("radiation hardened"), analyzer.terms("radiation-hardened"));
    assertEquals(List.of("radiat", "harden"), analyzer.terms("Radiation-Hardened"));
  }

  @Test
  void radHardIsKeptAsTwoWords() {
    assertEquals(List.of("rad", "hard"), analyzer.terms("rad-hard"));
  }

  @Test
  void pluralsAndVerbFormsStemToOneTerm() {
    assertEquals(analyzer.terms("amplifier"), analyzer.terms("amplifiers"));
    assertEquals(analyzer.terms("camera"), analyzer.terms("cameras"));
  }

  @Test
  void numbersAndUnitsStayOutOfTheWords() {
    assertEquals(List.of(), analyzer.terms("60 Hz 640 × 512 8–14 µm 3.5GHz 47,8 dBm 1 kW"));
    assertEquals(List.of("power", "amplifi"), analyzer.terms("power amplifier 2.9-3.5 GHz"));
  }

  @Test
  void stopWordsAndAnnexBoilerplateAreDropped() {
    assertEquals(List.of("widget"), analyzer.terms("specially designed for the widgets having any of the following"));
  }

  @Test
  void accentsFoldSoGermanSpellingsMeet() {
    assertEquals(analyzer.terms("Waermebildkamera").size(), 1);
    assertEquals(analyzer.terms("Wärmebildkamera"), analyzer.terms("warmebildkamera"));
    assertEquals("warmebildkamera", WordForms.fold("Wärmebildkamera"));
  }

  @Test
  void germanCompoundsSplitIntoKnownPartsWhenADictionaryIsGiven() {
    ListAnalyzer query = new ListAnalyzer(new CharArraySet(List.of("warmebildkamera"), false));
    List<String> terms = query.terms("Wärmebildkameramodul");
    assertTrue(terms.containsAll(analyzer.terms("Wärmebildkamera")), terms.toString());
  }

  @Property(tries = 300)
  void anyStringAnalyzesWithoutThrowing(@ForAll String text) {
    List<String> terms = analyzer.terms(text);
    for (String t : terms) {
      assertTrue(t.length() > 1, "single characters are dropped: " + t);
    }
  }

  @org.junit.jupiter.api.Test
  void frenchItalianAndGermanFunctionWordsAreNoEvidence() {
    assertEquals(analyzer.terms("logiciel commande"), analyzer.terms("logiciel de la commande"));
    assertEquals(analyzer.terms("software controllo"), analyzer.terms("software di controllo della"));
    assertEquals(analyzer.terms("Pumpe Wasser"), analyzer.terms("Pumpe oder Wasser"));
    assertTrue(analyzer.terms("Au Al sans senza").size() == 4, "gold, aluminium and the negators stay words");
  }
}

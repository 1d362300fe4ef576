package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.AnnexUnits;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts a synthetic widget text writes with numerals or as adjectives. */
class CountWordsTest {

  private static final Parameter ROLLERS = new Parameter("number of rollers", Dimension.RATIO, "?");

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en|widget positioner with two axes|2",
      "de|Widget-Positionierer mit drei Achsen|3",
      "fr|positionneur widget à deux axes|2",
      "it|posizionatore widget a quattro assi|4",
      "de|zweiachsiger Widget-Positionierer|2",
      "de|Einachsiger Widget-Tisch|1",
      "en|single-axis widget table|1",
      "en|dual-axis widget table|2",
      "fr|accéléromètre widget triaxial|3",
      "it|tavola widget biasse|2"})
  void aNumeralOrAnAdjectiveCountsTheAxes(String language, String text, int axes) {
    List<Fact> found = ProductFacts.fromText(text, language).answering(PhysicalParameters.NUMBER_OF_AXES);
    assertEquals(1, found.size(), () -> text + ": " + found);
    assertEquals(Quantity.of(axes, AnnexUnits.AXES), found.get(0).value());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en|widget spinner, three forming rollers|3",
      "de|Widget-Drückmaschine mit einer Drückrolle|1",
      "fr|fluotourneuse widget à quatre galets|4",
      "it|macchina widget con due rulli|2"})
  void otherThingsArePureNumbersNamedNumberOfTheThing(String language, String text, int rollers) {
    List<Fact> found = ProductFacts.fromText(text, language).answering(ROLLERS);
    assertEquals(1, found.size(), () -> text + ": " + found);
    assertEquals(Quantity.of(rollers, Units.ONE), found.get(0).value());
  }

  @Test
  void qualifiedAxesAreNotTheNumberOfAxes() {
    ProductFacts facts = ProductFacts.fromText("widget mill, 2 rotary axes", "en");
    assertTrue(facts.answering(PhysicalParameters.NUMBER_OF_AXES).isEmpty(), facts::toString);
    assertEquals("rotary axes", facts.all().get(0).parameter().name());
  }

  @Test
  void aGermanQualifierTheVocabularyKnowsNamesItsParameter() {
    ProductFacts facts = ProductFacts.fromText("Widget-Fräse, 4 interpolierende Achsen", "de");
    assertEquals(PhysicalParameters.SIMULTANEOUS_CONTOURING_AXES, facts.all().get(0).parameter());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "one of the widget axes",               // a linking word
      "Widget mit einer Symmetrieachse",      // a false head
      "Widget unter einer Kontrolle",         // ends with Rolle, is none
      "Widget-Fräse, 1 Schwenkachse",         // a compound the vocabulary does not name
      "8 widget microcontrollers",            // an English word is no compound of 'roller'
      "twelve large heavy cast widget axes"}) // more qualifiers than a count takes
  void noCountWhereTheWordsDoNotCount(String text) {
    ProductFacts facts = ProductFacts.fromText(text, "");
    assertTrue(facts.all().isEmpty(), () -> text + ": " + facts);
  }
}

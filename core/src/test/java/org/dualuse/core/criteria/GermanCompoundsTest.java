package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A German compound names its head's parameter: words chosen to be in no names file and no labelled
 * case (synthetic widgets).
 */
class GermanCompoundsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Widget-Sonde, Eintauchtiefe 40 m|depth|40 m",
      "Widget-Blech, Restdicke 2 mm|thickness|2 mm",
      "Widget-Kessel, Prüfdruck 16 bar|pressure|16 bar",
      "Widget-Verstärker, Nutzbandbreite 40 MHz|bandwidth|40 MHz",
      "Widget-Heizer, Heizleistung 5 kW|output power|5 kW",
      "Widget-Achse, Verfahrgenauigkeit 3 µm|positioning accuracy|3 µm"})
  void aCompoundOfAOneWordNameNamesItsParameter(String text, String parameter, String value) {
    Fact fact = ProductFacts.fromText(text, "de").all().get(0);
    assertEquals(parameter, fact.parameter().name(), fact::toString);
    assertEquals(FactOrigin.NAMED_IN_TEXT, fact.origin());
    assertEquals(org.dualuse.core.quantity.Quantity.parse(value), fact.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Widget, Abdruck 5 bar",        // two letters before the head: a derived word
      "Widget, Ausdruck 5 bar",       // a listed false head
      "Widget, Kontakt 5 GHz"})       // 'Takt' is shorter than a head may be
  void aWordThatIsNoCompoundOfAHeadNamesNothing(String text) {
    Fact fact = ProductFacts.fromText(text, "de").all().get(0);
    assertEquals(FactOrigin.UNNAMED_IN_TEXT, fact.origin(), fact::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Widget-Quelle, Dosisleistung 5 W",      // a name of another dimension is no compound of 'Leistung'
      "Widget-Kühler, Kühlleistung 5 W"})      // a name of its own keeps its parameter
  void aCompoundThatIsANameOfItsOwnIsNotReadAsItsHead(String text) {
    Fact fact = ProductFacts.fromText(text, "de").all().get(0);
    assertEquals(text.contains("Kühl") ? "cooling power" : "output power", fact.parameter().name(), fact::toString);
    assertEquals(text.contains("Kühl") ? FactOrigin.NAMED_IN_TEXT : FactOrigin.UNNAMED_IN_TEXT, fact.origin());
  }

  @Property
  void anyModifierBeforeAHeadOfFiveOrMoreLettersNamesTheHead(
      @ForAll @StringLength(min = 3, max = 12) String letters) {
    String modifier = letters.chars().map(c -> 'a' + Math.floorMod(c, 26))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    String word = Character.toUpperCase(modifier.charAt(0)) + modifier.substring(1) + "tiefe";
    Fact fact = ProductFacts.fromText("Widget, " + word + " 40 m", "de").all().get(0);
    assertEquals("depth", fact.parameter().name(), () -> word + ": " + fact);
  }
}

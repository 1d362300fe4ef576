package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

  @ParameterizedTest
  @CsvSource({
      "wellenlänge, wellenlaenge",
      "kanäle, kanaele",
      "höhe, hoehe",
      "glasübergangstemperatur, glasuebergangstemperatur",
      "diamètre de cœur, diametre de coeur",
      "durée d impulsion, duree d impulsion",
      "velocità di rotazione, velocita di rotazione",
  })
  void umlautsBecomeTheirSubstitutesAndPhrasesLoseTheirAccents(String key, String transliterated) {
    assertEquals(List.of(transliterated), SpellingVariants.transliterations(key));
  }

  @Test
  void sharpSIsAlsoWrittenSsWhereUmlautsStay() {
    assertEquals(List.of("aussendurchmesser"), SpellingVariants.transliterations("außendurchmesser"));
    assertEquals(List.of("gleichmässigkeit", "gleichmaessigkeit"), SpellingVariants.transliterations("gleichmäßigkeit"));
  }

  @Test
  void aKeyOfPlainLettersOrGreekHasNoOtherForm() {
    assertEquals(List.of(), SpellingVariants.transliterations("ausgangsleistung"));
    assertEquals(List.of(), SpellingVariants.transliterations("vπ"));
  }

  @Test
  void aSingleWordKeepsItsAccentsSinceItMayBeAnEnglishWordWithout() {
    assertEquals(List.of(), SpellingVariants.transliterations("précision"));
    assertEquals(List.of(), SpellingVariants.transliterations("velocità"));
  }

  @Test
  void aGermanAdjectiveBeforeANounTakesEveryEnding() {
    assertEquals(List.of("mittlere Leistung", "mittleren Leistung", "mittlerem Leistung", "mittlerer Leistung",
        "mittleres Leistung"), SpellingVariants.writtenForms("mittlere Leistung", "de"));
    assertTrue(SpellingVariants.writtenForms("spezifischer Widerstand", "de").contains("spezifischen Widerstand"));
  }

  @Test
  void adjectivesOfOneNounPhraseShareTheirEnding() {
    List<String> forms = SpellingVariants.writtenForms("spezifischer elektrischer Widerstand", "de");
    assertTrue(forms.contains("spezifischen elektrischen Widerstand"), forms.toString());
    assertEquals(5, forms.size(), forms.toString());
  }

  @Test
  void articlesNounsAndOtherLanguagesAreLeftAlone() {
    assertEquals(List.of("Anzahl der Achsen"), SpellingVariants.writtenForms("Anzahl der Achsen", "de"));
    assertEquals(List.of("Ausgangsleistung"), SpellingVariants.writtenForms("Ausgangsleistung", "de"));
    assertEquals(List.of("puissance moyenne"), SpellingVariants.writtenForms("puissance moyenne", "fr"));
    // a name written in lower case has no noun to tell an adjective by
    assertEquals(List.of("mittlere leistung"), SpellingVariants.writtenForms("mittlere leistung", "de"));
  }

  @Test
  void aNameIsFoundByTheKeysOfEveryWrittenAndTransliteratedForm() {
    Set<String> keys = Parameters.spellingKeys("mittlere Ausgangsleistung", "de");
    assertTrue(keys.containsAll(List.of("mittlere ausgangsleistung", "mittleren ausgangsleistung")), keys.toString());
    assertTrue(Parameters.spellingKeys("Wellenlänge", "de").containsAll(List.of("wellenlänge", "wellenlaenge")));
  }
}

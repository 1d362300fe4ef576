package org.dualuse.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "\"{1}\" is {0}")
  @CsvSource(delimiter = '|', value = {
      "en|Widget amplifier for the 3 GHz band with an output of 100 W",
      "en|Handheld thermal imaging camera, uncooled, designed for the fire service",
      "en|Office colour laser printer with 40 pages per minute",
      "en|AI accelerator card, bare die on a Pro board, for the data centre",
      "de|Wärmebildkamera mit ungekühltem Mikrobolometer für die Feuerwehr",
      "de|Pumpe für Gartenwasser, Gehäuse aus Messing",
      "de|Frequenzumrichter 400 V, Ausgangsfrequenz bis 600 Hz",
      "fr|Caméra thermique portable pour les pompiers",
      "fr|Pompe à vide avec l'entraînement magnétique",
      "it|Telecamera termica portatile per la sicurezza della città",
      "it|Pompa a vuoto con tenuta magnetica, corpo in acciaio della serie 300"})
  void namesTheLanguageOfATypicalMaterialMasterLine(String language, String text) {
    assertEquals(Optional.of(language), LanguageDetector.detect(text));
  }

  @ParameterizedTest(name = "\"{0}\" has no language")
  @ValueSource(strings = {"", "Hastelloy C-276, 2 mm", "3A001.b.2 MMIC 47 dBm", "12345", "INS", "GaN MMIC",
      "Office colour laser printer, 40 pages per minute"})
  void aTextOfCodesNumbersAndTradeNamesHasNone(String text) {
    assertEquals(Optional.empty(), LanguageDetector.detect(text));
  }

  @Property
  void neverThrowsAndNamesOnlyItsLanguages(@ForAll String text) {
    Optional<String> language = LanguageDetector.detect(text);
    assertTrue(language.isEmpty() || LanguageDetector.LANGUAGES.contains(language.get()), language::toString);
  }
}

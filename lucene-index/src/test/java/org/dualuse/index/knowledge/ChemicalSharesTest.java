package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.Parameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The share of a named chemical written beside its name, read by {@link ChemicalShares}. */
class ChemicalSharesTest {

  private static final ChemicalShares SHARES = ChemicalShares.of(List.of(
      new Chemical(ControlCode.parse("9C999.a"), Optional.of("7681-49-4"), "Sodium fluoride", "Natriumfluorid",
          List.of("NaF"), "synthetic", "test.tsv", 2),
      new Chemical(ControlCode.parse("9C999.b"), Optional.empty(), "Trichloronitromethane", "Trichlornitromethan",
          List.of("Chloropicrin"), "synthetic", "test.tsv", 3),
      new Chemical(ControlCode.parse("9C999.c"), Optional.empty(), "Arsine (hydride of arsenic)", "Arsan",
          List.of("AsH3"), "synthetic", "test.tsv", 4)));

  private static String shares(String text, String language) {
    return SHARES.factsIn(text, language).stream().filter(f -> f.parameter().equals(Parameters.CONTENT))
        .map(f -> f.value().toString()).collect(Collectors.joining("; "));
  }

  private static String purities(String text, String language) {
    return SHARES.factsIn(text, language).stream().filter(f -> f.parameter().equals(Parameters.PURITY))
        .map(f -> f.value().toString()).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Zahnpasta mit Natriumfluorid 0,32 %|de|0.32 %",
      "Soil fumigant: 99 % trichloronitromethane|en|99 %",
      "Chloropicrin (98 wt%)|en|98 wt%",
      "7681-49-4: 40 ppm|en|40 ppm",
      // a share not beside the name, an atom percent, an abbreviation too short to read
      "Sodium fluoride tablets, 20 % off|en|''",
      "Sodium fluoride 5 at.%|en|''",
      "NaF 5 %|en|''",
      // a formula names one compound; a name is also read without its bracketed qualifier
      "AsH3 99.9999 %|en|99.9999 %",
      "Arsine 99.999 %|en|99.999 %"})
  void aShareBesideTheNameIsTheChemicalsContent(String text, String language, String expected) {
    assertEquals(expected, shares(text, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Soil fumigant: 99 % trichloronitromethane|en|99 %",
      "Trichlornitromethan 99,5 %|de|99.5 %",
      // half or less of the product is an ingredient, not the product
      "Zahnpasta mit Natriumfluorid 0,32 %|de|''",
      "Chloropicrin 50 %|en|''"})
  void theShareOfAChemicalThatIsMostOfTheProductIsItsPurity(String text, String language, String expected) {
    assertEquals(expected, purities(text, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Natriumfluorid 0,32 %|de"})
  void theFactSaysWhereItWasRead(String text, String language) {
    Fact f = SHARES.factsIn(text, language).get(0);
    assertEquals(text, text.substring(f.start(), f.end()));
    assertTrue(f.source().contains("Sodium fluoride"), f.source());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"AsH3, true", "PH3, true", "UF6, true", "F2, false", "HF, false", "TEA, false", "as3, false"})
  void aFormulaHasADigit(String name, boolean formula) {
    assertEquals(formula, ChemicalShares.isFormula(name));
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    SHARES.factsIn(text, "fr");
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ratings named by a verb ("rated to 500 m") in synthetic widget texts of four languages. */
class RatedValuesTest {

  private static Fact only(String text, String language) {
    List<Fact> facts = ProductFacts.fromText(text, language).all();
    assertEquals(1, facts.size(), () -> text + ": " + facts);
    return facts.get(0);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "Widget buoyancy modules rated to 500 m|en",
      "Subsea widget housing, rated 500 m|en",
      "Widget ROV, rated for 500 m|en",
      "Unterwasser-Widget, ausgelegt für 500 m|de",
      "Widget sous-marin qualifié pour 500 m|fr",
      "Widget subacqueo omologato per 500 m|it"})
  void aLengthRatingOfUnderwaterGoodsIsTheirDepth(String text, String language) {
    Fact f = only(text, language);
    assertEquals(Parameters.DEPTH, f.parameter(), f::describe);
    assertEquals(Quantity.parse("500 m"), f.value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, f.origin());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "Widget hoist rope rated to 500 m|en",
      "Widget-Kabeltrommel, ausgelegt für 500 m|de",
      "Subsea widget cable, 500 m|en"})
  void aLengthWithoutARatingOrUnderwaterSubjectStaysUnnamed(String text, String language) {
    Fact f = only(text, language);
    assertEquals(Parameters.defaultFor(f.value().dimension()), f.parameter(), f::describe);
    assertEquals(FactOrigin.UNNAMED_IN_TEXT, f.origin());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Widget ROV rated to 300 °C|operating temperature",
      "Subsea widget electronics rated for 10 kGy(Si)|total dose"})
  void aRatingOfAnotherDimensionKeepsItsDimensionsParameter(String text, String parameter) {
    assertEquals(parameter, only(text, "en").parameter().name());
  }
}

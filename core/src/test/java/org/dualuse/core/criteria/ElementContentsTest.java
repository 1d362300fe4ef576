package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Element contents: their parameters, the extractor reading a share's element from the annex's
 * phrasing, and lists of materials read as alternatives. Synthetic provisions in the annex's style.
 */
class ElementContentsTest {

  private final CriteriaExtractor extractor = CriteriaExtractor.standard();

  private String typed(String text) {
    return extractor.extractTyped(text).map(Criterion::describe).orElse("-");
  }

  @Test
  void anElementsContentIsNamedForItsCanonicalEnglishName() {
    Parameter p = ElementContents.contentOf("Aluminum");
    assertEquals("aluminium content", p.name());
    assertEquals(Dimension.RATIO, p.dimension());
    assertEquals(p, ElementContents.contentOf("aluminium"));
    assertEquals(Optional.of("aluminium"), ElementContents.elementOf(p));
    assertEquals(Optional.of("fluorine"), ElementContents.nameOfSymbol("F"));
    assertEquals(Optional.empty(), ElementContents.nameOfSymbol("CO"));
    assertEquals(Optional.empty(), ElementContents.elementOf(Parameters.CONTENT));
    assertEquals(Optional.empty(), ElementContents.elementOf(new Parameter("widget content", Dimension.RATIO, null)));
    assertThrows(DualUseException.class, () -> ElementContents.contentOf("widgetium"));
  }

  @Test
  void anElementsContentIsAnsweredByAnyContentThenByWhatAMaterialLeavesUnlisted() {
    assertEquals(List.of("content", ElementContents.UNLISTED_ELEMENT_CONTENT.name()),
        Parameters.answeredBy(ElementContents.contentOf("cobalt")));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget alloys containing more than 45 % cobalt by weight;|cobalt content > 45 %",
      "Widget seals containing 55 % or more by weight of fluorine.|fluorine content >= 55 %",
      "Widget aluminides containing 12 % by weight or more aluminium and one further element;|aluminium content >= 12 %",
      "Widget powders with a tantalum content of 80 % by weight or more;|tantalum content >= 80 %",
      "Having a vanadium content of greater than 0,20 % by weight;|vanadium content > 0.2 %",
      "Widget 'alloys' with more than 30 % titanium and 12 % vanadium by weight;"
          + "|(titanium content > 30 % AND vanadium content > 12 %)",
      "Containing 10,0 - 14,0 % by weight of cobalt and 2,0 - 3,0 % by weight of copper;"
          + "|(cobalt content in [10 %, 14 %] AND copper content in [2 %, 3 %])",
      // several elements together, a compound, a share by mole: no one element's content
      "A widget having a minimum of 80 % by weight of iron, cobalt or copper;|content >= 80 %",
      "Widget gas containing more than 60 % by weight hydrogen sulphide;|content > 60 %",
      "Widget fibres of 40 % or more by weight silicon dioxide;|content >= 40 %",
      "Widget crystals with zinc content of less than 4 % by 'mole fraction';|content < 4 %"})
  void aShareOfANamedElementIsThatElementsContent(String text, String expected) {
    assertEquals(expected, typed(text));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Widget vessels made of or lined with titanium, titanium alloy, copper, or copper alloy containing more than 70 %"
          + " copper by weight.|(titanium content >= 99 % OR titanium content > 35 % OR copper content >= 99 %"
          + " OR copper content > 70 %)",
      "Cobalt or 'alloys' with more than 45 % cobalt by weight;|(cobalt content >= 99 % OR cobalt content > 45 %)",
      "Widget pipes protected by zirconium, tantalum oxide (tantala), or zirconium alloy with 95 % or more zirconium"
          + " by weight;|(zirconium content >= 99 % OR tantalum oxide (tantala) OR zirconium content >= 95 %)",
      // a list of goods, not of materials; one bounded item only; bounds of other kinds
      "Cobalt metal, alloys containing more than 50 % cobalt by weight, cobalt compounds;|cobalt content > 50 %",
      "Widget 'alloys' with more than 30 % titanium and 12 % vanadium by weight;"
          + "|(titanium content > 30 % AND vanadium content > 12 %)",
      "Widget tubes made of titanium, or titanium alloy with more than 90 % titanium by weight, with a wall thickness"
          + " of 2 mm or less;|(titanium content > 90 % AND thickness <= 2 mm)"})
  void materialsListedBesideTheBoundedOneAreAlternatives(String text, String expected) {
    assertEquals(expected, typed(text));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "Cobalt or cobalt 'alloys';|(cobalt content >= 99 % OR cobalt content > 35 %)",
      "Hafnium (celtium) or hafnium alloy; or|(hafnium content >= 99 % OR hafnium content > 35 %)",
      "Widget rings made from cobalt or cobalt alloys;|(cobalt content >= 99 % OR cobalt content > 35 %)",
      // a lone metal is an item of a list of substances; a material that is no metal keeps the list a feature
      "Cobalt;|-",
      "Cobalt or widgetite;|-",
      "Cobalt alloys (Co-Cr-X or Co-X-Cr);|-"})
  void aListOfMetalsAloneIsTheAnyOfTheirContents(String text, String expected) {
    assertEquals(expected, typed(text));
  }

  @Test
  void aMaterialsCompositionDecidesEveryAlternativeOfTheList() {
    Criterion c = extractor.extractTyped("Widget valves wholly made of aluminium, aluminium alloy, nickel, or nickel alloy"
        + " containing more than 60 % nickel by weight.").orElseThrow();
    assertInstanceOf(AnyOf.class, c);
    // a stainless steel: 11 % nickel, no aluminium listed, nothing it leaves out above 0,02 %
    ProductFacts steel = ProductFacts.of(List.of(content("iron", 67.78), content("nickel", 11),
        unlisted(0.02)));
    ProductFacts aluminiumAlloy = ProductFacts.of(List.of(content("aluminium", 97.9), content("magnesium", 1),
        unlisted(0.05)));
    ProductFacts nickelAlloy = ProductFacts.of(List.of(content("nickel", 61), content("chromium", 21.5),
        unlisted(0.03)));
    assertEquals(Truth.NO_MATCH, evaluate(c, steel));
    assertEquals(Truth.MATCH, evaluate(c, aluminiumAlloy));
    assertEquals(Truth.MATCH, evaluate(c, nickelAlloy));
    assertEquals(Truth.UNKNOWN, evaluate(c, ProductFacts.NONE));
  }

  @Test
  void anUntypedAlternativeKeepsAnUnnamedMaterialOpen() {
    Criterion c = extractor.extractTyped("Widget sensors protected by nickel, nickel alloy with more than 60 % nickel by"
        + " weight, or fully fluorinated widget polymers;").orElseThrow();
    ProductFacts steel = ProductFacts.of(List.of(content("iron", 67.78), content("nickel", 11), unlisted(0.02)));
    assertEquals(Truth.UNKNOWN, evaluate(c, steel));
  }

  private static Truth evaluate(Criterion c, ProductFacts facts) {
    return new CriterionEvaluator(facts, FeatureJudge.NONE).evaluate(c).truth();
  }

  private static Fact content(String element, double percent) {
    return new Fact(ElementContents.contentOf(element), Quantity.of(percent, Units.MASS_PERCENT), List.of(),
        FactOrigin.DERIVED, "nominal composition of a widget grade", 0, 0);
  }

  private static Fact unlisted(double percent) {
    return new Fact(ElementContents.UNLISTED_ELEMENT_CONTENT, QuantityRange.closed(Quantity.of(0, Units.MASS_PERCENT),
        Quantity.of(percent, Units.MASS_PERCENT)), List.of(), FactOrigin.DERIVED, "nominal composition of a widget grade",
        0, 0);
  }

  @Test
  void theUnlistedShareIsNoContentOfItsOwn() {
    assertTrue(ElementContents.elementOf(ElementContents.UNLISTED_ELEMENT_CONTENT).isEmpty());
  }
}

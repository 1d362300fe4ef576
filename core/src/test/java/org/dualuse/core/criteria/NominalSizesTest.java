package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Nominal sizes of synthetic widget valves and pipes, written as DN, NPS or a thread's inch size. */
class NominalSizesTest {

  private static List<Fact> sizes(String text) {
    return ProductFacts.fromText(text, "").answering(QualifiedParameters.NOMINAL_SIZE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Widget-Schieber DN65 PN10 Grauguss|65 mm",
      "widget check valve DN 150, flanged|150 mm",
      "Widget-Schieber NW 32, Messing|32 mm",
      "widget strainer NPS 3/8, brass|10 mm",
      "widget strainer NPS 2 1/2|65 mm",
      "widget strainer NPS 3½|90 mm",
      "widget strainer NPS 6|150 mm",
      "widget needle valve 3/4\" NPT female|20 mm",
      "widget gauge 1/4-18 NPT bottom entry|8 mm",
      "widget nipple 1 1/4 BSPT|32 mm"})
  void aDesignationGivesTheNominalSizeInMillimetres(String text, String size) {
    List<Fact> found = sizes(text);
    assertEquals(1, found.size(), () -> text + ": " + found);
    assertEquals(Quantity.parse(size), found.get(0).value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin());
  }

  @Test
  void aSpanOfSizesIsARange() {
    assertEquals(QuantityRange.closed(Quantity.parse("40 mm"), Quantity.parse("300 mm")),
        sizes("Widget-Klappen DN40 bis DN300").get(0).value());
    assertEquals(QuantityRange.closed(Quantity.parse("10 mm"), Quantity.parse("32 mm")),
        sizes("widget ball valves DN 10-32").get(0).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "widget strainer NPS 2 3/8",   // no pipe size of the table
      "widget flange DNX 40",        // not the designation
      "Widget 3DN 40",               // glued to a digit
      "widget valve PN 40",          // a pressure class, no size
      "widget coupling DN 1,5"})     // a DN is a whole number
  void anythingElseGivesNoNominalSize(String text) {
    assertTrue(sizes(text).isEmpty(), () -> text + ": " + sizes(text));
  }

  @Test
  void aSizeWithAUnitIsNamedByItsDesignation() {
    List<Fact> found = sizes("widget pipe DN 80 mm");
    assertEquals(1, found.size(), found::toString);
    assertEquals(Quantity.parse("80 mm"), found.get(0).value());
  }

  @Test
  void aStatedDiameterAnswersTheNominalSizeWhenNothingNamesIt() {
    ProductFacts facts = ProductFacts.fromText("widget valve, diameter 25 mm", "en");
    assertEquals(Parameters.DIAMETER, facts.answering(QualifiedParameters.NOMINAL_SIZE).get(0).parameter());
  }
}

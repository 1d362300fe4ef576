package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lists of dimensions written with the unit once ({@link DimensionLists}) and the name before them. */
class DimensionListsTest {

  /** The members before the text's last quantity, as "value@start". */
  private static String members(String text) {
    List<FoundQuantity> found = QuantityFinder.standard().find(text);
    FoundQuantity last = found.get(found.size() - 1);
    String norm = Mentions.normalise(text);
    return DimensionLists.before(norm, last, 0).stream().map(m -> m.value() + "@" + m.start())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ø130 x 300 mm|130 mm@1",
      "Ø80x110mm|80 mm@1",
      "Platte 200 x 100 x 5 mm|200 mm@7; 100 mm@13",
      "Blech 1,5 × 1000 mm|1.5 mm@6",
      // no list: a lone value, a code before the cross, a German thousand
      "Stab 300 mm|''",
      "3A001x 5 mm|''",
      "1.000 x 2 mm|''"})
  void theMembersBeforeTheLastHaveItsUnit(String text, String expected) {
    assertEquals(expected, members(text));
  }

  /** The facts of a text as "parameter=value", in text order. */
  private static String facts(String text) {
    return ProductFacts.fromText(text).all().stream().map(f -> f.parameter().name() + "=" + f.value())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the diameter sign names the first member, never the last
      "Wolframstab Ø130 x 300 mm|diameter=130 mm; length=300 mm",
      "Tiegel Ø80x110mm|diameter=80 mm; length=110 mm",
      "Rohr OD 60 x 2 mm|diameter=60 mm; length=2 mm",
      // an unnamed list gives its last member, as before
      "Platte 200 x 100 x 5 mm|length=5 mm"})
  void aNameBeforeAListNamesItsFirstMember(String text, String expected) {
    assertEquals(expected, facts(text));
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    ProductFacts.fromText("Ø" + text + " x 5 mm");
  }
}

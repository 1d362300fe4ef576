package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dualuse.core.criteria.ParameterNameFile.ParameterName;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/** Laws of the reviewed names of other languages: each name, however it is written, names its parameter. */
class ParameterNamesProperties {

  private static final List<ParameterName> ROWS = ParameterNameFile.readResource(Parameters.NAMES_RESOURCE,
      name -> Parameters.all().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null),
      Parameters::lookup);

  /** For each dimension, a unit the finder reads in running text after a number ("7 W", "7 axes"). */
  private static final Map<Dimension, Unit> READABLE = readableUnits();

  private static Map<Dimension, Unit> readableUnits() {
    Map<Dimension, Unit> out = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      for (Unit u : Units.of(d)) {
        List<FoundQuantity> found = QuantityFinder.standard().find("7 " + u.symbol());
        if (found.size() == 1 && found.get(0).dimension() == d && found.get(0).quantity().isPresent()) {
          out.put(d, u);
          break;
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<ParameterName> rows() {
    return Arbitraries.of(ROWS);
  }

  @Example
  void everyDimensionHasAUnitReadInRunningText() {
    List<Dimension> unread = java.util.Arrays.stream(Dimension.values()).filter(d -> !READABLE.containsKey(d)).toList();
    assertEquals(List.of(), unread);
  }

  @Example
  void everyNameOfTheFileNamesAValueWrittenAfterIt() {
    List<String> wrong = new java.util.ArrayList<>();
    for (ParameterName row : ROWS) {
      String text = row.name() + " 7 " + READABLE.get(row.parameter().dimension()).symbol();
      List<Fact> facts = ProductFacts.fromText(text, row.language()).all();
      if (facts.isEmpty() || !facts.get(0).parameter().equals(row.parameter())
          || facts.get(0).origin() != FactOrigin.NAMED_IN_TEXT) {
        wrong.add(text + " -> " + facts);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Property
  void everyNameLooksUpItsParameterWithinItsDimension(@ForAll("rows") ParameterName row) {
    assertEquals(Optional.of(row.parameter()), Parameters.lookup(row.name(), row.parameter().dimension()), row.name());
  }

  @Property
  void everyNameWrittenBeforeAValueOfItsDimensionNamesThatValue(@ForAll("rows") ParameterName row,
      @ForAll @IntRange(min = 1, max = 999) int value, @ForAll boolean upperCase, @ForAll boolean withColon) {
    String name = upperCase ? row.name().toUpperCase(Locale.ROOT) : row.name();
    String text = name + (withColon ? ": " : " ") + value + " " + READABLE.get(row.parameter().dimension()).symbol();
    assertEquals(row.parameter(), parameterOfTheOnlyValue(text, row.language()), text);
  }

  @Property
  void aGermanNameWrittenWithoutUmlautsOrSharpSNamesTheSameValue(@ForAll("germanRowsWithUmlauts") ParameterName row,
      @ForAll @IntRange(min = 1, max = 999) int value) {
    String plain = row.name().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    String text = plain + " " + value + " " + READABLE.get(row.parameter().dimension()).symbol();
    assertEquals(row.parameter(), parameterOfTheOnlyValue(text, "de"), text);
  }

  @Provide
  Arbitrary<ParameterName> germanRowsWithUmlauts() {
    return Arbitraries.of(ROWS.stream().filter(r -> r.language().equals("de") && r.name().matches(".*[äöüÄÖÜß].*"))
        .toList());
  }

  private static Parameter parameterOfTheOnlyValue(String text, String language) {
    List<Fact> facts = ProductFacts.fromText(text, language).all().stream()
        .filter(f -> f.origin() != FactOrigin.DERIVED).toList();
    assertEquals(1, facts.size(), () -> text + " -> " + facts);
    assertEquals(FactOrigin.NAMED_IN_TEXT, facts.get(0).origin(), text);
    return facts.get(0).parameter();
  }
}

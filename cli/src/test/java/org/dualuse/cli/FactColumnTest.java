package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactFormatException;
import org.dualuse.core.criteria.ImpossibleFactException;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactColumnTest {
  @TempDir Path dir;

  @Test
  void aMappingNamesTheParameterTheColumnAndTheUnitOfBareNumbers() {
    FactColumn c = FactColumn.parse("operating frequency=FREQ_GHZ:GHz", "--fact-column");
    assertEquals("operating frequency", c.parameter().name());
    assertEquals("FREQ_GHZ", c.column());
    assertEquals(Optional.of(Units.GIGAHERTZ), c.unit());
    assertEquals("operating frequency=FREQ_GHZ:GHz", c.toString());
    assertEquals(c, FactColumn.parse(c.toString(), "--fact-column"), "toString reads back");
  }

  @Test
  void aSynonymNamesItsParameterAndTheUnitPicksAmongParametersOfOneName() {
    assertEquals("frame rate", FactColumn.parse("fps = FPS : Hz", "--fact-column").parameter().name());
    assertEquals("operating frequency", FactColumn.parse("frequency=F:MHz", "--fact-column").parameter().name());
    assertEquals("peak saturated output power", FactColumn.parse("Psat=P:dBm", "--fact-column").parameter().name());
  }

  @Test
  void aBareNumberOrRangeIsReadInTheColumnsUnitAndACellWithItsOwnUnitAsWritten() {
    FactColumn c = FactColumn.parse("operating frequency=FREQ_GHZ:GHz", "--fact-column");
    assertEquals("3,1 GHz", c.value("3,1"));
    assertEquals("2.9-3.5 GHz", c.value(" 2.9-3.5 "));
    assertEquals("1 200 GHz", c.value("1 200"));
    assertEquals("3100 MHz", c.value("3100 MHz"));
  }

  @Test
  void aCellThatIsNoValueOfTheParameterIsRefusedNamingTheValue() {
    FactColumn c = FactColumn.parse("operating frequency=FREQ_GHZ:GHz", "--fact-column");
    FactFormatException word = assertThrows(FactFormatException.class, () -> c.value("n/a"));
    assertTrue(word.getMessage().contains("'n/a'"), word.getMessage());
    assertInstanceOf(ImpossibleFactException.class, assertThrows(FactFormatException.class, () -> c.value("0")));
    FactFormatException power = assertThrows(FactFormatException.class, () -> c.value("5 W"));
    assertTrue(power.getMessage().contains("operating frequency"), power.getMessage());
  }

  @Test
  void withoutAUnitEveryCellMustWriteItsOwn() {
    FactColumn c = FactColumn.parse("frame rate=FPS", "--fact-column");
    assertEquals(Optional.empty(), c.unit());
    assertEquals("60 Hz", c.value("60 Hz"));
    assertThrows(FactFormatException.class, () -> c.value("60"));
  }

  @Test
  void badMappingsAreRefusedNamingWhereTheyWereWritten() {
    Map<String, String> expected = Map.of(
        "operating frequency FREQ", "expected PARAMETER=COLUMN",
        "operating frequency=:GHz", "no column",
        "operating frequency=F:GHzz", "unknown unit 'GHzz'",
        "operating frequncy=F:GHz", "did you mean",
        "operating frequency=F:W", "measures a power");
    expected.forEach((spec, says) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactColumn.parse(spec, "map.txt: line 4:"));
      assertTrue(e.getMessage().startsWith("map.txt: line 4:"), e.getMessage());
      assertTrue(e.getMessage().contains(says), spec + ": " + e.getMessage());
    });
  }

  @Property(tries = 200)
  void aBareNumberInAUnitColumnIsThatNumberInThatUnit(@ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(3) double value,
      @ForAll boolean decimalComma) {
    String cell = String.format(Locale.ROOT, "%.3f", value);
    if (decimalComma) {
      cell = cell.replace('.', ',');
    }
    FactColumn c = FactColumn.parse("operating frequency=F:MHz", "--fact-column");
    Fact fact = ProductFacts.of(Map.of(c.parameter().name(), c.value(cell)), "").all().get(0);
    double expected = Double.parseDouble(String.format(Locale.ROOT, "%.3f", value)) * 1e6;
    assertEquals(expected, ((Quantity) fact.value()).toSi(), expected * 1e-9);
  }

  @Test
  void aFileOfMappingsHasCommentsAndNamesTheLineOfABadOne() throws IOException {
    Path file = dir.resolve("map.txt");
    Files.writeString(file, "# ERP characteristics\n\noperating frequency = FREQ_GHZ : GHz\n  # indented comment\n"
        + "wavelength=WL_NM:nm\n", StandardCharsets.UTF_8);
    List<FactColumn> columns = FactColumns.of(List.of("frame rate=FPS:Hz"), file);
    assertEquals(List.of("frame rate=FPS:Hz", "operating frequency=FREQ_GHZ:GHz", "wavelength=WL_NM:nm"),
        columns.stream().map(FactColumn::toString).toList(), "options first, then the file");
    Files.writeString(file, "wavelength=WL_NM:nm\nfrequency=\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactColumns.of(List.of(), file));
    assertTrue(e.getMessage().startsWith(file + ": line 2:"), e.getMessage());
  }

  @Test
  void aParameterOrAColumnMappedTwiceIsRefused() {
    IllegalArgumentException parameter = assertThrows(IllegalArgumentException.class,
        () -> FactColumns.of(List.of("frequency=A:GHz", "operating frequency=B:MHz"), null));
    assertTrue(parameter.getMessage().contains("mapped already"), parameter.getMessage());
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
        () -> FactColumns.of(List.of("frequency=A:GHz", "wavelength=a:nm"), null));
    assertTrue(column.getMessage().contains("the column 'a'"), column.getMessage());
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.DataFileFormatException;
import org.dualuse.core.criteria.ParameterNameFile.ParameterName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterNameFileTest {

  private static final String FILE = "test-names.tsv";

  private static List<ParameterName> read(String text) {
    return ParameterNameFile.read(new StringReader(text), FILE, name -> Parameters.lookup(name)
        .filter(p -> p.name().equals(name)).orElse(null), Parameters::lookup);
  }

  private static ParameterNameFormatException refused(String text) {
    return assertThrows(ParameterNameFormatException.class, () -> read(text));
  }

  @Test
  void aGoodFileGivesItsRowsInOrderSkippingCommentsAndBlankLines() {
    List<ParameterName> rows = read("\uFEFF# parameter\tlang\tname\tsource\n"
        + "\n"
        + "output power\tde\tWidgetleistung\ttranslation\n"
        + "  # an indented comment\n"
        + "frame rate\tfr\tcadence de widgets\tdata-sheet usage\n");
    assertEquals(2, rows.size());
    assertEquals(new ParameterName(Parameters.OUTPUT_POWER, "de", "Widgetleistung", "translation", 3), rows.get(0));
    assertEquals(new ParameterName(Parameters.FRAME_RATE, "fr", "cadence de widgets", "data-sheet usage", 5),
        rows.get(1));
  }

  @Test
  void oneNameMayNameOneParameterInSeveralLanguagesAndParametersOfOtherDimensions() {
    List<ParameterName> rows = read("mass\tde\tWidgetmasse\ttranslation\n"
        + "mass\tfr\tWidgetmasse\ttranslation\n"
        + "voltage\tde\tWidgetmasse\ttranslation\n");
    assertEquals(3, rows.size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "output power\tde\tWidgetleistung|found 3",
      "output power\tde\tWidgetleistung\ttranslation\textra|found 5",
      "output power\t\tWidgetleistung\ttranslation|empty lang",
      "output power\tde\t \ttranslation|empty name",
      "output power\tde\tWidgetleistung\t|empty source",
      "output power\tde\tWidgetleistung\t-|empty source",
      "widget power\tde\tWidgetleistung\ttranslation|unknown parameter 'widget power'",
      "Output Power\tde\tWidgetleistung\ttranslation|unknown parameter 'Output Power'",
      "output power\tDE\tWidgetleistung\ttranslation|bad lang 'DE'",
      "output power\tdeu\tWidgetleistung\ttranslation|bad lang 'deu'",
      "output power\ten\tWidgetleistung\ttranslation|bad lang 'en'",
      "output power\tde\t__\ttranslation|has no letters",
  })
  void aBadRowIsRefusedNamingFileLineAndProblem(String row, String problem) {
    ParameterNameFormatException e = refused("# header\noutput power\tde\tWidgetausgang\ttranslation\n" + row + "\n");
    assertEquals(FILE, e.source());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(FILE + ":3: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  /**
   * A clash between rows, or with the code, is refused on the later row, naming what it clashes with.
   * The files are written with "~" for a TAB and ";" for a line end.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', value = {
      "peak power~de~Widgetspitze~translation;# between;average output power~fr~Widgetspitze~translation"
          + "|3|names 'peak power' on line 1|a name for two parameters of one dimension",
      "peak power~de~Widgetmaß~translation;average output power~de~Widgetmass~translation"
          + "|2|'widgetmass' names 'peak power' on line 1|a transliterated form is the same name",
      // "psat" is the code's spelling of the peak saturated output power: the row would be dead
      "average output power~de~Psat~translation"
          + "|1|already names 'peak saturated output power' in Parameters|a name the code gives to another parameter",
      "gain~de~Widgetgewinn~translation;gain~de~Widgetgewinn~data-sheet usage"
          + "|2|repeats line 1|a repeated row"})
  void aClashingRowIsRefusedNamingWhatItClashesWith(String file, int line, String problem, String what) {
    ParameterNameFormatException e = refused(file.replace('~', '\t').replace(';', '\n') + "\n");
    assertEquals(line, e.line());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aNameTheCodeGivesToTheSameParameterIsAccepted() {
    assertEquals(1, read("gain\tfr\tgain\ttranslation\n").size());
  }

  @Test
  void aMissingResourceIsAnErrorNamingIt() {
    ParameterNameFormatException e = assertThrows(ParameterNameFormatException.class,
        () -> ParameterNameFile.readResource("no-such-names.tsv", name -> null, (k, d) -> Optional.empty()));
    assertEquals("no-such-names.tsv", e.source());
    assertEquals(0, e.line());
  }

  @Test
  void theErrorIsADataFileFormatException() {
    assertTrue(DataFileFormatException.class.isAssignableFrom(ParameterNameFormatException.class));
  }

  @Test
  void theBundledFileIsReadWhenParametersAreInitialised() {
    assertEquals(Optional.of(Parameters.OUTPUT_POWER), Parameters.lookup("Ausgangsleistung"));
    assertTrue(Parameters.localNames(Parameters.OUTPUT_POWER, "de").contains("Ausgangsleistung"));
    assertTrue(Parameters.synonyms(Parameters.OUTPUT_POWER).contains("Ausgangsleistung"));
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fact words file: the bundled one loads, bad rows are refused naming file and line. */
class FactWordsTest {

  @Test
  void theBundledWordsLoad() {
    FactWords words = FactWords.bundled();
    assertEquals("mm", words.sizePrefixes.get("dn"));
    assertEquals("inch", words.sizePrefixes.get("nps"));
    assertEquals(2, words.numerals.get("zwei"));
    assertEquals("axes", words.countedStems.get("achsig"));
    assertTrue(words.falseHeads.contains("kontrolle"));
    assertEquals(Comparison.GREATER_THAN, words.boundsBefore.get("mehr als"));
    assertEquals(Comparison.AT_LEAST, words.boundsAfter.get("ou plus"));
    assertEquals(Comparison.LESS_THAN, words.boundsBeforeAlone.get("unter"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "numeral\\ten\\tone\\t1|5 columns",
      "colour\\ten\\tred\\t1\\tsynonym|unknown kind",
      "numeral\\tEN\\tone\\t1\\tnumeral|bad lang",
      "numeral\\ten\\tone\\tuno\\tnumeral|not a whole number",
      "size-prefix\\t*\\tDN\\tcm\\tstandard|must be one of",
      "counted\\ten\\taxis\\tAxes!\\ttranslation|not a counted thing",
      "false-head\\tde\\tKontrolle\\tx\\tword formation|meaning -",
      "numeral\\ten\\tone\\t\\tnumeral|empty column",
      "bound-before\\ten\\tup to\\t<=\\tdata-sheet usage|must be one of [>, >=, <]"})
  void aBadRowIsRefusedNamingFileAndLine(String row, String problem) {
    String text = "# header\nnumeral\ten\ttwo\t2\tnumeral\n" + row.replace("\\t", "\t") + "\n";
    FactWordFormatException e = assertThrows(FactWordFormatException.class,
        () -> FactWords.read(new StringReader(text), "words.tsv"));
    assertEquals(3, e.line());
    assertEquals("words.tsv", e.source());
    assertTrue(e.getMessage().contains(problem), e::getMessage);
  }

  @Test
  void aRepeatedRowIsRefused() {
    String text = "numeral\ten\ttwo\t2\tnumeral\nnumeral\ten\tTwo\t2\tnumeral\n";
    FactWordFormatException e = assertThrows(FactWordFormatException.class,
        () -> FactWords.read(new StringReader(text), "words.tsv"));
    assertTrue(e.getMessage().contains("repeats line 1"), e::getMessage);
  }
}

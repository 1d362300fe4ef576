package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Purity grades written as a count of nines, read by {@link PurityGrades}. */
class PurityGradesTest {

  private static String grades(String text) {
    return PurityGrades.factsIn(text).stream().map(f -> f.value().toString()).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Arsine AsH3 6N cylinder|99.9999 %",
      "Gallium 7N ingot|99.99999 %",
      "Tellur 5N5, Granulat|99.9995 %",
      "Germanium (4N)|99.99 %",
      // not grades: a formula, a longer number, a word, a decimal
      "N2 purge, 16N|''",
      "6NM thread|''",
      "1.6N force|''",
      "2N|''"})
  void aGradeIsItsCountOfNines(String text, String expected) {
    assertEquals(expected, grades(text));
  }

  @Test
  void theFactIsAPurityAndSaysWhereItWasRead() {
    String text = "Silicon 9N poly";
    Fact f = PurityGrades.factsIn(text).get(0);
    assertEquals(Parameters.PURITY, f.parameter());
    assertEquals("9N", text.substring(f.start(), f.end()));
    assertTrue(f.source().contains("9 nines"), f.source());
  }

  @Property
  void moreNinesIsPurerAndNeverWhole(@ForAll @IntRange(min = 3, max = 8) int nines,
      @ForAll @IntRange(min = 0, max = 9) int after) {
    double grade = PurityGrades.percentOf(nines, after);
    assertTrue(grade < 100, () -> nines + "N" + after + " gives " + grade);
    // 3N9 is 99.99 %, as 4N is
    assertTrue(PurityGrades.percentOf(nines + 1, 0) >= grade - 1e-9, () -> (nines + 1) + "N against " + nines + "N" + after);
    if (after < 9) {
      assertTrue(PurityGrades.percentOf(nines, after + 1) > grade);
    }
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    PurityGrades.factsIn(text);
  }
}

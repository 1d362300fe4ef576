package org.dualuse.index.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * The purity grades of the trade in high-purity metals, semiconductors and electronic gases, written
 * as a count of nines: "6N" is 99.9999 %, "5N5" is 99.9995 % (the digit after the N follows the
 * nines). A grade is read as the {@linkplain Parameters#PURITY purity} only in a text that names a
 * metal or a chemical (the caller decides): elsewhere "6N" is more likely six newtons.
 *
 * <p>Grades from 3N to 9N are read: 2N (99 %) is written as a percentage in practice, and more
 * than nine nines is not a grade anyone sells. Immutable and thread-safe.
 */
public final class PurityGrades {

  /** nN or nNm, not inside a word or a number ("N2", "16N" and "6NM" are not grades). */
  private static final Pattern GRADE = Pattern.compile("(?<![\\p{L}\\p{N}.,])([3-9])N([1-9])?(?![\\p{L}\\p{N}])");

  private PurityGrades() {}

  /** Whether a text has a grade at all: the cheap test before any name is looked for. */
  public static boolean anyIn(String text) {
    return GRADE.matcher(Objects.requireNonNull(text, "text")).find();
  }

  /** The purity in percent of the grade with {@code nines} nines and this digit after them (0 for none). */
  static double percentOf(int nines, int digitAfter) {
    // 100 - 10^(2 - nines) gives 99.9999 for six nines; the digit after them fills the next place
    double percent = 100 - Math.pow(10, 2 - nines);
    return percent + digitAfter * Math.pow(10, 1 - nines);
  }

  /** The purity facts of the grades a text writes, in text order. */
  public static List<Fact> factsIn(String text) {
    List<Fact> out = new ArrayList<>();
    Matcher m = GRADE.matcher(Objects.requireNonNull(text, "text"));
    while (m.find()) {
      int nines = m.group(1).charAt(0) - '0';
      int after = m.group(2) == null ? 0 : m.group(2).charAt(0) - '0';
      // rounded to the grade's own places, so that 6N is exactly the 99.9999 % it stands for
      double percent = Math.round(percentOf(nines, after) * 1e9) / 1e9;
      out.add(new Fact(Parameters.PURITY, Quantity.of(percent, Units.PERCENT), List.of(), FactOrigin.DERIVED,
          "the purity grade " + m.group() + " (" + nines + " nines" + (after > 0 ? " then " + after : "")
              + "): " + percent + " %", m.start(), m.end()));
    }
    return out;
  }
}

package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.NumberReader.isDigit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what a unit means where it stands, from the words around the number: {@code g} is gravity
 * in a text about shock, {@code rad} a dose in one about radiation; "24K" in a text about fibres is
 * a tow size, "Category 8A" a product group and "1280 × 1024 pixels" an image format, none of them a
 * quantity; and a bare number after "Mach" or 'TPP' takes the unit named before it. These are the
 * finder's judgements of meaning, kept apart from the mechanical reading of spellings in
 * {@link UnitReader}. Stateless.
 */
final class UnitContext {

  private static final int CONTEXT_BEFORE = 80;

  private static final Map<Unit, Unit> AS_GRAVITY = Map.of(
      Units.GRAM, Units.STANDARD_GRAVITY,
      Units.MILLIGRAM, TechnicalUnits.MILLI_STANDARD_GRAVITY,
      Units.MICROGRAM, TechnicalUnits.MICRO_STANDARD_GRAVITY);
  private static final List<String> ACCELERATION_WORDS =
      List.of("shock", "accelerat", "acceleromet", "decelerat", "vibration", "impact", "g-force", "g-load",
          // German, French and Italian: Beschleunigungsaufnehmer, accéléromètre, accelerometro
          "beschleunig", "accélér", "accelerom", "accelerazion");
  private static final List<String> ACCELERATION_SUFFIXES =
      List.of("peak", "pk", "rms", "(peak)", "(rms)", "-force");
  private static final int MAX_TOW_THOUSANDS = 100;
  // words of texts about tows of fibre; "fibre" alone is not one (fibre optics meet cryogenics: "77K")
  private static final java.util.regex.Pattern TOW_WORDS = java.util.regex.Pattern.compile(
      "(?<![\\p{L}])(?:tows?|rovings?|filaments?|prepregs?|carbon[\\s-]+fib(?:re|er)s?|kohlefaser\\p{L}*"
          + "|carbonfaser\\p{L}*)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  private static final List<String> DOSE_WORDS =
      List.of("dose", "radiation", "irradiat", "gamma", "neutron", "silicon", "rad-hard");

  // the name, an optional bracketed abbreviation, then only quotes, "of", "=", ":" or comparator words
  // up to the number: "'Total Processing Performance' ('TPP') of ", "TPP: ", "TPP greater than or equal to "
  private static final java.util.regex.Pattern TPP_BEFORE = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\d])(?:total\\s+processing\\s+performance|tpp)(?![\\p{L}\\d])"
          + "[\\s'\"‘’“”]*(?:\\(\\s*['\"‘’“”]?tpp['\"‘’“”]?\\s*\\)[\\s'\"‘’“”]*)?"
          + "(?:(?:of|=|:|is|a|an|the|equal|to|or|greater|more|higher|less|lower|than|exceeding|above|below|"
          + "at|least|up|declared|rated|approximately|about|≥|>=|>|≤|<=|<)[\\s'\"‘’“”]*)*$");

  private UnitContext() {}

  /** Where "Mach" stands right before the number (one space between), or -1. */
  static int machBefore(String text, int numberStart) {
    int at = numberStart - 1;
    while (at >= 0 && Symbols.isSpace(text.charAt(at)) && text.charAt(at) != '\n') {
      at--;
    }
    int start = at - 3;
    if (at == numberStart - 1 || start < 0 || !text.startsWith("Mach", start)
        || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
      return -1;
    }
    return start;
  }

  /**
   * The unit of a bare number whose scale is named only by the words before it: the annex's
   * 'Total Processing Performance' ('TPP') is a pure number ("a 'TPP' of 6000 or more", "TPP 4 800"),
   * so without this rule the finder drops it and no criterion or fact about it exists. Null when
   * no such name precedes the number in its clause.
   */
  static Unit unitNamedBefore(String text, int numberStart) {
    int from = Math.max(0, numberStart - CONTEXT_BEFORE);
    // cheap test first: most bare numbers have no "tpp" or "performance" anywhere near
    String before = text.substring(from, numberStart).toLowerCase(Locale.ROOT);
    if (!before.contains("tpp") && !before.contains("processing performance")) {
      return null;
    }
    return TPP_BEFORE.matcher(before).find() ? TechnicalUnits.TOTAL_PROCESSING_PERFORMANCE : null;
  }

  /**
   * "Carbon fibre 24K", "12K tow": a whole number up to 100 glued to "K" in a text about fibres
   * counts the thousands of filaments in a tow (1K to some 80K), never kelvin: no fibre is made or
   * tested at such a temperature, and one at room temperature or above ("cured at 450K") still reads.
   */
  static boolean isTowSize(String text, NumberToken number, UnitMatcher.Match unit) {
    if (!unit.unit().equals(Units.KELVIN) || !unit.spelling().equals("K") || unit.end() != number.end() + 1
        || number.value() > MAX_TOW_THOUSANDS
        || text.substring(number.start(), number.end()).chars().anyMatch(c -> c < '0' || c > '9')) {
      return false;
    }
    return TOW_WORDS.matcher(text).find();
  }

  // "1280 × 1024 pixels" is an image format (width × height), not 1024 pixels
  static boolean isPixelFormat(String text, NumberToken number, UnitMatcher.Match unit) {
    if (unit.unit().dimension() != Dimension.PIXEL_COUNT) {
      return false;
    }
    int i = number.start() - 1;
    while (i >= 0 && Symbols.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || "×xX*".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    i--;
    while (i >= 0 && Symbols.isSpace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && isDigit(text.charAt(i));
  }

  // "Category 8A" names a product group, not eight amperes
  static boolean isProductGroup(String text, NumberToken number, UnitMatcher.Match unit) {
    return unit.unit().equals(TechnicalUnits.AMPERE) && number.end() - number.start() == 1 && unit.end() == number.end() + 1;
  }

  static Unit inContext(String text, int numberStart, UnitMatcher.Match match) {
    Unit unit = match.unit();
    if (AS_GRAVITY.containsKey(unit) && isAccelerationContext(text, numberStart, match.end())) {
      return AS_GRAVITY.get(unit);
    }
    if (unit.equals(TechnicalUnits.RADIAN) && match.spelling().equals("rad") && mentions(sentenceBefore(text, numberStart), DOSE_WORDS)) {
      return TechnicalUnits.RAD_DOSE;
    }
    return unit;
  }

  private static boolean isAccelerationContext(String text, int numberStart, int unitEnd) {
    String after = text.substring(unitEnd, Math.min(text.length(), unitEnd + 8)).toLowerCase(Locale.ROOT).stripLeading();
    for (String suffix : ACCELERATION_SUFFIXES) {
      if (after.startsWith(suffix) && (after.length() == suffix.length() || !Character.isLetter(after.charAt(suffix.length())))) {
        return true;
      }
    }
    return mentions(sentenceBefore(text, numberStart), ACCELERATION_WORDS);
  }

  // the clause before the number, so that a word in an earlier sentence does not decide
  private static String sentenceBefore(String text, int end) {
    int from = Math.max(0, end - CONTEXT_BEFORE);
    for (int i = end - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == '\n' || (c == '.' && i + 1 < text.length() && Symbols.isSpace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    return text.substring(from, end).toLowerCase(Locale.ROOT);
  }

  private static boolean mentions(String context, List<String> words) {
    for (String word : words) {
      if (context.contains(word)) {
        return true;
      }
    }
    return false;
  }
}

package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.PowerOfTen.readExponent;
import static org.dualuse.core.quantity.PowerOfTen.readPowerOfTen;

import java.math.BigDecimal;

/**
 * Reads one number at a position of running text: its sign, its digits, its thousands groups and
 * decimal separator as the {@link NumberStyle} reads them, and any exponent or power of ten
 * ({@link PowerOfTen}). Kept apart from the scan because separators are the part of number reading
 * that depends on the text's language, and the rest of the finder must not care which style holds.
 * Stateless; every method is a pure function of its arguments.
 */
final class NumberReader {

  private static final int MAX_DIGITS = 30;

  private NumberReader() {}

  /** The number starting at {@code start}, or null when none does (also at the end of the text). */
  static NumberToken readNumber(String text, int start, NumberStyle style) {
    int n = text.length();
    if (start >= n) {
      // "5 W (" at the end of a text: the bracket that might hold an equivalent holds nothing
      return null;
    }
    int i = start;
    char c = text.charAt(i);
    boolean negative = false;
    if (c == '+' || c == '-' || c == '\u2212') {
      if (i + 1 >= n || !isDigit(text.charAt(i + 1)) || (i > 0 && !opensNumber(text.charAt(i - 1)))) {
        return null;
      }
      // "+/-50 g", "-/+2 V": the sign belongs to a ± tolerance, a symmetric magnitude, never negative
      negative = c != '+' && !afterPlusMinus(text, i);
      i++;
    } else if (!isDigit(c)) {
      return null;
    } else if (i > 0 && gluedToWord(text.charAt(i - 1)) && !afterDimensionCross(text, i)) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    i = readDigits(text, i, digits);
    if (digits.length() > MAX_DIGITS) {
      return null;
    }
    // thousands grouped by spaces: "1 000 W", "12 500 000 Hz"
    if (digits.length() <= 3) {
      while (i + 3 < n && isGroupSpace(text.charAt(i)) && isThreeDigitGroup(text, i + 1)) {
        digits.append(text, i + 1, i + 4);
        i += 4;
      }
    }
    // thousands grouped by commas in English style: where a decimal comma cannot be meant, or in an
    // English text; a leading zero ("0,125") is always a decimal
    boolean groupable = digits.length() <= 3 && !digits.toString().equals("0");
    int commaGroups = countGroups(text, i, ',');
    if (groupable && (commaGroups >= 2
        || (commaGroups == 1 && i + 5 < n && text.charAt(i + 4) == '.' && isDigit(text.charAt(i + 5)))
        || (commaGroups == 1 && style == NumberStyle.POINT_DECIMAL && !decimalAfterGroup(text, i + 4)))) {
      for (int g = 0; g < commaGroups; g++) {
        digits.append(text, i + 1, i + 4);
        i += 4;
      }
    } else if (groupable && style == NumberStyle.COMMA_DECIMAL && commaGroups == 0) {
      // thousands grouped by points in continental style ("1.400", "1.234,5")
      int pointGroups = countGroups(text, i, '.');
      if (pointGroups >= 1 && !decimalAfterGroup(text, i + 4 * pointGroups, '.')) {
        for (int g = 0; g < pointGroups; g++) {
          digits.append(text, i + 1, i + 4);
          i += 4;
        }
      }
    }
    StringBuilder fraction = new StringBuilder();
    if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
      i = readDigits(text, i + 1, fraction);
      if (fraction.length() > MAX_DIGITS) {
        return null;
      }
      if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
        return null; // "1.2.3": a version or a paragraph number, not a quantity
      }
    }
    String mantissa = (negative ? "-" : "") + digits + (fraction.length() > 0 ? "." + fraction : "");
    int exponent = 0;
    int end = i;
    int[] scientific = readExponent(text, i);
    if (scientific != null) {
      exponent = scientific[0];
      end = scientific[1];
    } else {
      int[] power = readPowerOfTen(text, i, new BigDecimal(mantissa), fraction.length() == 0 && digits.toString().equals("10"));
      if (power != null) {
        if (power[2] == 1) {
          mantissa = negative ? "-1" : "1"; // "10^3" alone: the 10 is the base, not a mantissa
        }
        exponent = power[0];
        end = power[1];
      }
    }
    double value = new BigDecimal(mantissa).scaleByPowerOfTen(exponent).doubleValue();
    if (!Double.isFinite(value)) {
      return null;
    }
    return new NumberToken(start, end, value);
  }

  static int readDigits(String text, int i, StringBuilder into) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      into.append(text.charAt(i++));
    }
    return i;
  }

  /** Whether a separator and a digit follow at {@code i} ("1,000,5": not a group but a paragraph number). */
  private static boolean decimalAfterGroup(String text, int i) {
    return decimalAfterGroup(text, i, ',');
  }

  private static boolean decimalAfterGroup(String text, int i, char separator) {
    return i + 1 < text.length() && text.charAt(i) == separator && isDigit(text.charAt(i + 1));
  }

  private static int countGroups(String text, int i, char separator) {
    int groups = 0;
    while (i + 3 < text.length() && text.charAt(i) == separator && isThreeDigitGroup(text, i + 1)) {
      groups++;
      i += 4;
    }
    return groups;
  }

  private static boolean isThreeDigitGroup(String text, int i) {
    return i + 2 < text.length() && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
        && (i + 3 == text.length() || !isDigit(text.charAt(i + 3)));
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean gluedToWord(char previous) {
    if (previous == 'Ø' || previous == 'ø' || previous == '⌀') {
      return false; // a diameter sign is written glued to its number: "Ø50 mm"
    }
    return Character.isLetterOrDigit(previous) || previous == '.' || previous == ',' || previous == '_';
  }

  /**
   * Whether the number at {@code i} follows a multiplication cross glued between two numbers, as a
   * list of dimensions is written: "Ø80x110mm", "200x100x5 mm". The cross is then no letter of a word.
   */
  private static boolean afterDimensionCross(String text, int i) {
    return i >= 2 && (text.charAt(i - 1) == 'x' || text.charAt(i - 1) == 'X') && isDigit(text.charAt(i - 2));
  }

  private static boolean opensNumber(char previous) {
    return Symbols.isSpace(previous) || "([{=:<>≤≥~≈±/".indexOf(previous) >= 0;
  }

  /** Whether the sign at {@code sign} ends a written plus-minus ("+/-", "-/+", "±-"). */
  private static boolean afterPlusMinus(String text, int sign) {
    int j = sign - 1;
    if (j >= 0 && text.charAt(j) == '\u00B1') {
      return true;
    }
    if (j < 1 || text.charAt(j) != '/') {
      return false;
    }
    char other = text.charAt(j - 1);
    char own = text.charAt(sign);
    return own == '+' ? other == '-' || other == '\u2212' : other == '+';
  }
}

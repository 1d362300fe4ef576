package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.NumberReader.isDigit;
import static org.dualuse.core.quantity.NumberReader.readDigits;
import static org.dualuse.core.quantity.UnitContext.inContext;
import static org.dualuse.core.quantity.UnitReader.readUnit;
import static org.dualuse.core.quantity.UnitReader.startsUnit;

import java.math.BigDecimal;

/**
 * Reads the scale written after a mantissa: exponents ({@code 5E3}, {@code 1e-6}), powers of ten after
 * a times sign ({@code 5 × 10^3}, {@code 5 × 10³}) and the annex's flattened forms ({@code 5 × 103},
 * {@code less than 10-14 J}), whose superscripts were lost when the official text was consolidated.
 * The flattened forms are guesses guarded by how the annex writes them, so they live apart from the
 * plain digits and separators of {@link NumberReader}. Stateless.
 */
final class PowerOfTen {

  private static final int MAX_EXPONENT_DIGITS = 3;
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private PowerOfTen() {}

  /**
   * "less than 10-14 J": the annex's consolidated text prints 10⁻¹⁴ flattened to "10-14". Read so
   * only where a comparator stands right before it ("than", "below", "exceeding", "of"), since after
   * one a range "10 to 14" makes no sense, and only when a unit follows; null otherwise.
   */
  static QuantityToken flattenedNegativePower(String text, int i) {
    int n = text.length();
    if (!text.startsWith("10", i) || (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.'))
        || i + 3 >= n || (text.charAt(i + 2) != '-' && text.charAt(i + 2) != '\u2212')) {
      return null;
    }
    int j = i + 3;
    int e = 0;
    int digits = 0;
    while (j < n && isDigit(text.charAt(j)) && digits < 2) {
      e = e * 10 + (text.charAt(j) - '0');
      j++;
      digits++;
    }
    if (digits == 0 || text.charAt(i + 3) == '0' || (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == ',' || text.charAt(j) == '.'))) {
      return null;
    }
    if (!COMPARATOR_BEFORE.matcher(text.substring(Math.max(0, i - 24), i)).find()) {
      return null;
    }
    UnitMatcher.Match unit = readUnit(text, j);
    if (unit == null) {
      return null;
    }
    return new QuantityToken(i, unit.end(), Math.pow(10, -e), inContext(text, i, unit), null);
  }

  private static final java.util.regex.Pattern COMPARATOR_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?:than|below|under|exceeding|of)\\s*$");

  /** {@code [exponent, end]} of an "E3", "e-6" directly after the mantissa, or null. */
  static int[] readExponent(String text, int i) {
    int n = text.length();
    if (i >= n || (text.charAt(i) != 'e' && text.charAt(i) != 'E')) {
      return null;
    }
    int j = i + 1;
    boolean negative = false;
    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-' || text.charAt(j) == '\u2212')) {
      negative = text.charAt(j) != '+';
      j++;
    }
    StringBuilder digits = new StringBuilder();
    j = readDigits(text, j, digits);
    if (digits.length() == 0 || digits.length() > MAX_EXPONENT_DIGITS || (j < n && Character.isLetterOrDigit(text.charAt(j)) && !startsUnit(text, j))) {
      return null;
    }
    int e = Integer.parseInt(digits.toString());
    return new int[] {negative ? -e : e, j};
  }

  /**
   * {@code [exponent, end, baseOnly]} of a power of ten after the mantissa ("× 10^3", "× 10³",
   * flattened "× 103", "× 10-6"), or of "10^3" itself when {@code isTen}; null if there is none.
   */
  static int[] readPowerOfTen(String text, int i, BigDecimal mantissa, boolean isTen) {
    int n = text.length();
    if (isTen) {
      int[] explicit = readExplicitExponent(text, i);
      if (explicit != null) {
        return new int[] {explicit[0], explicit[1], 1};
      }
    }
    int j = i;
    while (j < n && j - i < 2 && Symbols.isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n || "×xX*·⋅".indexOf(text.charAt(j)) < 0) {
      return null;
    }
    j++;
    while (j < n && j - i < 6 && Symbols.isSpace(text.charAt(j))) {
      j++;
    }
    if (!text.startsWith("10", j)) {
      return null;
    }
    int k = j + 2;
    int[] explicit = readExplicitExponent(text, k);
    if (explicit != null) {
      return new int[] {explicit[0], explicit[1], 0};
    }
    // the flattened form needs a small mantissa, or "640 × 1024" would be 640 × 10^24; the annex
    // writes mantissas up to two digits ("12,7 × 106 m")
    double m = Math.abs(mantissa.doubleValue());
    if (!(m > 0 && m < 100) || k >= n) {
      return null;
    }
    boolean negative = false;
    int d = k;
    if (text.charAt(d) == '-' || text.charAt(d) == '\u2212') {
      negative = true;
      d++;
    }
    StringBuilder digits = new StringBuilder();
    int end = readDigits(text, d, digits);
    // "× 100" is a hundred, never a flattened 10^0
    if (digits.length() == 0 || digits.length() > 2 || digits.charAt(0) == '0') {
      return null;
    }
    int e = Integer.parseInt(digits.toString());
    return new int[] {negative ? -e : e, end, 0};
  }

  /** {@code [exponent, end]} of "^3", "^-6", "³", "⁻⁶" at {@code k}, or null. */
  private static int[] readExplicitExponent(String text, int k) {
    int n = text.length();
    if (k >= n) {
      return null;
    }
    if (text.charAt(k) == '^') {
      int j = k + 1;
      boolean negative = false;
      if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-' || text.charAt(j) == '\u2212')) {
        negative = text.charAt(j) != '+';
        j++;
      }
      StringBuilder digits = new StringBuilder();
      int end = readDigits(text, j, digits);
      if (digits.length() == 0 || digits.length() > MAX_EXPONENT_DIGITS) {
        return null;
      }
      int e = Integer.parseInt(digits.toString());
      return new int[] {negative ? -e : e, end};
    }
    int j = k;
    boolean negative = false;
    if (text.charAt(j) == '⁻' || text.charAt(j) == '⁺') {
      negative = text.charAt(j) == '⁻';
      j++;
    }
    int e = 0;
    int count = 0;
    while (j < n && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0 && count < MAX_EXPONENT_DIGITS) {
      e = e * 10 + SUPERSCRIPTS.indexOf(text.charAt(j));
      j++;
      count++;
    }
    if (count == 0 || (j < n && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0)) {
      return null;
    }
    return new int[] {negative ? -e : e, j};
  }
}

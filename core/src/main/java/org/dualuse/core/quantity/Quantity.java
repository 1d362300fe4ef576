package org.dualuse.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * A value with a unit: {@code 3.1 GHz}, {@code 47.8 dBm}, {@code -55 °C}.
 *
 * <p>{@link #equals} is strict record equality: same value and same unit, so {@code 1 kW} and
 * {@code 1000 W} are not equal. Use {@link #isEquivalentTo} to compare across units and {@link
 * #compareSi} to order. Immutable and thread-safe.
 *
 * @param value a finite number; {@code -0.0} is stored as {@code 0.0}
 * @param unit the unit the value is written in
 */
public record Quantity(double value, Unit unit) implements Measurement {

  private static final double RELATIVE_TOLERANCE = 1e-9;
  // integers below this print without a fraction and still parse back to the same double
  private static final double PLAIN_INTEGER_LIMIT = 1e15;

  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new DualUseException("quantity value must be finite: " + value + " " + unit);
    }
    value = value == 0 ? 0.0 : value;
  }

  /** The quantity {@code value unit}. */
  public static Quantity of(double value, Unit unit) {
    return new Quantity(value, unit);
  }

  @Override
  public Dimension dimension() {
    return unit.dimension();
  }

  /** The value in the SI unit of the dimension ({@link Dimension#siSymbol()}). */
  public double toSi() {
    return unit.toSi(value);
  }

  /**
   * This quantity expressed in another unit of the same dimension.
   *
   * @throws UnitConversionException if the dimensions differ (the message names both units), if the
   *     target is logarithmic and the value is not positive, or if the result overflows
   */
  public Quantity to(Unit target) {
    Objects.requireNonNull(target, "target");
    if (target.equals(unit)) {
      return this;
    }
    requireSameDimension(target);
    double converted = target.fromSi(toSi());
    if (!Double.isFinite(converted)) {
      throw new UnitConversionException("" + this + " overflows in " + target.symbol());
    }
    return new Quantity(converted, target);
  }

  /** This quantity in the SI unit of its dimension. */
  public Quantity toSiUnit() {
    return to(Units.si(unit.dimension()));
  }

  /**
   * Whether both quantities have the same dimension and SI values equal within 1e-9 relative to the
   * larger (or to the larger temperature offset, for °C and °F near absolute zero). Unit-invariant,
   * unlike {@link #equals}.
   */
  public boolean isEquivalentTo(Quantity other) {
    Objects.requireNonNull(other, "other");
    if (other.dimension() != dimension()) {
      return false;
    }
    double a = toSi();
    double b = other.toSi();
    double scale = Math.max(Math.max(Math.abs(a), Math.abs(b)),
        Math.max(Math.abs(unit.offset()), Math.abs(other.unit.offset())));
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * scale;
  }

  /**
   * Orders by SI value, like {@link Comparable#compareTo}: negative, zero or positive. Zero means
   * equal SI values exactly, not {@link #equals}.
   *
   * @throws UnitConversionException if the dimensions differ
   */
  public int compareSi(Quantity other) {
    Objects.requireNonNull(other, "other");
    requireSameDimension(other.unit);
    return Double.compare(toSi(), other.toSi());
  }

  private void requireSameDimension(Unit other) {
    if (other.dimension() != unit.dimension()) {
      throw new UnitConversionException("cannot convert " + unit.symbol() + " (" + unit.dimension() + ") to "
          + other.symbol() + " (" + other.dimension() + ")");
    }
  }

  /**
   * Reads a quantity written as {@code <number> <unit symbol>}.
   *
   * <p>Grammar: optional spaces, an optional sign ({@code +}, {@code -} or the unicode minus), digits
   * with an optional decimal point and fraction ({@code 2.7}), an optional exponent ({@code 5E3},
   * {@code 1e-6}), optional spaces, then a unit symbol or alias as {@link Units#parse} reads it,
   * optional spaces. The decimal comma, thousands separators and "× 10" powers of running text
   * belong to {@link QuantityFinder}, not here. {@code parse(q.toString())} equals {@code q} for
   * every registered unit.
   *
   * @throws QuantityFormatException with the input and the index of the first character that does
   *     not fit
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = skipSpaces(text, 0);
    int numberStart = i;
    StringBuilder number = new StringBuilder();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-' || text.charAt(i) == '\u2212')) {
      number.append(text.charAt(i) == '+' ? '+' : '-');
      i++;
    }
    int digitsStart = i;
    i = appendDigits(text, i, number);
    if (i == digitsStart) {
      throw new QuantityFormatException("a quantity starts with a number", text, i);
    }
    if (i < n && text.charAt(i) == '.') {
      number.append('.');
      int fractionStart = ++i;
      i = appendDigits(text, i, number);
      if (i == fractionStart) {
        throw new QuantityFormatException("digits expected after the decimal point", text, i);
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && startsExponent(text, i + 1)) {
      number.append('E');
      i++;
      if (text.charAt(i) == '+' || text.charAt(i) == '-') {
        number.append(text.charAt(i));
        i++;
      }
      i = appendDigits(text, i, number);
    }
    double value;
    try {
      value = new BigDecimal(number.toString()).doubleValue();
    } catch (NumberFormatException e) {
      throw new QuantityFormatException("not a number", text, numberStart);
    }
    if (!Double.isFinite(value)) {
      throw new QuantityFormatException("number out of range", text, numberStart);
    }
    int unitStart = skipSpaces(text, i);
    if (unitStart == n) {
      throw new QuantityFormatException("a unit is required after the number", text, unitStart);
    }
    String symbol = text.substring(unitStart);
    Unit unit = Units.lookup(symbol).orElseThrow(
        () -> new QuantityFormatException("unknown unit '" + symbol.strip() + "'", text, unitStart));
    return new Quantity(value, unit);
  }

  private static boolean startsExponent(String text, int i) {
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    return i < text.length() && isAsciiDigit(text.charAt(i));
  }

  private static int appendDigits(String text, int i, StringBuilder into) {
    // a long run of digits is garbage, not a number; bounding it keeps BigDecimal cheap
    int start = i;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      if (i - start >= 400) {
        throw new QuantityFormatException("too many digits", text, i);
      }
      into.append(text.charAt(i++));
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Symbols.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code <number> <symbol>}, the number as short as it can be while reading back exactly: {@code 1.5 MHz}. */
  @Override
  public String toString() {
    return formatValue(value) + " " + unit.symbol();
  }

  static String formatValue(double value) {
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}

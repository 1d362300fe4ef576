package org.dualuse.core.quantity;

import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * A unit of measurement: its symbol, its {@link Dimension} and how its values convert to the SI
 * unit of that dimension.
 *
 * <p>Linear units convert as {@code si = value * factor + offset} (the offset serves °C and °F).
 * Logarithmic units convert as {@code si = factor * 10^(value / 10)}, {@code factor} being the
 * reference level: dBm has reference 1 mW, so {@code P[W] = 10^((dBm - 30) / 10)}.
 *
 * <p>Immutable and thread-safe. Equality is record equality; the registered units live in {@link
 * Units}.
 *
 * @param symbol the canonical symbol, written by {@link Quantity#toString()}
 * @param dimension what the unit measures
 * @param factor the SI value of one unit, or the reference level of a logarithmic unit; finite and
 *     positive
 * @param offset added after scaling (0 except for temperatures); 0 for logarithmic units
 * @param logarithmic whether values are decibels relative to {@code factor}
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset, boolean logarithmic) {

  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(dimension, "dimension");
    if (symbol.isBlank()) {
      throw new DualUseException("unit symbol must not be blank: '" + symbol + "'");
    }
    if (!Double.isFinite(factor) || factor <= 0) {
      throw new DualUseException("factor of unit " + symbol + " must be finite and positive: " + factor);
    }
    if (!Double.isFinite(offset)) {
      throw new DualUseException("offset of unit " + symbol + " must be finite: " + offset);
    }
    if (logarithmic && offset != 0) {
      throw new DualUseException("logarithmic unit " + symbol + " cannot have an offset: " + offset);
    }
  }

  /** A unit whose SI value is {@code value * factor}. */
  public static Unit linear(String symbol, Dimension dimension, double factor) {
    return new Unit(symbol, dimension, factor, 0, false);
  }

  /** A unit whose SI value is {@code value * factor + offset}, such as °C. */
  public static Unit affine(String symbol, Dimension dimension, double factor, double offset) {
    return new Unit(symbol, dimension, factor, offset, false);
  }

  /** A decibel unit relative to {@code reference} (in SI): dBm is {@code decibel("dBm", POWER, 1e-3)}. */
  public static Unit decibel(String symbol, Dimension dimension, double reference) {
    return new Unit(symbol, dimension, reference, 0, true);
  }

  /** Whether this unit is the SI unit of its dimension (factor 1, no offset, linear). */
  public boolean isSi() {
    return factor == 1 && offset == 0 && !logarithmic;
  }

  /** The SI value of {@code value} in this unit. */
  public double toSi(double value) {
    return logarithmic ? factor * Math.pow(10, value / 10) : value * factor + offset;
  }

  /**
   * The value in this unit of an SI value.
   *
   * @throws UnitConversionException if this unit is logarithmic and {@code si} is not positive
   */
  public double fromSi(double si) {
    if (logarithmic) {
      if (!(si > 0)) {
        throw new UnitConversionException(
            "cannot express " + si + " " + dimension.siSymbol() + " in " + symbol + ": decibels need a positive value");
      }
      return 10 * Math.log10(si / factor);
    }
    return (si - offset) / factor;
  }

  @Override
  public String toString() {
    return symbol;
  }
}

package org.dualuse.core.quantity;

import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * A closed, open or half-open interval of quantities of one dimension: {@code 2.9–3.5 GHz}, {@code
 * from 218 K to 398 K}.
 *
 * <p>The bounds keep the units the text used; {@link #contains} compares SI values. Immutable and
 * thread-safe.
 *
 * @param low the lower bound
 * @param lowInclusive whether {@code low} itself is in the range
 * @param high the upper bound; same dimension as {@code low} and not below it
 * @param highInclusive whether {@code high} itself is in the range
 */
public record QuantityRange(Quantity low, boolean lowInclusive, Quantity high, boolean highInclusive)
    implements Measurement {

  public QuantityRange {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.dimension() != high.dimension()) {
      throw new DualUseException("range bounds differ in dimension: " + low + " (" + low.dimension()
          + ") and " + high + " (" + high.dimension() + ")");
    }
    if (low.toSi() > high.toSi()) {
      throw new DualUseException("range low bound " + low + " is above its high bound " + high);
    }
  }

  /** The range with both bounds included, as "from ... to ..." and "2.9–3.5 GHz" read. */
  public static QuantityRange closed(Quantity low, Quantity high) {
    return new QuantityRange(low, true, high, true);
  }

  @Override
  public Dimension dimension() {
    return low.dimension();
  }

  /**
   * Whether {@code q} lies in the range, comparing SI values exactly.
   *
   * @throws UnitConversionException if {@code q} has another dimension
   */
  public boolean contains(Quantity q) {
    int fromLow = q.compareSi(low);
    int toHigh = q.compareSi(high);
    return (lowInclusive ? fromLow >= 0 : fromLow > 0) && (highInclusive ? toHigh <= 0 : toHigh < 0);
  }

  /** Interval notation with the bounds' own units: {@code [2.9 GHz, 3.5 GHz]}, {@code (0 W, 1 W]}. */
  @Override
  public String toString() {
    return (lowInclusive ? "[" : "(") + low + ", " + high + (highInclusive ? "]" : ")");
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;

/**
 * One thing known about a product: a parameter's value or range, where it came from, and the other
 * parameters it might be about when the text is ambiguous. Immutable.
 *
 * @param parameter the parameter it most likely gives
 * @param value a quantity or a range, in the unit written
 * @param alternatives other parameters of the same dimension the value might give, never silently
 *     dropped: the evaluator may use the value for them and says so
 * @param origin stated, named in text, unnamed in text, or derived
 * @param source the words it was read from ("Psat 47.8 dBm", or "frame rate=60 Hz")
 * @param start index of the value in the product text, or -1 when not from the text
 * @param end index after the value in the product text, or -1
 * @param bound null when the value is the product's own; otherwise the text states only a bound the
 *     product's value lies beyond, in this direction: "over 2.5 MW" is {@link Comparison#GREATER_THAN}
 *     2.5 MW, "at least 3 kW" {@link Comparison#AT_LEAST} 3 kW, "less than 0.5 °/h" {@link
 *     Comparison#LESS_THAN} 0.5 °/h ({@link #bounded}). A bound is a single quantity, never a range
 */
public record Fact(Parameter parameter, Measurement value, List<Parameter> alternatives, FactOrigin origin,
    String source, int start, int end, Comparison bound) {

  /** A fact whose value is the product's own value (no bound). */
  public Fact(Parameter parameter, Measurement value, List<Parameter> alternatives, FactOrigin origin,
      String source, int start, int end) {
    this(parameter, value, alternatives, origin, source, start, end, null);
  }

  public Fact {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    if (value.dimension() != parameter.dimension()) {
      throw new DualUseException("fact '" + parameter.name() + "' needs a value of dimension "
          + parameter.dimension() + ", got " + value + " (" + value.dimension() + ")");
    }
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    for (Parameter alt : alternatives) {
      if (alt.dimension() != parameter.dimension()) {
        throw new DualUseException("alternative '" + alt.name() + "' of fact '" + parameter.name()
            + "' has dimension " + alt.dimension() + ", not " + parameter.dimension());
      }
    }
    source = source == null ? "" : source;
    if (bound != null && !(value instanceof Quantity)) {
      throw new DualUseException("fact '" + parameter.name() + "': a bound (" + bound.symbol()
          + ") needs a single value, got " + value);
    }
  }

  /** The same fact, stating only that the product's value lies beyond its value in {@code direction}. */
  public Fact bounded(Comparison direction) {
    return new Fact(parameter, value, alternatives, origin, source, start, end,
        Objects.requireNonNull(direction, "direction"));
  }

  /**
   * The value to hold against a limit of the given direction. A range counts when some value in it
   * meets the limit, so it is returned whole (the evaluator compares its top with a lower bound and
   * its bottom with an upper bound) — except for a span that starts at the zero of a ratio scale
   * ("0-10 bar", "measuring range 0 to 100 %"): that zero is where the scale begins, not a value the
   * product attains or resolves, so against an upper bound ("less than 0.1 Pa") only the span's top
   * speaks, and it is returned alone. Zeros of interval or logarithmic scales (0 °C, 0 dBm) are real
   * values and keep the whole range.
   *
   * @param comparison the direction of the limit
   * @return {@link #value()}, or the high end of a zero-based range against an upper bound
   */
  public Measurement against(Comparison comparison) {
    if (!comparison.isLowerBound() && value instanceof QuantityRange r && startsAtOrigin(r)) {
      return r.high();
    }
    return value;
  }

  private static boolean startsAtOrigin(QuantityRange r) {
    Unit unit = r.low().unit();
    return r.low().value() == 0 && !unit.logarithmic() && unit.offset() == 0;
  }

  /**
   * {@code parameter = value}, e.g. {@code peak saturated output power = 47.8 dBm}, or for a bound
   * {@code parameter > value}.
   */
  public String describe() {
    return parameter.name() + " " + (bound == null ? "=" : bound.symbol()) + " " + value;
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;

/**
 * The facts a product's stated name=value pairs give ("Psat" = "47.8 dBm"): unlike a text, a stated
 * value is the user's word, so one that cannot be read or cannot be true is refused with an error
 * naming it rather than left out. A name the vocabulary does not know keeps its own words as a new
 * parameter of the value's dimension. Static helpers only.
 */
final class StatedFacts {
  private StatedFacts() {}

  /**
   * The fact a stated name=value pair gives.
   *
   * @throws FactFormatException naming the fact when it has no name or value, the value is not one
   *     value with a readable unit, or its dimension does not fit the named parameter
   * @throws ImpossibleFactException when the value is no finite number or not positive where it must be
   */
  static Fact read(String name, String value, QuantityFinder finder) {
    if (name == null || name.isBlank()) {
      throw new FactFormatException(name, value, "a stated fact needs a name (value "
          + DualUseException.quote(value) + ")");
    }
    if (value == null || value.isBlank()) {
      throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + " has no value");
    }
    ScannedText scan = ScannedText.of(value, finder);
    if (scan.quantities.size() != 1) {
      throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + ": cannot read "
          + DualUseException.quote(value) + " as one value with a unit (e.g. '60 W', '2.9-3.5 GHz', '-55 °C')");
    }
    FoundQuantity q = scan.quantities.get(0);
    Dimension dimension = q.dimension();
    checkPossible(name, value, q.measurement());
    Optional<Parameter> known = Parameters.lookup(name, dimension);
    Parameter parameter;
    if (known.isPresent()) {
      parameter = known.get();
    } else {
      Optional<Parameter> other = Parameters.lookup(name);
      if (other.isPresent()) {
        throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + " = "
            + DualUseException.quote(value) + ": '" + other.get().name()
            + "' needs a value in " + Units.si(other.get().dimension()).symbol() + " (" + other.get().dimension()
            + "), but '" + q.text().strip() + "' is " + dimension);
      }
      parameter = new Parameter(Parameters.key(name), dimension, "What is the " + Parameters.key(name) + "?");
    }
    Fact fact = new Fact(parameter, q.measurement(), List.of(), FactOrigin.STATED, name + "=" + value, -1, -1);
    // "> 2.5 MW", "mindestens 3 kW": the user states a bound of the value
    Optional<Comparison> bound = ValueBounds.of(scan.normalised, q, 0, scan.normalised.length(), true);
    return bound.isPresent() ? fact.bounded(bound.get()) : fact;
  }

  /**
   * Rejects a stated value no product can have: not a finite number, or a negative or zero value of
   * a quantity that is a positive magnitude (a frame rate of -60 Hz, a power of -5 W, 0 K).
   */
  private static void checkPossible(String name, String value, Measurement m) {
    List<Quantity> bounds = m instanceof QuantityRange r ? List.of(r.low(), r.high()) : List.of((Quantity) m);
    for (Quantity b : bounds) {
      double si = b.toSi();
      if (!Double.isFinite(b.value()) || !Double.isFinite(si)) {
        throw new ImpossibleFactException(name, value, "fact " + DualUseException.quote(name) + ": "
            + DualUseException.quote(value) + " is not a finite number");
      }
      if (m.dimension().isPositiveMagnitude() && si <= 0) {
        throw new ImpossibleFactException(name, value, "fact " + DualUseException.quote(name) + ": "
            + DualUseException.quote(value) + " is impossible: a " + m.dimension().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " is more than zero");
      }
    }
  }
}

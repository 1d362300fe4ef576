package org.dualuse.core.criteria;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/**
 * The quantities the annex's thresholds speak of that data sheets leave for the reader to compute,
 * derived from the facts a product states. Each is added only when no fact names it already, and
 * only from single values (a range gives no one product's figure), never from a
 * {@link FactOrigin#CONDITION}:
 *
 * <ul>
 *   <li><b>fractional bandwidth</b> {@code 2 (high - low) / (high + low)} of an operating frequency
 *       range, in percent (3A001.b);
 *   <li><b>energy density</b> and <b>continuous power density</b> of cells and batteries
 *       (3A001.e.1), in Wh/kg and W/kg: {@link BatteryDensities};
 *   <li><b>specific tensile strength</b> and <b>specific modulus</b> (1C010, 1C210, 0B001.b): tensile
 *       strength or tensile modulus divided by the specific weight (density × standard gravity), in
 *       metres, as the annex's definitions divide them;
 *   <li><b>aggregate data rate</b> of transceivers (3A001.a.7.b): {@link AggregateDataRate};
 *   <li><b>total processing performance</b> ('TPP', 3A501.a.16): {@link TotalProcessingPerformance};
 *   <li><b>concentration</b> of a substance in a mixture (the mixture notes of 1C350, 1C450):
 *       {@link MixtureConcentration}.
 * </ul>
 *
 * <p>This class holds the order of the derivations, the two that need no reading of the text, and
 * what every derivation shares: which facts may feed one, how a derived fact records its sum, and
 * where a clause of the text begins and ends. The others read the text and are a class each.
 *
 * <p>Stateless; the lists it is given are confined to one thread.
 */
final class DerivedFacts {

  /** Standard gravity, by which the annex divides strength and modulus per density. */
  static final double STANDARD_GRAVITY = 9.80665;

  private DerivedFacts() {}

  /** Adds to {@code all} the facts derivable from it; {@code text} is where the facts were read. */
  static void addTo(List<Fact> all, String text) {
    addFractionalBandwidth(all);
    BatteryDensities.addSpecificEnergy(all, text == null ? "" : text);
    BatteryDensities.addContinuousPowerDensity(all, text == null ? "" : text);
    addPerSpecificWeight(all, PhysicalParameters.TENSILE_STRENGTH, PhysicalParameters.SPECIFIC_TENSILE_STRENGTH, "tensile strength");
    addPerSpecificWeight(all, PhysicalParameters.TENSILE_MODULUS, PhysicalParameters.SPECIFIC_MODULUS, "tensile modulus");
    AggregateDataRate.addTo(all, text == null ? "" : text);
    TotalProcessingPerformance.addTo(all, text == null ? "" : text);
    MixtureConcentration.addTo(all, text == null ? "" : text);
  }

  private static void addFractionalBandwidth(List<Fact> all) {
    if (named(all, Parameters.FRACTIONAL_BANDWIDTH)) {
      return;
    }
    for (Fact f : List.copyOf(all)) {
      if (usable(f) && same(f.parameter(), Parameters.OPERATING_FREQUENCY) && f.value() instanceof QuantityRange r) {
        double low = r.low().toSi();
        double high = r.high().toSi();
        if (low > 0 && high > low) {
          double percent = 200 * (high - low) / (high + low);
          all.add(derived(Parameters.FRACTIONAL_BANDWIDTH, round(percent), Units.PERCENT,
              "2 (high - low) / (high + low) of " + r + source(f), f));
          return;
        }
      }
    }
  }

  private static void addPerSpecificWeight(List<Fact> all, Parameter of, Parameter specific, String name) {
    if (named(all, specific)) {
      return;
    }
    Optional<Fact> value = all.stream().filter(f -> usable(f) && same(f.parameter(), of)
        && f.value() instanceof Quantity).findFirst();
    Optional<Fact> density = first(all, Dimension.DENSITY);
    if (value.isEmpty() || density.isEmpty()) {
      return;
    }
    double rho = single(density.get()).toSi();
    double pascals = single(value.get()).toSi();
    if (!(rho > 0) || !(pascals > 0)) {
      return;
    }
    double metres = pascals / (rho * STANDARD_GRAVITY);
    all.add(derived(specific, Math.round(metres), Units.METRE,
        name + " " + value.get().value() + source(value.get()) + " ÷ (density " + density.get().value()
            + source(density.get()) + " × g)", value.get()));
  }

  /** The part of {@code s} after its last clause mark ({@code , ; newline}): the clause a value ends. */
  static String clauseTail(String s) {
    int cut = Math.max(Math.max(s.lastIndexOf(','), s.lastIndexOf(';')), s.lastIndexOf('\n'));
    return cut < 0 ? s : s.substring(cut + 1);
  }

  /** The part of {@code s} before its first clause mark: the clause a value begins. */
  static String clauseHead(String s) {
    int cut = s.length();
    for (char c : new char[] {',', ';', '\n'}) {
      int at = s.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return s.substring(0, cut);
  }

  /** Whether a usable fact answers {@code p}: then the text states it, and nothing is derived. */
  static boolean named(List<Fact> all, Parameter p) {
    return all.stream().anyMatch(f -> usable(f) && same(f.parameter(), p));
  }

  /** The first single value of a dimension that is not a condition, preferring one a word names. */
  static Optional<Fact> first(List<Fact> all, Dimension dimension) {
    Optional<Fact> named = all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension && f.origin() != FactOrigin.UNNAMED_IN_TEXT).findFirst();
    return named.isPresent() ? named : all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension).findFirst();
  }

  /** Whether a fact may feed a derivation: a condition is no product figure, a derived one no stated one. */
  static boolean usable(Fact f) {
    // a bound ("over 2.5 MW") is no value to compute with: a quotient of bounds bounds nothing
    return f.origin() != FactOrigin.CONDITION && f.origin() != FactOrigin.DERIVED && f.bound() == null;
  }

  static Quantity single(Fact f) {
    return (Quantity) f.value();
  }

  static boolean same(Parameter a, Parameter b) {
    return a.dimension() == b.dimension() && a.name().equals(b.name());
  }

  /** Two decimals: a derived figure claims no more precision than the figures it comes from. */
  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The words a fact was read from, quoted for the derivation's sum, or nothing. */
  static String source(Fact f) {
    return f.source().isEmpty() ? "" : " ('" + f.source() + "')";
  }

  /** A derived fact, placed where the fact it mainly comes from was read, with its sum as its source. */
  static Fact derived(Parameter p, double value, Unit unit, String how, Fact from) {
    return new Fact(p, Quantity.of(value, unit), List.of(), FactOrigin.DERIVED, how, from.start(), from.end());
  }
}

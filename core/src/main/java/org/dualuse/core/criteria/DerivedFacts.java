package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li><b>energy density</b> (specific energy, 3A001.e.1): the stated energy, or nominal voltage ×
 *       capacity, divided by the mass, in Wh/kg;
 *   <li><b>specific tensile strength</b> and <b>specific modulus</b> (1C010, 1C210, 0B001.b): tensile
 *       strength or tensile modulus divided by the specific weight (density × standard gravity), in
 *       metres, as the annex's definitions divide them;
 *   <li><b>aggregate data rate</b> (3A001.a.7.b Technical Note 2): the transceivers' rate times their
 *       number, summed over the groups the text names ("48 transceivers at 32.75 Gb/s",
 *       "16 × 58 Gb/s", "28 Gb/s per lane, 8 lanes").
 * </ul>
 *
 * <p>Stateless; the lists it is given are confined to one thread.
 */
final class DerivedFacts {

  /** Standard gravity, by which the annex divides strength and modulus per density. */
  static final double STANDARD_GRAVITY = 9.80665;
  private static final int MAX_LANES = 4096;
  private static final int LANE_WINDOW = 60;

  // "48 transceivers at", "8 lanes of", "4 SerDes lanes @": a count, up to three words, the thing counted
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}\\d.,])(\\d{1,4})\\s*(?:[-‑]\\s*)?(?:[\\p{L}\\d-]+\\s+){0,3}?"
          + "(?:lanes?|transceivers?|serdes(?:\\s+(?:lanes?|channels?|links?))?|serial\\s+links?|links?|channels?|kanäle)"
          + "\\s*(?:\\(\\s*)?(?:at|@|of|with|up\\s+to|bis\\s+zu|mit|je|à|a|da|,)?\\s*(?:up\\s+to\\s+)?$");
  // "16 × 58 Gb/s", "16x 28 Gbps": a count and a multiplication sign right before the rate
  private static final Pattern TIMES_BEFORE = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,4})\\s*[x×*]\\s*$");
  // "28 Gb/s per lane" and the count elsewhere in the text: "8 lanes", "8-lane"
  private static final Pattern PER_LANE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:per|/|each|pro|je|par|per\\s+each)\\s*(?:lane|transceiver|channel|link|kanal)");
  private static final Pattern LANE_COUNT = Pattern.compile(
      "(?i)(?<![\\p{L}\\d.,])(\\d{1,4})\\s*[-‑]?\\s*(?:lanes?|transceivers?)(?![\\p{L}])");

  private DerivedFacts() {}

  /** Adds to {@code all} the facts derivable from it; {@code text} is where the facts were read. */
  static void addTo(List<Fact> all, String text) {
    addFractionalBandwidth(all);
    addSpecificEnergy(all);
    addPerSpecificWeight(all, Parameters.TENSILE_STRENGTH, Parameters.SPECIFIC_TENSILE_STRENGTH, "tensile strength");
    addPerSpecificWeight(all, Parameters.TENSILE_MODULUS, Parameters.SPECIFIC_MODULUS, "tensile modulus");
    addAggregateDataRate(all, text == null ? "" : text);
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

  private static void addSpecificEnergy(List<Fact> all) {
    if (named(all, Parameters.SPECIFIC_ENERGY_VALUE)) {
      return;
    }
    Optional<Fact> mass = first(all, Dimension.MASS);
    if (mass.isEmpty()) {
      return;
    }
    double kilograms = single(mass.get()).toSi();
    if (!(kilograms > 0)) {
      return;
    }
    Optional<Fact> energy = first(all, Dimension.ENERGY);
    double joules;
    String how;
    Fact from;
    if (energy.isPresent()) {
      joules = single(energy.get()).toSi();
      how = "energy " + energy.get().value() + source(energy.get());
      from = energy.get();
    } else {
      Optional<Fact> voltage = first(all, Dimension.VOLTAGE);
      Optional<Fact> charge = first(all, Dimension.ELECTRIC_CHARGE);
      if (voltage.isEmpty() || charge.isEmpty()) {
        return;
      }
      joules = single(voltage.get()).toSi() * single(charge.get()).toSi();
      how = "voltage " + voltage.get().value() + source(voltage.get()) + " × capacity " + charge.get().value()
          + source(charge.get());
      from = charge.get();
    }
    if (!(joules > 0)) {
      return;
    }
    double whPerKg = joules / kilograms / 3600;
    all.add(derived(Parameters.SPECIFIC_ENERGY_VALUE, round(whPerKg), Units.WATT_HOUR_PER_KILOGRAM,
        how + " ÷ mass " + mass.get().value() + source(mass.get()), from));
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

  private static void addAggregateDataRate(List<Fact> all, String text) {
    if (named(all, Parameters.AGGREGATE_DATA_RATE) || text.isEmpty()) {
      return;
    }
    double total = 0;
    int groups = 0;
    List<String> parts = new ArrayList<>();
    Fact first = null;
    for (Fact f : all) {
      if (!usable(f) || f.value().dimension() != Dimension.DATA_RATE || !(f.value() instanceof Quantity rate)
          || f.start() < 0 || f.end() > text.length()) {
        continue;
      }
      int lanes = lanesOf(text, f);
      if (lanes < 2) {
        continue;
      }
      total += lanes * rate.toSi();
      groups++;
      parts.add(lanes + " × " + rate);
      first = first == null ? f : first;
    }
    if (groups == 0) {
      return;
    }
    all.add(derived(Parameters.AGGREGATE_DATA_RATE, round(total / 1e9), Units.GIGABIT_PER_SECOND,
        "transceivers × rate: " + String.join(" + ", parts), first));
  }

  /** The number of lanes the rate at {@code f} is the rate of, or 0 when the text names none. */
  private static int lanesOf(String text, Fact f) {
    String before = text.substring(Math.max(0, f.start() - LANE_WINDOW), f.start());
    Matcher m = TIMES_BEFORE.matcher(before);
    if (m.find()) {
      return lanes(m.group(1));
    }
    m = COUNT_BEFORE.matcher(before);
    if (m.find()) {
      return lanes(m.group(1));
    }
    if (PER_LANE_AFTER.matcher(text.substring(f.end())).find()) {
      Matcher count = LANE_COUNT.matcher(text);
      if (count.find()) {
        return lanes(count.group(1));
      }
    }
    return 0;
  }

  private static int lanes(String digits) {
    int n = Integer.parseInt(digits);
    return n <= MAX_LANES ? n : 0;
  }

  private static boolean named(List<Fact> all, Parameter p) {
    return all.stream().anyMatch(f -> usable(f) && same(f.parameter(), p));
  }

  /** The first single value of a dimension that is not a condition, preferring one a word names. */
  private static Optional<Fact> first(List<Fact> all, Dimension dimension) {
    Optional<Fact> named = all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension && f.origin() != FactOrigin.UNNAMED_IN_TEXT).findFirst();
    return named.isPresent() ? named : all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension).findFirst();
  }

  private static boolean usable(Fact f) {
    return f.origin() != FactOrigin.CONDITION && f.origin() != FactOrigin.DERIVED;
  }

  private static Quantity single(Fact f) {
    return (Quantity) f.value();
  }

  private static boolean same(Parameter a, Parameter b) {
    return a.dimension() == b.dimension() && a.name().equals(b.name());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String source(Fact f) {
    return f.source().isEmpty() ? "" : " ('" + f.source() + "')";
  }

  private static Fact derived(Parameter p, double value, Unit unit, String how, Fact from) {
    return new Fact(p, Quantity.of(value, unit), List.of(), FactOrigin.DERIVED, how, from.start(), from.end());
  }
}

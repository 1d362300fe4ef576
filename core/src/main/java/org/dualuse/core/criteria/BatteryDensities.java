package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.DerivedFacts.clauseTail;
import static org.dualuse.core.criteria.DerivedFacts.derived;
import static org.dualuse.core.criteria.DerivedFacts.first;
import static org.dualuse.core.criteria.DerivedFacts.named;
import static org.dualuse.core.criteria.DerivedFacts.round;
import static org.dualuse.core.criteria.DerivedFacts.single;
import static org.dualuse.core.criteria.DerivedFacts.source;
import static org.dualuse.core.criteria.DerivedFacts.usable;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;

/**
 * The two densities 3A001.e.1 sets for cells and batteries, derived from the electrical figures and
 * the mass a data sheet states ({@link DerivedFacts} says which facts may feed a derivation):
 *
 * <ul>
 *   <li><b>energy density</b> (specific energy, Technical Note 1): the stated energy, or nominal
 *       voltage × capacity, or, with no capacity stated, the nominal voltage squared × the discharge
 *       duration ÷ the discharge load, divided by the mass, in Wh/kg;
 *   <li><b>continuous power density</b> (Technical Note 5): nominal voltage × the maximum continuous
 *       discharge current ÷ mass, in W/kg.
 * </ul>
 *
 * <p>The current and the duration must be a discharge's, named by a word of discharging: a charging
 * current or a charge time would give another figure. Stateless.
 */
final class BatteryDensities {

  private static final int DISCHARGE_WINDOW = 40;
  private static final Pattern DISCHARGE_WORDS = Pattern.compile("(?i)discharg|entlad|décharge|scarica");
  private static final Pattern CONTINUOUS_WORDS = Pattern.compile("(?i)continuous|dauer|max");

  private BatteryDensities() {}

  /** Adds the energy density in Wh/kg, unless a fact names one or a figure it needs is missing. */
  static void addSpecificEnergy(List<Fact> all, String text) {
    if (named(all, PhysicalParameters.SPECIFIC_ENERGY_VALUE)) {
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
      if (voltage.isEmpty()) {
        return;
      }
      if (charge.isPresent()) {
        joules = single(voltage.get()).toSi() * single(charge.get()).toSi();
        how = "voltage " + voltage.get().value() + source(voltage.get()) + " × capacity " + charge.get().value()
            + source(charge.get());
        from = charge.get();
      } else {
        // no capacity stated: V² × discharge duration ÷ discharge load, as the technical note computes it
        Optional<Fact> load = first(all, Dimension.RESISTANCE);
        Optional<Fact> duration = ofDischarge(all, Dimension.TIME, text);
        if (load.isEmpty() || duration.isEmpty() || !(single(load.get()).toSi() > 0)) {
          return;
        }
        double volts = single(voltage.get()).toSi();
        joules = volts * volts * single(duration.get()).toSi() / single(load.get()).toSi();
        how = "voltage " + voltage.get().value() + source(voltage.get()) + " squared × discharge duration "
            + duration.get().value() + source(duration.get()) + " ÷ load " + load.get().value() + source(load.get());
        from = duration.get();
      }
    }
    if (!(joules > 0)) {
      return;
    }
    double whPerKg = joules / kilograms / 3600;
    all.add(derived(PhysicalParameters.SPECIFIC_ENERGY_VALUE, round(whPerKg), TechnicalUnits.WATT_HOUR_PER_KILOGRAM,
        how + " ÷ mass " + mass.get().value() + source(mass.get()), from));
  }

  /** Adds the continuous power density in W/kg, unless a fact names it or a specific power. */
  static void addContinuousPowerDensity(List<Fact> all, String text) {
    if (named(all, PhysicalParameters.CONTINUOUS_POWER_DENSITY) || named(all, PhysicalParameters.SPECIFIC_POWER_VALUE)) {
      return;
    }
    Optional<Fact> mass = first(all, Dimension.MASS);
    Optional<Fact> voltage = first(all, Dimension.VOLTAGE);
    Optional<Fact> current = ofDischarge(all, Dimension.CURRENT, text);
    if (mass.isEmpty() || voltage.isEmpty() || current.isEmpty()) {
      return;
    }
    double kilograms = single(mass.get()).toSi();
    double watts = single(voltage.get()).toSi() * single(current.get()).toSi();
    if (!(kilograms > 0) || !(watts > 0)) {
      return;
    }
    all.add(derived(PhysicalParameters.CONTINUOUS_POWER_DENSITY, round(watts / kilograms), TechnicalUnits.WATT_PER_KILOGRAM,
        "voltage " + voltage.get().value() + source(voltage.get()) + " × continuous discharge current "
            + current.get().value() + source(current.get()) + " ÷ mass " + mass.get().value() + source(mass.get()),
        current.get()));
  }

  /**
   * The first single value of a dimension that a word of discharging names ("max. continuous discharge
   * current 20 A", "Entladestrom"), in the words it was read with or just before it; one that also says
   * "continuous" or "maximum" first.
   */
  private static Optional<Fact> ofDischarge(List<Fact> all, Dimension dimension, String text) {
    Fact any = null;
    for (Fact f : all) {
      if (!usable(f) || !(f.value() instanceof Quantity) || f.value().dimension() != dimension) {
        continue;
      }
      String context = f.source();
      if (f.start() >= 0 && f.start() <= text.length()) {
        context = clauseTail(text.substring(Math.max(0, f.start() - DISCHARGE_WINDOW), f.start())) + " " + context;
      }
      if (DISCHARGE_WORDS.matcher(context).find()) {
        if (CONTINUOUS_WORDS.matcher(context).find()) {
          return Optional.of(f);
        }
        any = any == null ? f : any;
      }
    }
    return Optional.ofNullable(any);
  }
}

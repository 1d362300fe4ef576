package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.Parameters.*;
import static org.dualuse.core.criteria.PhysicalParameters.*;
import static org.dualuse.core.quantity.Dimension.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.core.quantity.Dimension;

/**
 * How the parameters of the vocabulary relate: the parameter that stands for a value of each
 * dimension no word names, the broader parameters whose facts may answer a narrower one ("output
 * power" for "peak saturated output power"), and the direction in which a parameter's values are
 * "better". {@link Parameters} gives them; this class holds the rules.
 *
 * <p>Immutable after class initialisation apart from a bounded cache of derived answers, which is a
 * concurrent map; safe to use from any thread.
 */
final class ParameterRelations {

  private static final Map<Dimension, Parameter> DEFAULTS = new EnumMap<>(Dimension.class);
  private static final Map<String, List<String>> ANSWERED_BY = new LinkedHashMap<>();
  /**
   * Per dimension, the broader parameters {@link #answeredBy} works out for a parameter the vocabulary
   * does not name, by name: a product's facts are asked about the same annex parameters for every
   * entry a text retrieves, and working them out splits and looks up words each time. A name may also
   * come from a fact a user names, so each dimension keeps at most {@link #DERIVED_ANSWERED_BY_LIMIT}.
   */
  private static final Map<Dimension, Map<String, List<String>>> DERIVED_ANSWERED_BY = new EnumMap<>(Dimension.class);
  private static final int DERIVED_ANSWERED_BY_LIMIT = 10_000;

  // parameters whose better values are the larger ones; for every other parameter the annex's
  // "better" means smaller (an error, a drift, a noise, a pressure, a loss, an uncertainty)
  private static final Set<Parameter> IMPROVES_UPWARD =
      Set.of(PURITY, UNIFORMITY, EFFICIENCY, SFDR, GAIN, RESOLUTION, CONTENT);

  // the parameters the vocabulary spells "drift": each a change per time
  private static final Set<Parameter> DRIFTS = Set.of(BIAS_STABILITY, AGEING_RATE, DRIFT_RATE_STABILITY);

  static {
    for (Dimension d : Dimension.values()) {
      DERIVED_ANSWERED_BY.put(d, new ConcurrentHashMap<>());
    }
    defaultFor(FREQUENCY, OPERATING_FREQUENCY);
    defaultFor(POWER, OUTPUT_POWER);
    defaultFor(RATIO, RATIO_VALUE);
    defaultFor(TEMPERATURE, OPERATING_TEMPERATURE);
    defaultFor(LENGTH, LENGTH_VALUE);
    defaultFor(AREA, AREA_VALUE);
    defaultFor(VOLUME, VOLUME_VALUE);
    defaultFor(TIME, DURATION);
    defaultFor(MASS, MASS_VALUE);
    defaultFor(DENSITY, DENSITY_VALUE);
    defaultFor(PRESSURE, PRESSURE_VALUE);
    defaultFor(ENERGY, ENERGY_VALUE);
    defaultFor(RADIATION_DOSE, TOTAL_DOSE);
    defaultFor(DOSE_RATE, DOSE_RATE_VALUE);
    defaultFor(DATA, RESOLUTION);
    defaultFor(DATA_RATE, DATA_RATE_VALUE);
    defaultFor(SAMPLE_RATE, SAMPLE_RATE_VALUE);
    defaultFor(COMPUTING_PERFORMANCE, COMPUTING);
    defaultFor(WEIGHTED_COMPUTING_PERFORMANCE, ADJUSTED_PEAK_PERFORMANCE);
    defaultFor(ANGLE, ANGLE_VALUE);
    defaultFor(TOTAL_PROCESSING_PERFORMANCE, TOTAL_PROCESSING_PERFORMANCE_VALUE);
    defaultFor(ACCELERATION, ACCELERATION_VALUE);
    defaultFor(VELOCITY, SPEED);
    defaultFor(ANGULAR_VELOCITY, ANGULAR_RATE);
    defaultFor(ANGLE_RANDOM_WALK, ANGLE_RANDOM_WALK_VALUE);
    defaultFor(CURRENT, CURRENT_VALUE);
    defaultFor(VOLTAGE, VOLTAGE_VALUE);
    defaultFor(FORCE, THRUST);
    defaultFor(TORQUE, TORQUE_VALUE);
    defaultFor(MAGNETIC_FLUX_DENSITY, MAGNETIC_FIELD);
    defaultFor(RESISTANCE, RESISTANCE_VALUE);
    defaultFor(VOLUME_FLOW, FLOW_RATE);
    defaultFor(IRRADIANCE, POWER_DENSITY);
    defaultFor(FLUENCE, FLUENCE_VALUE);
    defaultFor(LINEAR_DENSITY, LINEAR_DENSITY_VALUE);
    defaultFor(SPECIFIC_ENERGY, SPECIFIC_ENERGY_VALUE);
    defaultFor(SPECIFIC_POWER, SPECIFIC_POWER_VALUE);
    defaultFor(ACTIVITY, ACTIVITY_VALUE);
    defaultFor(CAPACITANCE, CAPACITANCE_VALUE);
    defaultFor(INDUCTANCE, INDUCTANCE_VALUE);
    defaultFor(CURRENT_DENSITY, CURRENT_DENSITY_VALUE);
    defaultFor(RESPONSIVITY, RESPONSIVITY_VALUE);
    defaultFor(IMPULSE, TOTAL_IMPULSE);
    defaultFor(MASS_FLOW, MASS_FLOW_RATE);
    defaultFor(ANGULAR_ACCELERATION, ANGULAR_ACCELERATION_VALUE);
    defaultFor(MAGNETIC_NOISE, MAGNETIC_NOISE_LEVEL);
    defaultFor(MAGNETIC_GRADIENT_NOISE, MAGNETIC_GRADIENT_NOISE_LEVEL);
    defaultFor(RELATIVE_DRIFT, AGEING_RATE);
    defaultFor(BEAM_PARAMETER_PRODUCT, BEAM_PARAMETER_PRODUCT_VALUE);
    defaultFor(RESISTIVITY, RESISTIVITY_VALUE);
    defaultFor(CONDUCTIVITY, CONDUCTIVITY_VALUE);
    defaultFor(THERMAL_EXPANSION, THERMAL_EXPANSION_VALUE);
    defaultFor(KINEMATIC_VISCOSITY, KINEMATIC_VISCOSITY_VALUE);
    defaultFor(AREAL_DENSITY, AREAL_DENSITY_VALUE);
    defaultFor(AXIS_COUNT, NUMBER_OF_AXES);
    defaultFor(QUBIT_COUNT, NUMBER_OF_QUBITS);
    defaultFor(CHANNEL_COUNT, NUMBER_OF_CHANNELS);
    defaultFor(TERMINAL_COUNT, NUMBER_OF_TERMINALS);
    defaultFor(ELEMENT_COUNT, NUMBER_OF_ELEMENTS);
    defaultFor(ELECTRIC_CHARGE, CHARGE_CAPACITY);
    defaultFor(MACH_NUMBER, MACH_NUMBER_VALUE);
    defaultFor(PIXEL_COUNT, NUMBER_OF_PIXELS);
    defaultFor(SPECIFIC_ACTIVITY, SPECIFIC_ACTIVITY_VALUE);
    defaultFor(VOLUMETRIC_POWER_DENSITY, VOLUMETRIC_POWER_DENSITY_VALUE);
    defaultFor(ENERGY_DENSITY, ENERGY_DENSITY_VALUE);
    defaultFor(CURRENT_RATE, CURRENT_RATE_OF_RISE);
    defaultFor(THRUST_SPECIFIC_FUEL_CONSUMPTION, SPECIFIC_FUEL_CONSUMPTION);
    defaultFor(PRESSURE_RATE, PRESSURE_RATE_VALUE);
    defaultFor(ATTENUATION_COEFFICIENT, ATTENUATION_COEFFICIENT_VALUE);
    defaultFor(LUMINOUS_RESPONSIVITY, LUMINOUS_SENSITIVITY);
    defaultFor(ELECTRIC_FIELD_NOISE, ELECTRIC_FIELD_NOISE_LEVEL);
    defaultFor(CYCLE_COUNT, NUMBER_OF_CYCLES);
    defaultFor(EFFECTIVE_MASS, EFFECTIVE_MASS_VALUE);
    defaultFor(PARTICLE_FLUENCE, NEUTRON_FLUENCE);
    defaultFor(NEUTRON_EMISSION_RATE, NEUTRON_OUTPUT);
    defaultFor(CHARGE_PER_AREA, EXPOSURE_SENSITIVITY);
    defaultFor(AMOUNT_OF_SUBSTANCE, AMOUNT_OF_SUBSTANCE_VALUE);
    defaultFor(POWER_SPECIFIC_FUEL_CONSUMPTION, POWER_SPECIFIC_FUEL_CONSUMPTION_VALUE);
    defaultFor(SECOND_ORDER_SUSCEPTIBILITY, SECOND_ORDER_SUSCEPTIBILITY_VALUE);
    defaultFor(THIRD_ORDER_SUSCEPTIBILITY, THIRD_ORDER_SUSCEPTIBILITY_VALUE);
    for (Dimension d : Dimension.values()) {
      if (!DEFAULTS.containsKey(d)) {
        throw new IllegalStateException("no default parameter for dimension " + d);
      }
    }
    // a data sheet's broader name may answer the annex's narrower one
    answeredBy(PEAK_SATURATED_OUTPUT_POWER, OUTPUT_POWER);
    answeredBy(OUTPUT_POWER, PEAK_SATURATED_OUTPUT_POWER, EFFECTIVE_RADIATED_POWER, AVERAGE_OUTPUT_POWER);
    // a data sheet's plain "output power" of a laser or amplifier is its average (CW) power
    answeredBy(AVERAGE_OUTPUT_POWER, OUTPUT_POWER);
    answeredBy(AMBIENT_TEMPERATURE, OPERATING_TEMPERATURE);
    answeredBy(OPERATING_TEMPERATURE, AMBIENT_TEMPERATURE);
    answeredBy(ADJUSTED_UPDATE_RATE, SAMPLE_RATE_VALUE);
    // a data sheet's plain "data rate" of a whole device may be its aggregate; the derived aggregate,
    // when the text gives transceivers and their rate, answers first (it names the parameter)
    answeredBy(AGGREGATE_DATA_RATE, DATA_RATE_VALUE);
    // "'Continuous power density' is also referred to as specific power" (3A001.e.1 Technical Note 5)
    answeredBy(CONTINUOUS_POWER_DENSITY, SPECIFIC_POWER_VALUE);
    // a positioning accuracy bounds the repeatability (the spread lies within the error), so a stated
    // accuracy answers a repeatability threshold when no repeatability is given; not the reverse
    answeredBy(POSITIONING_REPEATABILITY, POSITIONING_ACCURACY);
    answeredBy(DRIFT_RATE_STABILITY, BIAS_STABILITY);
    ParameterVocabulary.QUALIFIED.forEach((p, broader) -> answeredBy(p, broader));
  }

  private ParameterRelations() {}

  private static void defaultFor(Dimension d, Parameter p) {
    DEFAULTS.put(d, p);
  }

  private static void answeredBy(Parameter p, Parameter... broader) {
    List<String> names = new ArrayList<>();
    for (Parameter b : broader) {
      names.add(b.name());
    }
    ANSWERED_BY.put(p.name(), List.copyOf(names));
  }

  /** See {@link Parameters#defaultFor(Dimension)}. */
  static Parameter defaultFor(Dimension dimension) {
    return DEFAULTS.get(dimension);
  }

  /** See {@link Parameters#improvesUpward(Parameter)}. */
  static boolean improvesUpward(Parameter p) {
    return IMPROVES_UPWARD.contains(p);
  }

  /** See {@link Parameters#answeredBy(Parameter)}. */
  static List<String> answeredBy(Parameter parameter) {
    List<String> known = ANSWERED_BY.get(parameter.name());
    if (known != null) {
      return known;
    }
    // a parameter named only by the annex's own words ("radius of curvature") has no synonyms a
    // data sheet would use: a value of its dimension that no word names may stand for it, as it
    // may for the dimension's default parameter,
    if (!ParameterVocabulary.BY_NAME.containsKey(parameter.name())) {
      Map<String, List<String>> ofDimension = DERIVED_ANSWERED_BY.get(parameter.dimension());
      List<String> derived = ofDimension.get(parameter.name());
      if (derived == null) {
        derived = derivedAnsweredBy(parameter);
        if (ofDimension.size() < DERIVED_ANSWERED_BY_LIMIT) {
          ofDimension.put(parameter.name(), derived);
        }
      }
      return derived;
    }
    return List.of();
  }

  private static List<String> derivedAnsweredBy(Parameter parameter) {
    if (ElementContents.elementOf(parameter).isPresent()) {
      // an element's content: a content no word ties to an element may be it; failing that, a named
      // material's composition that leaves the element out bounds it (ElementContents)
      return List.of(CONTENT.name(), ElementContents.UNLISTED_ELEMENT_CONTENT.name());
    }
    // unless its last words are the vocabulary's name of a quantity of its dimension: a "real-time
    // control bandwidth" is a bandwidth, never any operating frequency
    String[] words = ParameterVocabulary.key(parameter.name()).split(" ");
    for (int i = 1; i < words.length; i++) {
      Optional<Parameter> head = ParameterVocabulary.lookup(String.join(" ", Arrays.copyOfRange(words, i, words.length)),
          parameter.dimension());
      if (head.isPresent()) {
        return List.of(head.get().name());
      }
    }
    // nor when its name is the vocabulary's name of a drift in another dimension: 7A003.a.3's total
    // "drift" of 1 nautical mile is a distance, but a drift is a rate to a data sheet (a gyro's bias
    // drift, an oscillator's ageing), so a length no word names ("2 cm RTK") is no guess for it
    String name = ParameterVocabulary.key(parameter.name());
    for (Parameter drift : DRIFTS) {
      if (drift.dimension() != parameter.dimension() && ParameterVocabulary.synonyms(drift).contains(name)) {
        return List.of();
      }
    }
    return List.of(DEFAULTS.get(parameter.dimension()).name());
  }
}

package org.dualuse.core.criteria;

import static org.dualuse.core.quantity.Dimension.*;

import java.util.List;
import org.dualuse.core.quantity.Dimension;

/**
 * The plain quantities of the vocabulary after {@link Parameters}' first family: computing, time,
 * energy, strength and mass, electricity, motion and inertial sensing, fields, flows, densities, the
 * material constants, and the counted things (axes, qubits, channels, terminals, elements).
 *
 * <p>The constants only: {@link Parameters} looks them up and says which of them answers which. They
 * are defined in the order the vocabulary registers them in after {@link Parameters}' own ({@link
 * ParameterVocabulary}), and the first definition of a spelling wins, so moving a definition between
 * the families may change which parameter a shared word ("speed", "capacity", "drift") names.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class PhysicalParameters {

  private static final ParameterDefinitions DEFINED = new ParameterDefinitions();

  public static final Parameter ADJUSTED_PEAK_PERFORMANCE = define("adjusted peak performance",
      WEIGHTED_COMPUTING_PERFORMANCE, "app");
  public static final Parameter COMPUTING = define("computing performance", COMPUTING_PERFORMANCE,
      "performance", "peak performance");
  public static final Parameter TOTAL_PROCESSING_PERFORMANCE_VALUE = define("total processing performance",
      TOTAL_PROCESSING_PERFORMANCE, "tpp");
  public static final Parameter PULSE_DURATION = define("pulse duration", TIME,
      "pulse width", "pulse length", "pulse");
  public static final Parameter SETTLING_TIME = define("settling time", TIME);
  public static final Parameter SWITCHING_TIME = define("switching time", TIME,
      "channel switching time", "switching speed", "frequency switching time");
  public static final Parameter RESPONSE_TIME = define("response time", TIME, "rise time");
  public static final Parameter DELAY_TIME = define("delay time", TIME,
      "propagation delay", "gate propagation delay", "propagation delay time", "delay");
  public static final Parameter TEMPORAL_RESOLUTION = define("temporal resolution", TIME, "time resolution");
  public static final Parameter SHUTTER_SPEED = define("shutter speed", TIME,
      "electronic shutter speed", "gating capability", "exposure time", "frame exposure time", "exposure",
      "minimum exposure");
  public static final Parameter DURATION = define("duration", TIME);
  public static final Parameter ENERGY_VALUE = define("energy", ENERGY, "pulse energy", "output energy",
      "energy per pulse");
  public static final Parameter PRESSURE_VALUE = define("pressure", PRESSURE, "working pressure",
      "operating pressure");
  public static final Parameter TENSILE_STRENGTH = define("tensile strength", PRESSURE, "tensile stress",
      "proof test", "ultimate tensile strength", "strength", "uts");
  // the stress at which a metal starts to deform permanently: below the tensile strength of the same
  // alloy, so the one never answers a threshold on the other (1C004.b against 1C116)
  public static final Parameter ELASTIC_LIMIT = define("elastic limit", PRESSURE,
      "yield strength", "yield stress", "proof stress");
  public static final Parameter TENSILE_MODULUS = define("tensile modulus", PRESSURE,
      "young's modulus", "youngs modulus", "modulus", "modulus of elasticity", "elastic modulus");
  // the annex's strength and modulus per weight: divided by the specific weight (density × g), in metres
  public static final Parameter SPECIFIC_TENSILE_STRENGTH = define("specific tensile strength", LENGTH,
      "specific strength");
  public static final Parameter SPECIFIC_MODULUS = define("specific modulus", LENGTH,
      "specific stiffness");
  public static final Parameter MASS_VALUE = define("mass", MASS, "weight", "weighs", "payload",
      "gross vehicle weight");
  public static final Parameter VOLTAGE_VALUE = define("voltage", VOLTAGE, "breakdown voltage");
  public static final Parameter CURRENT_VALUE = define("current", CURRENT);
  public static final Parameter SPEED = define("speed", VELOCITY, "velocity");
  public static final Parameter FIELD_OF_VIEW = define("field of view", ANGLE,
      "fov", "ifov", "instantaneous field of view");
  public static final Parameter ANGLE_VALUE = define("angle", ANGLE);
  // a gyro's measuring range (degrees per second) and its bias stability (degrees per hour) share a
  // unit but not a meaning: a bias of 8 deg/h must not pass for a rate range below 500 deg/s
  public static final Parameter ANGULAR_RATE = define("angular rate", ANGULAR_VELOCITY,
      "rate", "angular rate range", "rate range", "measurement range", "measuring range", "input range");
  public static final Parameter BIAS_STABILITY = define("bias stability", ANGULAR_VELOCITY,
      "bias", "bias instability", "in-run bias stability", "in run bias stability", "bias drift",
      "drift rate", "drift", "gyro bias");
  // 7A102's rated "drift rate" 'stability' (in 1 g, over a run) is a figure of its own beside 7A002's
  // one-month bias stability: a data sheet that gives both keeps them apart, one that gives only its
  // bias stability answers it (answeredBy below)
  public static final Parameter DRIFT_RATE_STABILITY = define("drift rate stability", ANGULAR_VELOCITY,
      "drift-rate stability", "drift stability", "rated drift rate stability", "rated drift-rate stability");
  public static final Parameter ANGLE_RANDOM_WALK_VALUE = define("angle random walk", ANGLE_RANDOM_WALK,
      "arw", "angular random walk", "random walk");
  public static final Parameter ACCELERATION_VALUE = define("acceleration", ACCELERATION, "shock");
  // an accelerometer's bias stability is an acceleration (7A001.a.1.a: "bias" "stability" of less than
  // 130 micro g), a gyro's an angular rate: the same words name each in its own dimension
  public static final Parameter ACCELEROMETER_BIAS_STABILITY = define("accelerometer bias stability", ACCELERATION,
      "bias stability", "bias", "bias instability", "in-run bias stability", "in run bias stability", "bias drift");
  public static final Parameter MAGNETIC_FIELD = define("magnetic flux density", MAGNETIC_FLUX_DENSITY,
      "magnetic field", "flux density", "field", "magnetic induction");
  public static final Parameter THRUST = define("force", FORCE, "thrust");
  public static final Parameter TORQUE_VALUE = define("torque", TORQUE);
  public static final Parameter AREA_VALUE = define("area", AREA);
  public static final Parameter VOLUME_VALUE = define("volume", VOLUME, "capacity");
  public static final Parameter DENSITY_VALUE = define("density", DENSITY);
  public static final Parameter DATA_VALUE = define("data size", DATA, "memory", "storage");
  public static final Parameter RESISTANCE_VALUE = define("resistance", RESISTANCE);
  public static final Parameter FLOW_RATE = define("flow rate", VOLUME_FLOW,
      "throughput", "pumping speed", "suction capacity", "volume flow", "flow");
  public static final Parameter POWER_DENSITY = define("power density", IRRADIANCE, "intensity", "irradiance");
  public static final Parameter FLUENCE_VALUE = define("fluence", FLUENCE, "damage threshold",
      "energy density per area");
  public static final Parameter LINEAR_DENSITY_VALUE = define("linear density", LINEAR_DENSITY, "core load",
      "explosive core load");
  public static final Parameter SPECIFIC_ENERGY_VALUE = define("specific energy", SPECIFIC_ENERGY,
      "energy density", "gravimetric energy density");
  public static final Parameter SPECIFIC_POWER_VALUE = define("specific power", SPECIFIC_POWER,
      "gravimetric power density");
  /** A cell's nominal voltage × maximum continuous discharge current ÷ mass (3A001.e.1 Technical Note 5). */
  public static final Parameter CONTINUOUS_POWER_DENSITY = define("continuous power density", SPECIFIC_POWER,
      "continuous specific power");
  public static final Parameter ACTIVITY_VALUE = define("activity", ACTIVITY, "radioactivity", "source strength");
  public static final Parameter CHARGE_CAPACITY = define("charge capacity", ELECTRIC_CHARGE, "capacity",
      "nominal capacity", "rated capacity", "cell capacity");

  public static final Parameter CAPACITANCE_VALUE = define("capacitance", CAPACITANCE);
  public static final Parameter INDUCTANCE_VALUE = define("inductance", INDUCTANCE);
  public static final Parameter CURRENT_DENSITY_VALUE = define("current density", CURRENT_DENSITY,
      "critical current density");
  public static final Parameter RESPONSIVITY_VALUE = define("responsivity", RESPONSIVITY, "peak responsivity",
      "spectral responsivity", "radiant sensitivity");
  public static final Parameter TOTAL_IMPULSE = define("total impulse", IMPULSE, "total impulse capacity",
      "impulse");
  public static final Parameter MASS_FLOW_RATE = define("mass flow rate", MASS_FLOW, "mass flow", "feed rate",
      "production rate", "throughput");
  public static final Parameter ANGULAR_ACCELERATION_VALUE = define("angular acceleration", ANGULAR_ACCELERATION);
  public static final Parameter MAGNETIC_NOISE_LEVEL = define("noise level", MAGNETIC_NOISE, "sensitivity",
      "noise floor", "noise density");
  public static final Parameter MAGNETIC_GRADIENT_NOISE_LEVEL = define("gradient noise level",
      MAGNETIC_GRADIENT_NOISE, "noise level", "sensitivity", "noise floor");
  public static final Parameter AGEING_RATE = define("ageing rate", RELATIVE_DRIFT, "aging rate", "ageing", "aging",
      "long-term stability", "drift", "stability");
  public static final Parameter BEAM_PARAMETER_PRODUCT_VALUE = define("beam parameter product",
      BEAM_PARAMETER_PRODUCT, "bpp");
  public static final Parameter RESISTIVITY_VALUE = define("resistivity", RESISTIVITY, "electrical resistivity",
      "specific resistance");
  public static final Parameter CONDUCTIVITY_VALUE = define("electrical conductivity", CONDUCTIVITY, "conductivity",
      "bulk electrical conductivity");
  public static final Parameter THERMAL_EXPANSION_VALUE = define("coefficient of thermal expansion",
      THERMAL_EXPANSION, "thermal expansion", "cte", "linear thermal expansion coefficient",
      "coefficient of linear thermal expansion");
  public static final Parameter KINEMATIC_VISCOSITY_VALUE = define("kinematic viscosity", KINEMATIC_VISCOSITY,
      "viscosity");
  public static final Parameter AREAL_DENSITY_VALUE = define("areal density", AREAL_DENSITY, "areal weight",
      "basis weight", "grammage");

  public static final Parameter MACH_NUMBER_VALUE = define("mach number", MACH_NUMBER, "speed", "flight speed",
      "mach");
  public static final Parameter NUMBER_OF_PIXELS = define("number of pixels", PIXEL_COUNT, "pixels", "active pixels",
      "pixel count");
  public static final Parameter SPECIFIC_ACTIVITY_VALUE = define("specific activity", SPECIFIC_ACTIVITY, "activity",
      "total activity");
  public static final Parameter VOLUMETRIC_POWER_DENSITY_VALUE = define("volumetric power density",
      VOLUMETRIC_POWER_DENSITY, "power density");
  public static final Parameter ENERGY_DENSITY_VALUE = define("volumetric energy density", ENERGY_DENSITY,
      "energy density", "volume-based energy density");
  public static final Parameter CURRENT_RATE_OF_RISE = define("current rate of rise", CURRENT_RATE,
      "turn-on current rate of rise", "di/dt");
  public static final Parameter SPECIFIC_FUEL_CONSUMPTION = define("specific fuel consumption",
      THRUST_SPECIFIC_FUEL_CONSUMPTION, "thrust specific fuel consumption", "sfc");
  public static final Parameter PRESSURE_RATE_VALUE = define("pressure rate", PRESSURE_RATE, "leakage pressure rate",
      "leak rate");
  public static final Parameter ATTENUATION_COEFFICIENT_VALUE = define("attenuation coefficient",
      ATTENUATION_COEFFICIENT, "absorption", "absorption coefficient", "attenuation");
  public static final Parameter LUMINOUS_SENSITIVITY = define("luminous sensitivity", LUMINOUS_RESPONSIVITY,
      "luminous responsivity");
  // a count of load or charge cycles endured: 1C002.b's 'low cycle fatigue life' (named by its quotes)
  public static final Parameter NUMBER_OF_CYCLES = define("number of cycles", CYCLE_COUNT);
  public static final Parameter EFFECTIVE_MASS_VALUE = define("effective mass", EFFECTIVE_MASS, "effective grammes",
      "mass");
  public static final Parameter NEUTRON_FLUENCE = define("neutron fluence", PARTICLE_FLUENCE, "fluence",
      "integrated flux", "fluence of neutrons");
  public static final Parameter NEUTRON_OUTPUT = define("neutron output", NEUTRON_EMISSION_RATE, "output",
      "neutron yield", "neutron emission rate", "neutron flux");
  // a resist's sensitivity is the exposure dose it needs: a lower dose is the better one
  public static final Parameter EXPOSURE_SENSITIVITY = define("resist sensitivity", CHARGE_PER_AREA, "sensitivity",
      "exposure dose");
  public static final Parameter AMOUNT_OF_SUBSTANCE_VALUE = define("amount of substance", AMOUNT_OF_SUBSTANCE,
      "synthesis scale");
  public static final Parameter POWER_SPECIFIC_FUEL_CONSUMPTION_VALUE = define("power specific fuel consumption",
      POWER_SPECIFIC_FUEL_CONSUMPTION, "specific fuel consumption", "brake specific fuel consumption", "bsfc", "sfc");
  public static final Parameter SECOND_ORDER_SUSCEPTIBILITY_VALUE = define("second order non-linear susceptibility",
      SECOND_ORDER_SUSCEPTIBILITY, "second order nonlinear susceptibility", "non-linear susceptibility",
      "susceptibility", "χ(2)", "chi 2");
  public static final Parameter THIRD_ORDER_SUSCEPTIBILITY_VALUE = define("third order non-linear susceptibility",
      THIRD_ORDER_SUSCEPTIBILITY, "third order nonlinear susceptibility", "non-linear susceptibility",
      "susceptibility", "χ(3)", "chi 3");
  // "thrust-to-weight ratios equal to or more than 1 kN/kg" (9A010.d): thrust per mass, an acceleration
  public static final Parameter THRUST_TO_WEIGHT_RATIO = define("thrust-to-weight ratio", ACCELERATION,
      "thrust to weight ratio", "thrust-weight ratio");
  public static final Parameter ELECTRIC_FIELD_NOISE_LEVEL = define("electric field noise level", ELECTRIC_FIELD_NOISE,
      "sensitivity", "noise level");

  public static final Parameter NUMBER_OF_AXES = define("number of axes", AXIS_COUNT, "axes", "axis");
  // the axes a machine tool's control can coordinate at once ("contouring control"): a machine's plain
  // "5-axis" usually means them, so its count of axes answers when nothing names these
  public static final Parameter SIMULTANEOUS_CONTOURING_AXES = qualifying(NUMBER_OF_AXES,
      "simultaneous contouring axes", "simultaneously controlled axes", "simultaneous axes",
      "simultaneously contouring axes", "simultaneously interpolated axes", "simultaneously interpolating axes");
  public static final Parameter NUMBER_OF_QUBITS = define("number of qubits", QUBIT_COUNT, "qubits",
      "physical qubits");
  public static final Parameter NUMBER_OF_CHANNELS = define("number of channels", CHANNEL_COUNT, "channels");
  public static final Parameter NUMBER_OF_TERMINALS = define("number of terminals", TERMINAL_COUNT, "terminals",
      "pin count", "pins", "ball count");
  public static final Parameter NUMBER_OF_ELEMENTS = define("number of elements", ELEMENT_COUNT, "elements",
      "element count", "array elements");

  private PhysicalParameters() {}

  /** The definitions of this family, in the order of the constants. */
  static List<ParameterDefinitions.Definition> definitions() {
    return DEFINED.definitions();
  }

  private static Parameter define(String name, Dimension dimension, String... synonyms) {
    return DEFINED.define(name, dimension, synonyms);
  }

  private static Parameter qualifying(Parameter broader, String name, String... synonyms) {
    return DEFINED.qualifying(broader, name, synonyms);
  }
}

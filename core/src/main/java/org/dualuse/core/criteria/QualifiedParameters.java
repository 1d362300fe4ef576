package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.Parameters.*;
import static org.dualuse.core.criteria.PhysicalParameters.*;
import static org.dualuse.core.quantity.Dimension.*;

import java.util.List;
import org.dualuse.core.quantity.Dimension;

/**
 * The quantities the annex names with a qualifier of its own ("substrate temperature", "half-wave
 * voltage", "wafer diameter"). A data sheet that names the plain quantity ("temperature",
 * "diameter", "voltage") may still mean them, so each is answered by its broader parameter when no
 * fact names it; but a threshold keeps the annex's name, so an answer and a diff say which quantity is
 * meant (the names are the annex's wording).
 *
 * <p>The constants only, registered after the plain quantities ({@link ParameterVocabulary}); the
 * broader parameter of each is {@link Parameters#answeredBy}'s answer for it.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class QualifiedParameters {

  private static final ParameterDefinitions DEFINED = new ParameterDefinitions();

  public static final Parameter SUBSTRATE_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "substrate temperature");
  public static final Parameter DECOMPOSITION_TEMPERATURE = qualifying(OPERATING_TEMPERATURE,
      "decomposition temperature");
  public static final Parameter COMBUSTOR_EXIT_TEMPERATURE = qualifying(OPERATING_TEMPERATURE,
      "combustor exit temperature", "turbine inlet temperature");
  public static final Parameter PULSE_REPETITION_FREQUENCY = qualifying(OPERATING_FREQUENCY,
      "pulse repetition frequency", "prf", "pulse repetition rate", "repetition rate");
  public static final Parameter RF_MODULATION_BANDWIDTH = qualifying(BANDWIDTH, "rf modulation bandwidth",
      "modulation bandwidth");
  public static final Parameter GATING_TIME = qualifying(DURATION, "gating time", "gate time",
      "gating (shutter) time", "image gating time", "image gating (shutter) time");
  public static final Parameter TIME_CONSTANT = qualifying(RESPONSE_TIME, "time constant", "response time constant");
  public static final Parameter DISPERSIVE_DELAY = qualifying(DELAY_TIME, "dispersive delay");
  public static final Parameter HALF_WAVE_VOLTAGE = qualifying(VOLTAGE_VALUE, "half-wave voltage",
      "half wave voltage", "vπ", "v pi");
  public static final Parameter ANODE_PEAK_VOLTAGE = qualifying(VOLTAGE_VALUE, "anode peak voltage");
  public static final Parameter ANODE_PEAK_CURRENT = qualifying(CURRENT_VALUE, "anode peak current");
  public static final Parameter ANODE_DELAY_TIME = qualifying(DELAY_TIME, "anode delay time");
  public static final Parameter INCIDENCE_ANGLE = qualifying(ANGLE_VALUE, "incidence angle", "angle of incidence");
  public static final Parameter CORE_DIAMETER = qualifying(DIAMETER, "core diameter");
  public static final Parameter INNER_DIAMETER = qualifying(DIAMETER, "inner diameter", "inside diameter",
      "internal diameter", "id", "i.d.");
  public static final Parameter HOLE_PITCH = qualifying(LENGTH_VALUE, "hole pitch");
  public static final Parameter DETECTION_RANGE = qualifying(RANGE_VALUE, "detection range");
  public static final Parameter INSTRUMENTED_RANGE = qualifying(RANGE_VALUE, "instrumented range");
  public static final Parameter CROSS_SECTIONAL_AREA = qualifying(AREA_VALUE, "cross-sectional area",
      "cross sectional area");
  public static final Parameter NET_EXPLOSIVE_QUANTITY = qualifying(MASS_VALUE, "net explosive quantity", "neq",
      "net explosive mass", "nem");
  public static final Parameter JUNCTION_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "junction temperature",
      "operating junction temperature");
  public static final Parameter CRITICAL_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "critical temperature");
  public static final Parameter OUTLET_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "outlet temperature");
  public static final Parameter COOLING_SOURCE_TEMPERATURE = qualifying(OPERATING_TEMPERATURE,
      "cooling source temperature");
  public static final Parameter TEST_CELL_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "test cell temperature");
  public static final Parameter MELTING_POINT = qualifying(OPERATING_TEMPERATURE, "melting point");
  public static final Parameter TOGGLE_FREQUENCY = qualifying(OPERATING_FREQUENCY, "toggle frequency");
  public static final Parameter TRANSMITTING_FREQUENCY = qualifying(OPERATING_FREQUENCY, "transmitting frequency");
  public static final Parameter MECHANICAL_RESONANT_FREQUENCY = qualifying(OPERATING_FREQUENCY,
      "mechanical resonant frequency", "resonant frequency", "resonance frequency");
  public static final Parameter ACCELERATING_VOLTAGE = qualifying(VOLTAGE_VALUE, "accelerating voltage",
      "acceleration voltage");
  public static final Parameter OFF_STATE_PEAK_VOLTAGE = qualifying(VOLTAGE_VALUE, "off-state peak voltage",
      "repetitive peak off-state voltage", "peak off-state voltage");
  public static final Parameter PEAK_CURRENT = qualifying(CURRENT_VALUE, "peak current", "peak (surge) current",
      "peak surge current", "surge current");
  public static final Parameter ELECTRON_ENERGY = qualifying(ENERGY_VALUE, "electron energy", "peak electron energy");
  public static final Parameter TURN_ON_TIME = qualifying(RESPONSE_TIME, "turn-on time", "turn on time");
  public static final Parameter COMPRESSED_PULSE_WIDTH = qualifying(PULSE_DURATION, "compressed pulse width");
  public static final Parameter WIDTH = qualifying(LENGTH_VALUE, "width", "widths");
  public static final Parameter HEIGHT = qualifying(LENGTH_VALUE, "height");
  public static final Parameter ALTITUDE = qualifying(LENGTH_VALUE, "altitude", "altitudes");
  public static final Parameter PORE_SIZE = qualifying(LENGTH_VALUE, "pore size");
  public static final Parameter PARTICLE_SIZE = qualifying(LENGTH_VALUE, "particle size", "particle sizes",
      "mean particle size", "average particle size");
  // the share of a powder's particles (by number, weight or volume) in a size class: "no more than 10 % of the
  // particles larger than 10 µm", "at least 90 % of the total particles ... of less than 60 µm"
  public static final Parameter PARTICLE_FRACTION = define("particle fraction", RATIO);
  public static final Parameter PITCH_DIAMETER = qualifying(DIAMETER, "pitch diameter");
  // a pipe's or valve's size class (ISO 6708 "DN", ASME B36.10M "NPS"): the annex defines a valve's
  // 'nominal size' as the smaller of its inlet and outlet diameters (2B350 Technical Note), so a stated
  // diameter answers it when nothing names the size
  public static final Parameter NOMINAL_SIZE = qualifying(DIAMETER, "nominal size", "nominal sizes",
      "nominal diameter", "nominal bore", "nominal pipe size", "dn");
  // the annex's "grain size" of graphite and propellant powders is the size of its particles
  public static final Parameter GRAIN_SIZE = qualifying(PARTICLE_SIZE, "grain size", "grain sizes");
  // the crystal grain size of a metal's microstructure (1C003.c's 'nanocrystalline', by X-ray
  // diffraction) is no particle size: a powder's particles hold many grains, so a particle size never
  // answers it
  public static final Parameter CRYSTAL_GRAIN_SIZE = qualifying(LENGTH_VALUE, "crystal grain size",
      "crystal grain sizes", "crystallite size");
  public static final Parameter WAFER_DIAMETER = qualifying(DIAMETER, "wafer diameter", "wafer diameters");
  public static final Parameter MEASUREMENT_ACCURACY = qualifying(POSITIONING_ACCURACY, "measurement accuracy");
  public static final Parameter STAGE_PLACEMENT_ACCURACY = qualifying(POSITIONING_ACCURACY,
      "stage placement accuracy");
  public static final Parameter OPTICAL_SYSTEM_RESOLUTION = qualifying(SPATIAL_RESOLUTION,
      "optical system resolution");
  public static final Parameter DELIVERED_POWER = qualifying(OUTPUT_POWER, "delivered power");
  public static final Parameter RATED_POWER = qualifying(OUTPUT_POWER, "rated power");
  public static final Parameter TRANSMITTED_POWER = qualifying(OUTPUT_POWER, "transmitted power",
      "transmit power exceeding");
  public static final Parameter MAXIMUM_CONTINUOUS_POWER = qualifying(OUTPUT_POWER, "maximum continuous power");
  public static final Parameter ACOUSTIC_POWER_OUTPUT = qualifying(OUTPUT_POWER, "acoustic power output",
      "acoustic power");
  public static final Parameter COOLING_POWER = qualifying(OUTPUT_POWER, "cooling power");
  public static final Parameter PHOTOCATHODE_AREA = qualifying(AREA_VALUE, "photocathode area");
  public static final Parameter CUSHION_PRESSURE = qualifying(PRESSURE_VALUE, "cushion pressure");
  public static final Parameter CRYSTAL_DENSITY = qualifying(DENSITY_VALUE, "crystal density");
  public static final Parameter DETONATION_VELOCITY = qualifying(SPEED, "detonation velocity");
  public static final Parameter VELOCITY_RESOLUTION = qualifying(SPEED, "velocity resolution");
  public static final Parameter WRITING_SPEED = qualifying(SPEED, "writing speed", "writing speeds");
  public static final Parameter EROSION_RATE = qualifying(SPEED, "nozzle throat erosion rate",
      "nozzle throat erosion rates", "erosion rate");
  public static final Parameter LASER_INDUCED_DAMAGE_THRESHOLD = qualifying(POWER_DENSITY,
      "laser induced damage threshold", "laser-induced damage threshold", "lidt");
  public static final Parameter PEAK_POWER_DENSITY = qualifying(POWER_DENSITY, "peak power density");
  public static final Parameter ANGULAR_TRAVEL = qualifying(ANGLE_VALUE, "angular travel");
  public static final Parameter ANGULAR_POINTING_ERROR = qualifying(ANGLE_VALUE, "angular pointing error",
      "angular pointing errors");
  public static final Parameter SCALE_FACTOR_STABILITY = qualifying(STABILITY, "scale factor stability");
  public static final Parameter SERIES_INDUCTANCE = qualifying(INDUCTANCE_VALUE, "series inductance");
  public static final Parameter CONTINUOUS_THROUGHPUT = qualifying(DATA_RATE_VALUE, "continuous throughput");
  public static final Parameter DISPLACEMENT = qualifying(MASS_VALUE, "displacement", "tonnes displacement",
      "full load displacement");
  public static final Parameter TRAVEL_LENGTH = qualifying(LENGTH_VALUE, "travel length");
  public static final Parameter SPOT_SIZE = qualifying(LENGTH_VALUE, "spot size");
  public static final Parameter LIFTING_CAPACITY = qualifying(THRUST, "lifting capacity");
  public static final Parameter MAXIMUM_OPERATING_FREQUENCY = qualifying(OPERATING_FREQUENCY,
      "maximum operating frequency", "maximum frequency");
  public static final Parameter OFF_STATE_VOLTAGE = qualifying(VOLTAGE_VALUE, "off-state voltage",
      "repetitive peak off-state voltage", "blocking voltage");
  public static final Parameter SPECTRAL_BANDWIDTH = qualifying(BANDWIDTH, "spectral bandwidth");
  public static final Parameter ANODE_PULSE_RISE_TIME = qualifying(RESPONSE_TIME, "anode pulse rise time");

  private QualifiedParameters() {}

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

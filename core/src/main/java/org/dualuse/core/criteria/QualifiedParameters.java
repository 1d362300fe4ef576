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
  public static final Parameter CRITICAL_TEMPERATURE = qualifying(OPERATING_TEMPERATURE, "critical temperature",
      // "filaments which remain superconductive above 115 K" (1C005.c): the temperature up to which a conductor
      // stays superconductive is its critical temperature
      "remain superconductive", "remains superconductive");
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
      "peak off-state voltage");
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
      "mean particle size", "average particle size", "mean product particle size");
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
  public static final Parameter PEAK_POWER_DENSITY = qualifying(POWER_DENSITY, "peak power density",
      "peak pulsed power density");
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

  // Names the annex gives a quantity with a qualifier that makes it a quantity of its own (the reconciliation of
  // the reviewed criteria table, reconciliation-2025.md beside it): a residence time is no pulse, a throughput
  // capacity a flow rate of the machine, an isotopic ratio a ratio of isotopes
  public static final Parameter STAGE_RESIDENCE_TIME = qualifying(DURATION, "stage residence time", "residence time");
  public static final Parameter THROUGHPUT_CAPACITY = qualifying(FLOW_RATE, "throughput capacity");
  public static final Parameter ISOTOPIC_RATIO = qualifying(RATIO_VALUE, "isotopic ratio", "isotope ratio");
  // the stress a fibre is proof tested at (5A001.c) is a floor the manufacturer guarantees, below its tensile strength
  public static final Parameter PROOF_TEST_TENSILE_STRESS = qualifying(TENSILE_STRENGTH, "proof test tensile stress",
      "proof test stress");
  // "an output greater than 100 A": an output in amperes is the output current, in volts the output voltage
  public static final Parameter OUTPUT_VOLTAGE = qualifying(VOLTAGE_VALUE, "output voltage", "output");
  public static final Parameter OUTPUT_CURRENT = qualifying(CURRENT_VALUE, "output current", "output");
  public static final Parameter EMISSION_CURRENT_DENSITY = qualifying(CURRENT_DENSITY_VALUE,
      "emission current density");
  public static final Parameter PULSED_CURRENT_DENSITY = qualifying(CURRENT_DENSITY_VALUE, "pulsed current density",
      "pulsed (non-continuous) current density");
  public static final Parameter OVERALL_CURRENT_DENSITY = qualifying(CURRENT_DENSITY_VALUE, "overall current density");
  public static final Parameter POWER_TO_MASS_RATIO = qualifying(SPECIFIC_POWER_VALUE,
      "average output power to mass ratio", "output power to mass ratio", "power to mass ratio",
      "power-to-mass ratio");
  public static final Parameter RESOLUTION_BANDWIDTH = qualifying(BANDWIDTH, "resolution bandwidth", "rbw",
      "3 db resolution bandwidth");
  public static final Parameter SHEET_RESISTIVITY = qualifying(RESISTIVITY_VALUE, "sheet resistivity",
      "sheet (surface) resistivity", "surface resistivity");
  public static final Parameter TOTAL_METALLIC_IMPURITIES = qualifying(CONTENT, "total metallic impurities",
      "metallic impurities");
  public static final Parameter ANGULAR_DEVIATION = qualifying(ANGLE_VALUE, "angular deviation",
      "angular deviation of slide movement");
  // a deep-hole drill's "depth-of-bore capability" (2B001.f) is a depth, not the bore's diameter
  public static final Parameter DEPTH_OF_BORE = qualifying(DEPTH, "depth of bore", "depth-of-bore",
      "depth-of-bore capability");
  public static final Parameter RATE_STABILITY = qualifying(STABILITY, "rate stability", "worst-case rate stability");
  public static final Parameter OPERATING_RANGE = qualifying(RANGE_VALUE, "operating range");
  public static final Parameter COMBUSTION_CHAMBER_TEMPERATURE = qualifying(OPERATING_TEMPERATURE,
      "combustion chamber temperature", "average combustion chamber temperature");
  public static final Parameter CRYOGENIC_FLUID_LOSS = define("cryogenic fluid loss", RELATIVE_DRIFT,
      "cryogenic fluid losses", "fluid loss", "fluid losses", "boil-off rate");
  // a motor case's PV/W (burst pressure times volume over weight), a length (9A008.b)
  public static final Parameter STRUCTURAL_EFFICIENCY_RATIO = define("structural efficiency ratio", LENGTH,
      "structural efficiency ratios", "pv/w");
  public static final Parameter WIND_GUST_SPEED = qualifying(SPEED, "wind gust speed", "wind gusts", "wind gust");
  // a vibration level in g rms: the acceleration the goods are shaken with
  public static final Parameter VIBRATION_ENVIRONMENT = qualifying(ACCELERATION_VALUE, "vibration environment",
      "vibration environments", "vibration level");
  public static final Parameter DISCHARGE_PRESSURE = qualifying(PRESSURE_VALUE, "discharge pressure",
      "discharge pressures");
  public static final Parameter UNAMBIGUOUS_DISPLAY_RANGE = qualifying(RANGE_VALUE, "unambiguous display range");
  public static final Parameter ELEMENT_SEPARATION = qualifying(LENGTH_VALUE, "element separation",
      "separation between elements");
  public static final Parameter CENTRE_TO_CENTRE_SPACING = qualifying(LENGTH_VALUE, "centre to centre spacing",
      "center to center spacing", "centre-to-centre spacing", "center-to-center spacing");
  public static final Parameter SIGNAL_TO_NOISE_RATIO = qualifying(RATIO_VALUE, "signal to noise ratio",
      "signal-to-noise ratio", "optical signal to noise ratio", "snr", "osnr");
  public static final Parameter PEAK_OVERPRESSURE = qualifying(PRESSURE_VALUE, "peak over pressure",
      "peak overpressure", "overpressure");
  public static final Parameter HYDROXYL_ION_CONCENTRATION = qualifying(CONTENT, "hydroxyl ion concentration",
      "hydroxyl ion (oh-) concentration", "oh- concentration", "oh content");
  public static final Parameter CLADDING_DIAMETER = qualifying(DIAMETER, "cladding diameter",
      "inner glass cladding diameter", "inner cladding diameter");
  public static final Parameter SURFACE_FINISH_ACCURACY = qualifying(LENGTH_VALUE, "surface finish accuracy",
      "surface finish accuracies");
  // the distance between neighbouring optical carriers of a WDM system (5E001.c.2.d), a frequency
  public static final Parameter CHANNEL_SPACING = define("channel spacing", FREQUENCY, "spacing",
      "frequency spacing");
  // an optical element's size as 6A004.e and its Note name it, and its f-number
  public static final Parameter LARGEST_OPTICAL_APERTURE_DIMENSION = qualifying(LENGTH_VALUE,
      "largest optical-aperture dimension", "largest optical aperture dimension",
      "largest dimension of the optical-aperture", "largest dimension of the optical aperture");
  public static final Parameter FOCAL_LENGTH_TO_APERTURE_RATIO = define("focal length to aperture ratio", RATIO,
      "aperture ratio", "f-number", "focal ratio");
  // a bandwidth written in octaves, read as the ratio of its highest to its lowest frequency (Octaves)
  public static final Parameter INSTANTANEOUS_BANDWIDTH_RATIO = define("instantaneous bandwidth ratio", RATIO,
      "instantaneous bandwidth", "octave bandwidth", "fmax/fmin");
  public static final Parameter SIDE_LOBE_SUPPRESSION = define("side-lobe suppression", RATIO,
      "sidelobe suppression", "side lobe suppression");
  public static final Parameter INTERFERENCE_SUPPRESSION = define("interference suppression", RATIO,
      "suppression");
  // "using 'technology' at or above 0,130 µm": a semiconductor process named by its feature size
  public static final Parameter TECHNOLOGY_NODE = qualifying(LENGTH_VALUE, "technology node", "process node",
      "technology");

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

package org.dualuse.core.criteria;

import java.util.Objects;
import static org.dualuse.core.quantity.Dimension.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;

/**
 * The vocabulary of parameters: the names users understand ("operating frequency", "peak saturated
 * output power", "frame rate"), each with its dimension, its question, and the synonyms that
 * recognise it in the annex's provisions and in product texts ("Psat", "fps", "Ausgangsleistung").
 *
 * <p>The English names and synonyms are defined here; the names in other languages (German,
 * French, Italian: "Ausgangsleistung", "puissance crête", "lunghezza d'onda") are reviewed data,
 * each with its language and source, in {@code parameter-names.tsv} beside this class
 * ({@link ParameterNameFile} gives its format). They are read after the English definitions, and the
 * first definition of a spelling wins, so an English spelling keeps its parameter. A name is found
 * in every written form {@link SpellingVariants} lists: transliterated ("Wellenlaenge",
 * "Aussendurchmesser", "duree d'impulsion") and, in German, with each adjective ending ("der
 * mittleren Leistung"). A German compound of a one-word German name names the same parameter
 * ("Messtiefe" a depth) unless it is a name of its own ({@link GermanCompounds} gives the rule).
 *
 * <p>Every dimension has a default parameter that stands for a value no word names ("2.9 to 3.5 GHz"
 * alone is an operating frequency). Some parameters may be answered by the fact of a broader one: a
 * data sheet's "output power" answers the annex's "peak saturated output power" (3A001.b Technical
 * Note says the two are the same on data sheets).
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class Parameters {

  private static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, Parameter> BY_SYNONYM = new LinkedHashMap<>();
  private static final Map<Parameter, List<String>> SYNONYMS = new LinkedHashMap<>();
  /** Every key a parameter's spellings are found by, in definition order: what a text is searched for. */
  private static final Map<Parameter, Collection<String>> SPELLING_KEYS = new LinkedHashMap<>();
  /** The reviewed names of other languages, by parameter and language, in the order of the file. */
  private static final Map<Parameter, Map<String, List<String>>> LOCAL_NAMES = new LinkedHashMap<>();
  /** The reviewed names of other languages than English, beside this class. */
  static final String NAMES_RESOURCE = "parameter-names.tsv";
  /** The spelling keys of the German names that are one word of letters: the heads a compound may end with. */
  private static final Set<String> COMPOUND_HEADS = new java.util.HashSet<>();
  private static final Map<Dimension, Parameter> DEFAULTS = new EnumMap<>(Dimension.class);
  private static final Map<Dimension, List<Map.Entry<String, Parameter>>> SPELLINGS = new EnumMap<>(Dimension.class);
  private static final Map<String, List<String>> ANSWERED_BY = new LinkedHashMap<>();
  private static final Map<Parameter, Parameter> QUALIFIED = new LinkedHashMap<>();
  private static final Pattern QUOTE_OR_UNDERSCORE = Pattern.compile("[\"'‘’“”_]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * Per dimension, the broader parameters {@link #answeredBy} works out for a parameter the vocabulary
   * does not name, by name: a product's facts are asked about the same annex parameters for every
   * entry a text retrieves, and working them out splits and looks up words each time. A name may also
   * come from a fact a user names, so each dimension keeps at most {@link #DERIVED_ANSWERED_BY_LIMIT}.
   */
  private static final Map<Dimension, Map<String, List<String>>> DERIVED_ANSWERED_BY = new EnumMap<>(Dimension.class);
  private static final int DERIVED_ANSWERED_BY_LIMIT = 10_000;

  static {
    for (Dimension d : Dimension.values()) {
      DERIVED_ANSWERED_BY.put(d, new java.util.concurrent.ConcurrentHashMap<>());
    }
  }

  // English names only: the names of other languages are reviewed data, read from NAMES_RESOURCE
  public static final Parameter OPERATING_FREQUENCY = define("operating frequency", FREQUENCY, "frequency",
      "frequencies", "frequency range", "frequency band", "band", "carrier frequency", "centre frequency",
      "center frequency", "rf frequency", "freq", "operating frequencies");
  public static final Parameter CLOCK_FREQUENCY = define("clock frequency", FREQUENCY,
      "clock", "clock rate", "clock speed");
  public static final Parameter FRAME_RATE = define("frame rate", FREQUENCY, "frame rate", "framing rate",
      "frames per second", "fps", "maximum frame rate", "full frames per second");
  public static final Parameter BANDWIDTH = define("bandwidth", FREQUENCY,
      "instantaneous bandwidth", "transmitted bandwidth", "signal bandwidth", "ibw",
      "real-time bandwidth");
  public static final Parameter ROTATIONAL_SPEED = define("rotational speed", FREQUENCY,
      "spindle speed", "rotor speed", "rotation speed", "speeds", "speed of revolution", "shaft speed",
      "shaft speeds");
  public static final Parameter FRACTIONAL_BANDWIDTH = define("fractional bandwidth", RATIO,
      "relative bandwidth", "fbw");
  public static final Parameter GAIN = define("gain", RATIO, "power gain");
  public static final Parameter HARMONIC_DISTORTION = define("harmonic distortion", RATIO,
      "distortion", "distortion content", "harmonic and distortion content", "thd");
  public static final Parameter EFFICIENCY = define("efficiency", RATIO, "wall-plug efficiency",
      "conversion efficiency");
  public static final Parameter PURITY = define("purity", RATIO);
  public static final Parameter UNIFORMITY = define("uniformity", RATIO, "optical thickness uniformity");
  public static final Parameter INSERTION_LOSS = define("insertion loss", RATIO);
  public static final Parameter SOUND_PRESSURE_LEVEL = define("sound pressure level", RATIO);
  public static final Parameter SFDR = define("spurious free dynamic range", RATIO, "sfdr");
  public static final Parameter NOISE_FIGURE = define("noise figure", RATIO);
  public static final Parameter STABILITY = define("stability", RATIO,
      "frequency stability", "voltage stability", "current stability", "drift", "regulation", "voltage regulation",
      "current regulation", "current or voltage regulation",
      "ageing", "aging", "ageing rate", "aging rate", "long-term stability", "long term stability");
  public static final Parameter CONTENT = define("content", RATIO, "containing", "by weight", "concentration",
      "constitutes", "constituting");
  public static final Parameter RATIO_VALUE = define("ratio", RATIO);
  public static final Parameter PEAK_SATURATED_OUTPUT_POWER = define("peak saturated output power", POWER,
      "peak saturated power output", "saturated output power", "saturated power output", "saturated power",
      "psat", "p sat", "p_sat", "peak saturated power");
  public static final Parameter OUTPUT_POWER = define("output power", POWER, "power output", "rf output power",
      "rf power", "transmit power", "tx power", "cw power", "power", "pout", "output", "maximum power output",
      "peak envelope power", "laser power",
      // the output at 1 dB gain compression lies below the saturated output: a lower bound of it
      "p1db", "p-1db", "op1db", "output p1db", "p1 db");
  // a pulsed laser's peak power is orders of magnitude above its average power: the annex sets
  // separate thresholds on each (6A005), so neither answers the other
  public static final Parameter PEAK_POWER = define("peak power", POWER,
      "peak output power", "peak power output", "pulse peak power");
  public static final Parameter AVERAGE_OUTPUT_POWER = define("average output power", POWER, "average power",
      "mean output power", "mean power", "mean power output", "average power output", "average or cw output power",
      "average or cw total output power");
  public static final Parameter EFFECTIVE_RADIATED_POWER = define("effective radiated power", POWER,
      "erp", "eirp", "effective isotropic radiated power");
  public static final Parameter POWER_CONSUMPTION = define("power consumption", POWER,
      "power dissipation", "dc power", "power supply", "input power", "power input",
      "power inputs");
  public static final Parameter SAMPLE_RATE_VALUE = define("sample rate", SAMPLE_RATE,
      "sampling rate", "sample-rate", "conversion rate", "samples per second");
  public static final Parameter ADJUSTED_UPDATE_RATE = define("adjusted update rate", SAMPLE_RATE,
      "update rate");
  public static final Parameter RESOLUTION = define("resolution", DATA);
  public static final Parameter DATA_RATE_VALUE = define("data rate", DATA_RATE, "transfer rate", "bit rate",
      "total digital transfer rate", "throughput", "line rate", "transceiver data rate",
      "serial transceiver data rate");
  // the annex's product of the transceivers' peak rate and their number (3A001.a.7.b Technical Note 2)
  public static final Parameter AGGREGATE_DATA_RATE = define("aggregate data rate", DATA_RATE,
      "aggregate one-way peak serial transceiver data rate", "aggregate serial transceiver data rate",
      "aggregate transceiver data rate", "aggregate bandwidth", "total transceiver bandwidth");
  public static final Parameter OPERATING_TEMPERATURE = define("operating temperature", TEMPERATURE,
      "operating temperature range", "temperature range", "temperature", "operate", "operation", "temp");
  public static final Parameter AMBIENT_TEMPERATURE = define("ambient temperature", TEMPERATURE,
      "ambient", "ambient temperature range");
  // a polymer's glass transition temperature is a material property, not where a product operates
  public static final Parameter GLASS_TRANSITION_TEMPERATURE = define("glass transition temperature", TEMPERATURE,
      "tg", "dma tg", "glass transition");
  public static final Parameter STORAGE_TEMPERATURE = define("storage temperature", TEMPERATURE);
  // a thermal camera's sensitivity in millikelvin: named, or it passes for an operating temperature of 0,05 K
  public static final Parameter NETD = define("noise equivalent temperature difference", TEMPERATURE,
      "netd", "thermal sensitivity");
  public static final Parameter TOTAL_DOSE = define("total dose", RADIATION_DOSE,
      "total ionizing dose", "total ionising dose", "tid", "dose", "radiation hardness", "rad-hard",
      "radiation tolerance", "radiation hardened", "radiation-hardened", "rad hard");
  public static final Parameter DOSE_RATE_VALUE = define("dose rate", DOSE_RATE, "dose rate upset");
  public static final Parameter WAVELENGTH = define("wavelength", LENGTH, "wavelength range", "peak response",
      "spectral range", "spectral band", "wavelengths", "λ", "output wavelength");
  // accuracy and repeatability are different figures of one machine (ISO 230-2): a data sheet's
  // repeatability of 1,6 µm says nothing about whether its positioning accuracy is below 6 µm, so
  // each answers only its own thresholds (an accuracy may answer a repeatability, see below)
  // the finest length a tool resolves or makes: a measuring system's or sonar's resolution, a
  // lithography tool's (minimum resolvable) feature size; a resolution in bits is the data parameter
  public static final Parameter SPATIAL_RESOLUTION = define("spatial resolution", LENGTH,
      "resolution", "range resolution", "features", "feature size", "minimum feature size",
      "minimum resolvable feature size", "mrf", "critical dimension", "half pitch", "half-pitch");
  // a laser's spectral linewidth in nm is a length, never its wavelength
  public static final Parameter LINEWIDTH = define("linewidth", LENGTH,
      "line width", "spectral linewidth", "spectral width");
  public static final Parameter POSITIONING_ACCURACY = define("positioning accuracy", LENGTH, "accuracy",
      "positioning accuracies");
  public static final Parameter POSITIONING_REPEATABILITY = define("positioning repeatability", LENGTH,
      "repeatability", "unidirectional positioning repeatability", "repeatabilities");
  // "OD" and "ID": the data-sheet and ERP abbreviations of outside and inside diameter ("Rohr OD 60 x 2")
  public static final Parameter DIAMETER = define("diameter", LENGTH, "bore", "diameters",
      "dia", "outer diameter", "outside diameter", "external diameter", "od", "o.d.");
  public static final Parameter THICKNESS = define("thickness", LENGTH, "thick", "wall thickness", "wall");
  public static final Parameter DEPTH = define("depth", LENGTH, "depths", "operating depth");
  public static final Parameter RANGE_VALUE = define("range", LENGTH, "maximum range");
  public static final Parameter PIXEL_PITCH = define("pixel pitch", LENGTH, "pitch");
  public static final Parameter LENGTH_VALUE = define("length", LENGTH, "long", "in length", "lengths");
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
      "spectral responsivity");
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

  // ---- quantities the annex names with a qualifier of its own. A data sheet that names the plain
  // quantity ("temperature", "diameter", "voltage") may still mean them, so each is answered by its
  // broader parameter when no fact names it; but a threshold keeps the annex's name, so an answer
  // and a diff say which quantity is meant (the names are the annex's wording)
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

  static {
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
    QUALIFIED.forEach((p, broader) -> answeredBy(p, broader));
    addLocalNames();
    // every number of every provision looks its dimension's spellings up: build them once
    for (Dimension d : Dimension.values()) {
      SPELLINGS.put(d, spellingsOf(d));
    }
  }

  private Parameters() {}

  // parameters whose better values are the larger ones; for every other parameter the annex's
  // "better" means smaller (an error, a drift, a noise, a pressure, a loss, an uncertainty)
  private static final java.util.Set<Parameter> IMPROVES_UPWARD =
      java.util.Set.of(PURITY, UNIFORMITY, EFFICIENCY, SFDR, GAIN, RESOLUTION, CONTENT);

  /**
   * Whether a larger value of {@code p} is better, so that the annex's "X or better" is {@code >= X};
   * false for the parameters where better is smaller (errors, drift, noise, vacuum pressure, loss).
   */
  public static boolean improvesUpward(Parameter p) {
    Objects.requireNonNull(p, "p");
    return IMPROVES_UPWARD.contains(p);
  }

  private static Parameter define(String name, Dimension dimension, String... synonyms) {
    Parameter p = new Parameter(name, dimension, "What is the " + name + "?");
    if (BY_NAME.putIfAbsent(name, p) != null) {
      throw new IllegalStateException("parameter defined twice: " + name);
    }
    List<String> all = new ArrayList<>();
    all.add(name);
    Collections.addAll(all, synonyms);
    for (String s : all) {
      register(p, s, "en");
    }
    SYNONYMS.put(p, List.copyOf(all));
    return p;
  }

  /** Makes {@code spelling} of {@code language}, in every written form, a name of {@code p}. */
  private static void register(Parameter p, String spelling, String language) {
    Collection<String> keys = SPELLING_KEYS.computeIfAbsent(p, k -> new LinkedHashSet<>());
    for (String key : spellingKeys(spelling, language)) {
      // the first definition of a spelling wins, overall and per dimension
      BY_SYNONYM.putIfAbsent(key, p);
      BY_SYNONYM.putIfAbsent(key + "|" + p.dimension(), p);
      keys.add(key);
    }
  }

  /**
   * The keys a name of a language is found by: those of its written forms (a German adjective in
   * each ending) and of their transliterations ("wellenlänge" and "wellenlaenge"), see
   * {@link SpellingVariants}.
   */
  static Set<String> spellingKeys(String name, String language) {
    Set<String> keys = new LinkedHashSet<>();
    for (String form : SpellingVariants.writtenForms(name, language)) {
      String key = key(form);
      keys.add(key);
      keys.addAll(SpellingVariants.transliterations(key));
    }
    return keys;
  }

  /**
   * Adds the reviewed names of other languages than English, read after every English definition so
   * that an English spelling keeps its parameter.
   */
  private static void addLocalNames() {
    List<ParameterNameFile.ParameterName> rows = ParameterNameFile.readResource(NAMES_RESOURCE, BY_NAME::get,
        (key, dimension) -> Optional.ofNullable(BY_SYNONYM.get(key + "|" + dimension)));
    for (ParameterNameFile.ParameterName row : rows) {
      register(row.parameter(), row.name(), row.language());
      List<String> all = new ArrayList<>(SYNONYMS.get(row.parameter()));
      all.add(row.name());
      SYNONYMS.put(row.parameter(), List.copyOf(all));
      LOCAL_NAMES.computeIfAbsent(row.parameter(), k -> new LinkedHashMap<>())
          .computeIfAbsent(row.language(), k -> new ArrayList<>()).add(row.name());
      if (row.language().equals("de") && row.name().chars().allMatch(Character::isLetter)) {
        COMPOUND_HEADS.addAll(spellingKeys(row.name(), row.language()));
      }
    }
  }

  private static void defaultFor(Dimension d, Parameter p) {
    DEFAULTS.put(d, p);
  }

  /** A parameter the annex names with a qualifier of {@code broader}'s quantity, answered by it when no fact names it. */
  private static Parameter qualifying(Parameter broader, String name, String... synonyms) {
    Parameter p = define(name, broader.dimension(), synonyms);
    QUALIFIED.put(p, broader);
    return p;
  }

  private static void answeredBy(Parameter p, Parameter... broader) {
    List<String> names = new ArrayList<>();
    for (Parameter b : broader) {
      names.add(b.name());
    }
    ANSWERED_BY.put(p.name(), List.copyOf(names));
  }

  static String key(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return SPACES.matcher(QUOTE_OR_UNDERSCORE.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** Every parameter of the vocabulary, in definition order. */
  public static List<Parameter> all() {
    return List.copyOf(BY_NAME.values());
  }

  /** The parameters of one dimension, in definition order. */
  public static List<Parameter> of(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return BY_NAME.values().stream().filter(p -> p.dimension() == dimension).toList();
  }

  /** The parameter that stands for a value of this dimension when no word names it. */
  public static Parameter defaultFor(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return DEFAULTS.get(dimension);
  }

  /**
   * The parameter a name or synonym denotes ("Psat", "frequency", "fps"), ignoring case, quotes and
   * extra spaces; empty when the vocabulary does not know it.
   */
  public static Optional<Parameter> lookup(String nameOrSynonym) {
    Objects.requireNonNull(nameOrSynonym, "nameOrSynonym");
    if (nameOrSynonym == null) {
      return Optional.empty();
    }
    String key = key(nameOrSynonym);
    Parameter p = BY_NAME.get(key);
    return Optional.ofNullable(p != null ? p : BY_SYNONYM.get(key));
  }

  /** Like {@link #lookup(String)}, but only a parameter of the given dimension. */
  public static Optional<Parameter> lookup(String nameOrSynonym, Dimension dimension) {
    Objects.requireNonNull(nameOrSynonym, "nameOrSynonym");
    Objects.requireNonNull(dimension, "dimension");
    if (nameOrSynonym == null) {
      return Optional.empty();
    }
    String key = key(nameOrSynonym);
    Parameter p = BY_NAME.get(key);
    if (p != null && p.dimension() == dimension) {
      return Optional.of(p);
    }
    return Optional.ofNullable(BY_SYNONYM.get(key + "|" + dimension));
  }

  /**
   * The reviewed names of a parameter in a language other than English ("de", "fr", "it"), in the
   * order of the names file; empty when it has none there or is not in the vocabulary. English names
   * are its {@link #synonyms}.
   *
   * @throws NullPointerException when an argument is null
   */
  public static List<String> localNames(Parameter parameter, String language) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(language, "language");
    return List.copyOf(LOCAL_NAMES.getOrDefault(parameter, Map.of()).getOrDefault(language, List.of()));
  }

  /**
   * The words that recognise a parameter, its name first, then its English synonyms, then its names
   * in other languages; empty for a parameter not in the vocabulary.
   */
  public static List<String> synonyms(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return SYNONYMS.getOrDefault(parameter, List.of());
  }

  /**
   * Names of broader parameters whose facts may answer {@code parameter} when no fact names it
   * ("output power" for "peak saturated output power"), in order of preference.
   */
  public static List<String> answeredBy(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    List<String> known = ANSWERED_BY.get(parameter.name());
    if (known != null) {
      return known;
    }
    // a parameter named only by the annex's own words ("radius of curvature") has no synonyms a
    // data sheet would use: a value of its dimension that no word names may stand for it, as it
    // may for the dimension's default parameter,
    if (!BY_NAME.containsKey(parameter.name())) {
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

  // the parameters the vocabulary spells "drift": each a change per time
  private static final java.util.Set<Parameter> DRIFTS = java.util.Set.of(BIAS_STABILITY, AGEING_RATE,
      DRIFT_RATE_STABILITY);

  private static List<String> derivedAnsweredBy(Parameter parameter) {
    if (ElementContents.elementOf(parameter).isPresent()) {
      // an element's content: a content no word ties to an element may be it; failing that, a named
      // material's composition that leaves the element out bounds it (ElementContents)
      return List.of(CONTENT.name(), ElementContents.UNLISTED_ELEMENT_CONTENT.name());
    }
    // unless its last words are the vocabulary's name of a quantity of its dimension: a "real-time
    // control bandwidth" is a bandwidth, never any operating frequency
    String[] words = key(parameter.name()).split(" ");
    for (int i = 1; i < words.length; i++) {
      Optional<Parameter> head = lookup(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)),
          parameter.dimension());
      if (head.isPresent()) {
        return List.of(head.get().name());
      }
    }
    // nor when its name is the vocabulary's name of a drift in another dimension: 7A003.a.3's total
    // "drift" of 1 nautical mile is a distance, but a drift is a rate to a data sheet (a gyro's bias
    // drift, an oscillator's ageing), so a length no word names ("2 cm RTK") is no guess for it
    String name = key(parameter.name());
    for (Parameter drift : DRIFTS) {
      if (drift.dimension() != parameter.dimension() && SYNONYMS.get(drift).contains(name)) {
        return List.of();
      }
    }
    return List.of(DEFAULTS.get(parameter.dimension()).name());
  }

  /**
   * Whether a spelling key is a German name of one word, which may end a compound that names the
   * same parameter ("Messtiefe" a depth, see {@link GermanCompounds}).
   */
  static boolean isCompoundHead(String key) {
    return COMPOUND_HEADS.contains(key);
  }

  /** Synonym spellings of all parameters of a dimension, each with its parameter; longest first. */
  static List<Map.Entry<String, Parameter>> spellings(Dimension dimension) {
    return SPELLINGS.get(dimension);
  }

  private static List<Map.Entry<String, Parameter>> spellingsOf(Dimension dimension) {
    List<Map.Entry<String, Parameter>> list = new ArrayList<>();
    SPELLING_KEYS.forEach((p, keys) -> {
      if (p.dimension() == dimension) {
        for (String k : keys) {
          list.add(Map.entry(k, p));
        }
      }
    });
    list.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    return List.copyOf(list);
  }
}

package org.dualuse.core.criteria;

import static org.dualuse.core.quantity.Dimension.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>This class is the vocabulary's entry point and holds its first family of constants (frequency,
 * ratio, power, rates, data, temperature, dose, wavelength and lengths); the other plain quantities
 * are {@link PhysicalParameters}', the annex's qualified names {@link QualifiedParameters}'. The
 * tables of spellings are {@link ParameterVocabulary}'s, the defaults and the answered-by rules
 * {@link ParameterRelations}'.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class Parameters {

  /** The reviewed names of other languages than English, beside this class. */
  static final String NAMES_RESOURCE = "parameter-names.tsv";

  private static final ParameterDefinitions DEFINED = new ParameterDefinitions();

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
      // the power a propeller takes in from its shaft ("capable of absorbing more than 2000 kW", 9E003.b.2)
      "power inputs", "absorbed power", "power absorbed", "absorbing");
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

  private Parameters() {}

  /** The definitions of this family, in the order of the constants. */
  static List<ParameterDefinitions.Definition> definitions() {
    return DEFINED.definitions();
  }

  private static Parameter define(String name, Dimension dimension, String... synonyms) {
    return DEFINED.define(name, dimension, synonyms);
  }

  /**
   * The keys a name of a language is found by: those of its written forms (a German adjective in
   * each ending) and of their transliterations ("wellenlänge" and "wellenlaenge"), see
   * {@link SpellingVariants}.
   */
  static Set<String> spellingKeys(String name, String language) {
    return ParameterVocabulary.spellingKeys(name, language);
  }

  /** Lower case, quotes and underscores as spaces, runs of spaces as one: how every spelling is keyed. */
  static String key(String words) {
    return ParameterVocabulary.key(words);
  }

  /**
   * Whether a larger value of {@code p} is better, so that the annex's "X or better" is {@code >= X};
   * false for the parameters where better is smaller (errors, drift, noise, vacuum pressure, loss).
   */
  public static boolean improvesUpward(Parameter p) {
    Objects.requireNonNull(p, "p");
    return ParameterRelations.improvesUpward(p);
  }

  /** Every parameter of the vocabulary, in definition order. */
  public static List<Parameter> all() {
    return List.copyOf(ParameterVocabulary.BY_NAME.values());
  }

  /** The parameters of one dimension, in definition order. */
  public static List<Parameter> of(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return ParameterVocabulary.BY_NAME.values().stream().filter(p -> p.dimension() == dimension).toList();
  }

  /** The parameter that stands for a value of this dimension when no word names it. */
  public static Parameter defaultFor(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return ParameterRelations.defaultFor(dimension);
  }

  /**
   * The parameter a name or synonym denotes ("Psat", "frequency", "fps"), ignoring case, quotes and
   * extra spaces; empty when the vocabulary does not know it.
   */
  public static Optional<Parameter> lookup(String nameOrSynonym) {
    Objects.requireNonNull(nameOrSynonym, "nameOrSynonym");
    return ParameterVocabulary.lookup(nameOrSynonym);
  }

  /** Like {@link #lookup(String)}, but only a parameter of the given dimension. */
  public static Optional<Parameter> lookup(String nameOrSynonym, Dimension dimension) {
    Objects.requireNonNull(nameOrSynonym, "nameOrSynonym");
    Objects.requireNonNull(dimension, "dimension");
    return ParameterVocabulary.lookup(nameOrSynonym, dimension);
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
    return ParameterVocabulary.localNames(parameter, language);
  }

  /**
   * The words that recognise a parameter, its name first, then its English synonyms, then its names
   * in other languages; empty for a parameter not in the vocabulary.
   */
  public static List<String> synonyms(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return ParameterVocabulary.synonyms(parameter);
  }

  /**
   * Names of broader parameters whose facts may answer {@code parameter} when no fact names it
   * ("output power" for "peak saturated output power"), in order of preference. A parameter named
   * only by the annex's own words ("radius of curvature") is answered by the quantity its last words
   * name, else by its dimension's default parameter.
   */
  public static List<String> answeredBy(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return ParameterRelations.answeredBy(parameter);
  }

  /**
   * Whether a spelling key is a German name of one word, which may end a compound that names the
   * same parameter ("Messtiefe" a depth, see {@link GermanCompounds}).
   */
  static boolean isCompoundHead(String key) {
    return ParameterVocabulary.isCompoundHead(key);
  }

  /** Synonym spellings of all parameters of a dimension, each with its parameter; longest first. */
  static List<Map.Entry<String, Parameter>> spellings(Dimension dimension) {
    return ParameterVocabulary.spellings(dimension);
  }
}

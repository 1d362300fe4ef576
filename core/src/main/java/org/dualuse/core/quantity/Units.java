package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.Dimension.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of the units the annex and product data sheets use, with their spellings.
 *
 * <p>{@link #parse(String)} accepts a unit's canonical symbol or any registered alias ("GHz",
 * "gigahertz", "Gy (Si)", "degrees per hour"), ignoring spaces, and treating the Greek mu, the micro
 * sign and a leading {@code u} alike ("μm", "µm", "um"). Case is ignored only where that is
 * unambiguous: "ghz" is GHz, but "mW" and "MW", "mrad" and "Mrad", "t" and "T" are different units
 * and "mw" is rejected.
 *
 * <p>Two symbols have a second meaning that only context can settle, and the registry gives them
 * their usual one: {@code g} is the gram ({@link #STANDARD_GRAVITY} is written {@code gn}) and
 * {@code rad} is the radian (the dose unit rad is written {@code rd}, and {@code rad(Si)}, {@code
 * krad}, {@code Mrad} are doses). {@link QuantityFinder} applies the context rules.
 *
 * <p>The constants are declared here, so that {@code Units.X} names every unit; the tables they are
 * registered in and the lookups on them are {@link UnitRegistry}'s.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class Units {

  // declared before the constants: their initialisers define the units in it
  private static final UnitRegistry REGISTRY = new UnitRegistry();

  // frequency
  public static final Unit HERTZ = define(Unit.linear("Hz", FREQUENCY, 1), "hertz", "cps");
  public static final Unit KILOHERTZ = define(Unit.linear("kHz", FREQUENCY, 1e3), "kilohertz", "kilo hertz");
  public static final Unit MEGAHERTZ = define(Unit.linear("MHz", FREQUENCY, 1e6), "megahertz", "mega hertz");
  public static final Unit GIGAHERTZ = define(Unit.linear("GHz", FREQUENCY, 1e9), "gigahertz", "giga hertz");
  public static final Unit TERAHERTZ = define(Unit.linear("THz", FREQUENCY, 1e12), "terahertz", "tera hertz");
  /**
   * Revolutions per minute, a frequency of rotation: 1 rpm = 1/60 Hz. Data sheets write it also as
   * the SI "min-1" and "1/min", German "U/min" and "UpM", French "tr/min", Italian "giri/min".
   */
  public static final Unit REVOLUTIONS_PER_MINUTE = define(Unit.linear("rpm", FREQUENCY, 1.0 / 60),
      "r/min", "rev/min", "revolutions per minute", "RPM", "r.p.m.", "min-1", "min⁻¹", "1/min", "U/min", "UpM",
      "tr/min", "giri/min");

  // power
  public static final Unit WATT = define(Unit.linear("W", POWER, 1), "watt", "watts");
  public static final Unit NANOWATT = define(Unit.linear("nW", POWER, 1e-9), "nanowatt", "nanowatts");
  public static final Unit MICROWATT = define(Unit.linear("µW", POWER, 1e-6), "microwatt", "microwatts");
  public static final Unit MILLIWATT = define(Unit.linear("mW", POWER, 1e-3), "milliwatt", "milliwatts");
  public static final Unit KILOWATT = define(Unit.linear("kW", POWER, 1e3), "kilowatt", "kilowatts");
  public static final Unit MEGAWATT = define(Unit.linear("MW", POWER, 1e6), "megawatt", "megawatts");
  public static final Unit GIGAWATT = define(Unit.linear("GW", POWER, 1e9), "gigawatt", "gigawatts");
  /** Decibels relative to 1 mW: {@code P[W] = 10^((dBm - 30) / 10)}. */
  public static final Unit DBM = define(Unit.decibel("dBm", POWER, 1e-3));
  /** Decibels relative to 1 W. */
  public static final Unit DBW = define(Unit.decibel("dBW", POWER, 1));

  // ratio
  /** The pure number 1, the SI unit of ratios. */
  public static final Unit ONE = define(Unit.linear("1", RATIO, 1));
  public static final Unit PERCENT = define(Unit.linear("%", RATIO, 1e-2), "percent", "per cent");
  /**
   * Percent by mass, as chemical data sheets and ERP lines write a concentration ("5 wt%", "8 Gew.-%"):
   * the same scale as {@link #PERCENT}, its own symbol so that the value is read as a content.
   */
  public static final Unit MASS_PERCENT = define(Unit.linear("wt%", RATIO, 1e-2), "wt.%", "wt-%", "wt %", "w/w%",
      "Gew.-%", "Gew%", "Gew.%", "Ma.-%", "mass%");
  public static final Unit PARTS_PER_MILLION = define(Unit.linear("ppm", RATIO, 1e-6));
  /** Percent of atoms, as alloy and dopant data sheets write a content ("2 at.%", "5 atom%"). */
  public static final Unit ATOM_PERCENT = define(Unit.linear("at.%", RATIO, 1e-2), "at%", "atom%", "atom %", "at-%", "Atom-%");
  /** Decibels as a power ratio: 10 dB is a ratio of 10. */
  public static final Unit DECIBEL = define(Unit.decibel("dB", RATIO, 1), "decibel", "decibels");

  // temperature
  public static final Unit KELVIN = define(Unit.linear("K", TEMPERATURE, 1), "kelvin");
  /** A thermal imager's noise equivalent temperature difference is given in millikelvin ("NETD 50 mK"). */
  public static final Unit MILLIKELVIN = define(Unit.linear("mK", TEMPERATURE, 1e-3), "millikelvin");
  public static final Unit CELSIUS = define(Unit.affine("°C", TEMPERATURE, 1, 273.15),
      "℃", "° C", "deg C", "degC", "degree Celsius", "degrees Celsius", "degrees C", "Celsius");
  public static final Unit FAHRENHEIT = define(Unit.affine("°F", TEMPERATURE, 5.0 / 9, 459.67 * 5 / 9),
      "℉", "° F", "deg F", "degF", "degree Fahrenheit", "degrees Fahrenheit", "degrees F", "Fahrenheit");

  // length
  public static final Unit NANOMETRE = define(Unit.linear("nm", LENGTH, 1e-9),
      "nanometre", "nanometres", "nanometer", "nanometers");
  public static final Unit MICROMETRE = define(Unit.linear("µm", LENGTH, 1e-6),
      "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns");
  public static final Unit MILLIMETRE = define(Unit.linear("mm", LENGTH, 1e-3),
      "millimetre", "millimetres", "millimeter", "millimeters");
  public static final Unit CENTIMETRE = define(Unit.linear("cm", LENGTH, 1e-2),
      "centimetre", "centimetres", "centimeter", "centimeters");
  public static final Unit METRE = define(Unit.linear("m", LENGTH, 1), "metre", "metres", "meter", "meters");
  public static final Unit KILOMETRE = define(Unit.linear("km", LENGTH, 1e3),
      "kilometre", "kilometres", "kilometer", "kilometers");

  // area and volume
  public static final Unit SQUARE_METRE = define(Unit.linear("m2", AREA, 1), "sq m", "square metre", "square metres");
  public static final Unit SQUARE_CENTIMETRE = define(Unit.linear("cm2", AREA, 1e-4));
  public static final Unit SQUARE_MILLIMETRE = define(Unit.linear("mm2", AREA, 1e-6));
  public static final Unit SQUARE_MICROMETRE = define(Unit.linear("µm2", AREA, 1e-12));
  public static final Unit CUBIC_METRE = define(Unit.linear("m3", VOLUME, 1), "cubic metre", "cubic metres");
  public static final Unit CUBIC_CENTIMETRE = define(Unit.linear("cm3", VOLUME, 1e-6), "cc");
  public static final Unit LITRE = define(Unit.linear("l", VOLUME, 1e-3), "L", "litre", "litres", "liter", "liters");
  public static final Unit MILLILITRE = define(Unit.linear("ml", VOLUME, 1e-6), "mL", "millilitre", "milliliter");

  // time
  public static final Unit FEMTOSECOND = define(Unit.linear("fs", TIME, 1e-15), "femtosecond", "femtoseconds");
  public static final Unit PICOSECOND = define(Unit.linear("ps", TIME, 1e-12), "picosecond", "picoseconds");
  public static final Unit NANOSECOND = define(Unit.linear("ns", TIME, 1e-9), "nanosecond", "nanoseconds");
  public static final Unit MICROSECOND = define(Unit.linear("µs", TIME, 1e-6), "microsecond", "microseconds");
  public static final Unit MILLISECOND = define(Unit.linear("ms", TIME, 1e-3), "millisecond", "milliseconds");
  public static final Unit SECOND = define(Unit.linear("s", TIME, 1), "sec", "second", "seconds");
  public static final Unit MINUTE = define(Unit.linear("min", TIME, 60), "minute", "minutes");
  public static final Unit HOUR = define(Unit.linear("h", TIME, 3600), "hr", "hour", "hours");

  // mass and density
  public static final Unit MICROGRAM = define(Unit.linear("µg", MASS, 1e-9), "microgram", "micrograms");
  public static final Unit MILLIGRAM = define(Unit.linear("mg", MASS, 1e-6), "milligram", "milligrams");
  public static final Unit GRAM = define(Unit.linear("g", MASS, 1e-3), "gram", "grams");
  public static final Unit KILOGRAM = define(Unit.linear("kg", MASS, 1), "kilogram", "kilograms");
  public static final Unit TONNE = define(Unit.linear("t", MASS, 1e3), "tonne", "tonnes");
  public static final Unit KILOGRAM_PER_CUBIC_METRE = define(Unit.linear("kg/m3", DENSITY, 1));
  public static final Unit GRAM_PER_CUBIC_CENTIMETRE = define(Unit.linear("g/cm3", DENSITY, 1e3), "g/cc");

  // pressure and stress
  public static final Unit PASCAL = define(Unit.linear("Pa", PRESSURE, 1), "pascal", "pascals");
  // the annex's vacuum thresholds are in millipascals ("better than 13 mPa", 2B231): not MPa
  public static final Unit MILLIPASCAL = define(Unit.linear("mPa", PRESSURE, 1e-3), "millipascal", "millipascals");
  public static final Unit HECTOPASCAL = define(Unit.linear("hPa", PRESSURE, 1e2));
  public static final Unit KILOPASCAL = define(Unit.linear("kPa", PRESSURE, 1e3));
  public static final Unit MEGAPASCAL = define(Unit.linear("MPa", PRESSURE, 1e6));
  public static final Unit GIGAPASCAL = define(Unit.linear("GPa", PRESSURE, 1e9));
  public static final Unit BAR = define(Unit.linear("bar", PRESSURE, 1e5));
  public static final Unit MILLIBAR = define(Unit.linear("mbar", PRESSURE, 1e2));
  public static final Unit PSI = define(Unit.linear("psi", PRESSURE, 6894.757293168361));
  // data sheets of American materials give strengths in thousands and moduli in millions of psi
  public static final Unit KSI = define(Unit.linear("ksi", PRESSURE, 6894.757293168361e3), "kpsi");
  public static final Unit MSI = define(Unit.linear("Msi", PRESSURE, 6894.757293168361e6), "Mpsi");
  public static final Unit TORR = define(Unit.linear("Torr", PRESSURE, 101325.0 / 760), "torr");
  public static final Unit MILLITORR = define(Unit.linear("mTorr", PRESSURE, 101325.0 / 760 / 1000));
  public static final Unit NEWTON_PER_SQUARE_METRE = define(Unit.linear("N/m2", PRESSURE, 1));
  public static final Unit NEWTON_PER_SQUARE_MILLIMETRE = define(Unit.linear("N/mm2", PRESSURE, 1e6));

  // energy
  public static final Unit MICROJOULE = define(Unit.linear("µJ", ENERGY, 1e-6), "microjoule", "microjoules");
  public static final Unit MILLIJOULE = define(Unit.linear("mJ", ENERGY, 1e-3), "millijoule", "millijoules");
  public static final Unit JOULE = define(Unit.linear("J", ENERGY, 1), "joule", "joules");
  public static final Unit KILOJOULE = define(Unit.linear("kJ", ENERGY, 1e3), "kilojoule", "kilojoules");
  public static final Unit MEGAJOULE = define(Unit.linear("MJ", ENERGY, 1e6), "megajoule", "megajoules");
  public static final Unit WATT_HOUR = define(Unit.linear("Wh", ENERGY, 3600));
  public static final Unit KILOWATT_HOUR = define(Unit.linear("kWh", ENERGY, 3.6e6));
  public static final Unit ELECTRONVOLT = define(Unit.linear("eV", ENERGY, 1.602176634e-19), "electronvolt", "electronvolts");
  public static final Unit KILOELECTRONVOLT = define(Unit.linear("keV", ENERGY, 1.602176634e-16));
  public static final Unit MEGAELECTRONVOLT = define(Unit.linear("MeV", ENERGY, 1.602176634e-13));
  public static final Unit GIGAELECTRONVOLT = define(Unit.linear("GeV", ENERGY, 1.602176634e-10));

  // radiation dose and dose rate; "(Si)" names the absorbing material, the scale is the same
  public static final Unit GRAY = define(Unit.linear("Gy", RADIATION_DOSE, 1), "gray");
  public static final Unit GRAY_SILICON = define(Unit.linear("Gy(Si)", RADIATION_DOSE, 1),
      "Gy(silicon)", "Gy (silicon)");
  public static final Unit KILOGRAY = define(Unit.linear("kGy", RADIATION_DOSE, 1e3));
  /** The dose unit rad (0.01 Gy), written {@code rd} because {@code rad} is the radian. */
  public static final Unit RAD_DOSE = define(Unit.linear("rd", RADIATION_DOSE, 1e-2));
  public static final Unit RAD_SILICON = define(Unit.linear("rad(Si)", RADIATION_DOSE, 1e-2),
      "rad(silicon)", "rads(Si)", "rads(silicon)", "rad (silicon)", "rads (silicon)");
  public static final Unit KILORAD = define(Unit.linear("krad", RADIATION_DOSE, 1e1), "krads");
  public static final Unit KILORAD_SILICON = define(Unit.linear("krad(Si)", RADIATION_DOSE, 1e1),
      "krad(silicon)", "krad (silicon)");
  public static final Unit MEGARAD = define(Unit.linear("Mrad", RADIATION_DOSE, 1e4), "Mrads");
  public static final Unit MEGARAD_SILICON = define(Unit.linear("Mrad(Si)", RADIATION_DOSE, 1e4),
      "Mrad(silicon)", "Mrad (silicon)");
  public static final Unit GRAY_PER_SECOND = define(Unit.linear("Gy/s", DOSE_RATE, 1));
  public static final Unit GRAY_SILICON_PER_SECOND = define(Unit.linear("Gy(Si)/s", DOSE_RATE, 1),
      "Gy(silicon)/s", "Gy (silicon)/s");
  public static final Unit RAD_SILICON_PER_SECOND = define(Unit.linear("rad(Si)/s", DOSE_RATE, 1e-2),
      "rad(silicon)/s", "rad (silicon)/s", "rads(Si)/s", "rads (silicon)/s");

  // data and data rate; kilo, mega, giga are decimal as in telecoms
  public static final Unit BIT = define(Unit.linear("bit", DATA, 1), "bits", "b");
  public static final Unit KILOBIT = define(Unit.linear("kbit", DATA, 1e3), "kbits", "kilobit", "kilobits");
  public static final Unit MEGABIT = define(Unit.linear("Mbit", DATA, 1e6), "Mbits", "megabit", "megabits");
  public static final Unit GIGABIT = define(Unit.linear("Gbit", DATA, 1e9), "Gbits", "gigabit", "gigabits");
  public static final Unit BYTE = define(Unit.linear("byte", DATA, 8), "bytes", "B");
  public static final Unit KILOBYTE = define(Unit.linear("kB", DATA, 8e3), "kbyte", "kbytes", "kilobyte", "kilobytes");
  public static final Unit MEGABYTE = define(Unit.linear("MB", DATA, 8e6), "Mbyte", "Mbytes", "megabyte", "megabytes");
  public static final Unit GIGABYTE = define(Unit.linear("GB", DATA, 8e9), "Gbyte", "Gbytes", "gigabyte", "gigabytes");
  public static final Unit TERABYTE = define(Unit.linear("TB", DATA, 8e12), "Tbyte", "Tbytes", "terabyte", "terabytes");
  public static final Unit BIT_PER_SECOND = define(Unit.linear("bit/s", DATA_RATE, 1),
      "bits/s", "b/s", "bps", "bits per second");
  public static final Unit KILOBIT_PER_SECOND = define(Unit.linear("kbit/s", DATA_RATE, 1e3),
      "kbits/s", "kb/s", "kbps", "kilobits per second");
  public static final Unit MEGABIT_PER_SECOND = define(Unit.linear("Mbit/s", DATA_RATE, 1e6),
      "Mbits/s", "Mb/s", "Mbps", "megabits per second");
  public static final Unit GIGABIT_PER_SECOND = define(Unit.linear("Gbit/s", DATA_RATE, 1e9),
      "Gbits/s", "Gb/s", "Gbps", "gigabits per second");
  public static final Unit TERABIT_PER_SECOND = define(Unit.linear("Tbit/s", DATA_RATE, 1e12),
      "Tbits/s", "Tb/s", "Tbps", "terabits per second");
  public static final Unit MEGABYTE_PER_SECOND = define(Unit.linear("MB/s", DATA_RATE, 8e6), "MBps", "Mbyte/s", "Mbytes/s");
  public static final Unit GIGABYTE_PER_SECOND = define(Unit.linear("GB/s", DATA_RATE, 8e9), "GBps", "Gbyte/s", "Gbytes/s");

  // sample rate
  public static final Unit SAMPLE_PER_SECOND = define(Unit.linear("S/s", SAMPLE_RATE, 1),
      "samples/s", "sample/s", "samples per second", "sps", "SPS", "Sa/s");
  public static final Unit KILOSAMPLE_PER_SECOND = define(Unit.linear("kS/s", SAMPLE_RATE, 1e3),
      "ksamples/s", "ksps", "kSPS", "kSa/s", "kilosamples per second");
  public static final Unit MEGASAMPLE_PER_SECOND = define(Unit.linear("MS/s", SAMPLE_RATE, 1e6),
      "Msamples/s", "Msample/s", "MSPS", "Msps", "MSa/s", "megasamples per second");
  public static final Unit GIGASAMPLE_PER_SECOND = define(Unit.linear("GS/s", SAMPLE_RATE, 1e9),
      "Gsamples/s", "Gsample/s", "GSPS", "Gsps", "GSa/s", "gigasamples per second");

  // computing
  public static final Unit FLOPS = define(Unit.linear("FLOPS", COMPUTING_PERFORMANCE, 1), "flop/s", "FLOP/s");
  public static final Unit MEGAFLOPS = define(Unit.linear("MFLOPS", COMPUTING_PERFORMANCE, 1e6), "MegaFLOPS");
  public static final Unit GIGAFLOPS = define(Unit.linear("GFLOPS", COMPUTING_PERFORMANCE, 1e9), "GigaFLOPS");
  public static final Unit TERAFLOPS = define(Unit.linear("TFLOPS", COMPUTING_PERFORMANCE, 1e12), "TeraFLOPS",
      "TFLOP/s");
  public static final Unit PETAFLOPS = define(Unit.linear("PFLOPS", COMPUTING_PERFORMANCE, 1e15), "PetaFLOPS",
      "PFLOP/s");
  /**
   * Operations per second of any kind (integer or floating point), as AI accelerator data sheets give
   * them ("1 979 TOPS INT8"): the same scale as {@link #FLOPS}, which the annex's 'TPP' multiplies by
   * the bit length of the operation.
   */
  public static final Unit GIGA_OPERATIONS_PER_SECOND = define(Unit.linear("GOPS", COMPUTING_PERFORMANCE, 1e9));
  public static final Unit TERA_OPERATIONS_PER_SECOND = define(Unit.linear("TOPS", COMPUTING_PERFORMANCE, 1e12),
      "TOP/s", "tera operations per second", "tera-operations per second");
  public static final Unit PETA_OPERATIONS_PER_SECOND = define(Unit.linear("POPS", COMPUTING_PERFORMANCE, 1e15));
  /** Weighted TeraFLOPS, the annex's adjusted peak performance of digital computers. */
  public static final Unit WEIGHTED_TERAFLOPS = define(Unit.linear("WT", WEIGHTED_COMPUTING_PERFORMANCE, 1),
      "Weighted TeraFLOPS", "Weighted TFLOPS");

  /** The annex's 'Total Processing Performance', a pure number; see {@link QuantityFinder} for how it is read. */
  public static final Unit TOTAL_PROCESSING_PERFORMANCE = define(Unit.linear("TPP", Dimension.TOTAL_PROCESSING_PERFORMANCE, 1));

  // angle and angular velocity
  public static final Unit RADIAN = define(Unit.linear("rad", ANGLE, 1), "radian", "radians", "rad (radians)");
  public static final Unit MILLIRADIAN = define(Unit.linear("mrad", ANGLE, 1e-3), "milliradian", "milliradians");
  public static final Unit MICRORADIAN = define(Unit.linear("µrad", ANGLE, 1e-6), "microradian", "microradians");
  public static final Unit DEGREE = define(Unit.linear("°", ANGLE, Math.PI / 180), "deg", "degree", "degrees");
  // "second of arc" is the annex's own spelling (encoder accuracy); without it the finder stops at
  // "second" and reads an angle as a time
  public static final Unit ARC_MINUTE = define(Unit.linear("arcmin", ANGLE, Math.PI / 180 / 60),
      "arc minute", "arc minutes", "arc-minute", "arc-minutes", "′", "minute of arc", "minutes of arc");
  public static final Unit ARC_SECOND = define(Unit.linear("arcsec", ANGLE, Math.PI / 180 / 3600),
      "arc second", "arc seconds", "arc-second", "arc-seconds", "″", "second of arc", "seconds of arc");
  public static final Unit RADIAN_PER_SECOND = define(Unit.linear("rad/s", ANGULAR_VELOCITY, 1),
      "radians per second", "rad (radians)/s");
  public static final Unit DEGREE_PER_SECOND = define(Unit.linear("°/s", ANGULAR_VELOCITY, Math.PI / 180),
      "degree/s", "degrees/s", "deg/s", "degree per second", "degrees per second", "deg/sec", "°/sec",
      "° per second", "deg per second",
      // German, French and Italian data sheets
      "°/sek", "grad/s", "grad pro sekunde", "degré par seconde", "degrés par seconde", "gradi al secondo");
  public static final Unit DEGREE_PER_HOUR = define(Unit.linear("°/h", ANGULAR_VELOCITY, Math.PI / 180 / 3600),
      "°/hr", "degree/h", "degrees/h", "degree/hour", "degrees/hour", "deg/h", "deg/hr",
      "degree per hour", "degrees per hour", "° per hour", "deg per hour", "°/hour",
      // German, French and Italian data sheets: "°/Std.", "Grad pro Stunde", "°/heure", "gradi all'ora"
      "°/std", "°/std.", "°/stunde", "grad/h", "grad/std", "grad pro stunde", "°/heure", "degré par heure",
      "degrés par heure", "degré/h", "degrés/h", "°/ora", "gradi/ora", "gradi all'ora", "gradi per ora");

  // angle random walk: the annex writes "degree per square root hour", data sheets "deg/√h" or
  // "deg/sqrt(h)"; without these the finder read "0,0035 degree" as an angle
  public static final Unit RADIAN_PER_ROOT_SECOND = define(Unit.linear("rad/√s", ANGLE_RANDOM_WALK, 1),
      "rad/sqrt(s)");
  public static final Unit DEGREE_PER_ROOT_HOUR = define(Unit.linear("°/√h", ANGLE_RANDOM_WALK, Math.PI / 180 / 60),
      "°/√hr", "°/sqrt(h)", "°/sqrt(hr)", "deg/√h", "deg/√hr", "deg/sqrt(h)", "deg/sqrt(hr)", "degree/√h",
      "degrees/√h", "degree per square root hour", "degrees per square root hour", "degree per root hour",
      "degrees per root hour");

  // acceleration and velocity
  public static final Unit METRE_PER_SQUARE_SECOND = define(Unit.linear("m/s2", ACCELERATION, 1), "m s-2");
  /** Standard gravity, 9.80665 m/s²; written "g" in texts about shock and acceleration. */
  public static final Unit STANDARD_GRAVITY = define(Unit.linear("gn", ACCELERATION, 9.80665), "g0", "g-force");
  public static final Unit MILLI_STANDARD_GRAVITY = define(Unit.linear("mgn", ACCELERATION, 9.80665e-3), "milli g");
  public static final Unit MICRO_STANDARD_GRAVITY = define(Unit.linear("µgn", ACCELERATION, 9.80665e-6), "micro g");
  public static final Unit METRE_PER_SECOND = define(Unit.linear("m/s", VELOCITY, 1), "metres per second");
  public static final Unit KILOMETRE_PER_HOUR = define(Unit.linear("km/h", VELOCITY, 1000.0 / 3600), "km/hr", "kph");
  public static final Unit KNOT = define(Unit.linear("kn", VELOCITY, 1852.0 / 3600), "knot", "knots", "kt");

  // electricity and magnetism
  public static final Unit MICROAMPERE = define(Unit.linear("µA", CURRENT, 1e-6), "microampere", "microamperes");
  public static final Unit MILLIAMPERE = define(Unit.linear("mA", CURRENT, 1e-3), "milliampere", "milliamperes");
  public static final Unit AMPERE = define(Unit.linear("A", CURRENT, 1), "amp", "amps", "ampere", "amperes");
  public static final Unit KILOAMPERE = define(Unit.linear("kA", CURRENT, 1e3), "kiloampere", "kiloamperes");
  public static final Unit MICROVOLT = define(Unit.linear("µV", VOLTAGE, 1e-6), "microvolt", "microvolts");
  public static final Unit MILLIVOLT = define(Unit.linear("mV", VOLTAGE, 1e-3), "millivolt", "millivolts");
  public static final Unit VOLT = define(Unit.linear("V", VOLTAGE, 1), "volt", "volts");
  public static final Unit KILOVOLT = define(Unit.linear("kV", VOLTAGE, 1e3), "kilovolt", "kilovolts");
  public static final Unit NANOTESLA = define(Unit.linear("nT", MAGNETIC_FLUX_DENSITY, 1e-9), "nanotesla");
  public static final Unit MICROTESLA = define(Unit.linear("µT", MAGNETIC_FLUX_DENSITY, 1e-6), "microtesla");
  public static final Unit MILLITESLA = define(Unit.linear("mT", MAGNETIC_FLUX_DENSITY, 1e-3), "millitesla");
  public static final Unit TESLA = define(Unit.linear("T", MAGNETIC_FLUX_DENSITY, 1), "tesla");
  public static final Unit MILLIOHM = define(Unit.linear("mΩ", RESISTANCE, 1e-3), "milliohm", "milliohms");
  public static final Unit OHM = define(Unit.linear("Ω", RESISTANCE, 1), "ohm", "ohms", "Ohm");
  public static final Unit KILOOHM = define(Unit.linear("kΩ", RESISTANCE, 1e3), "kohm", "kohms", "kiloohm", "kiloohms");
  public static final Unit MEGAOHM = define(Unit.linear("MΩ", RESISTANCE, 1e6), "Mohm", "Mohms", "megaohm", "megaohms");

  // force and torque
  public static final Unit NEWTON = define(Unit.linear("N", FORCE, 1), "newton", "newtons");
  public static final Unit KILONEWTON = define(Unit.linear("kN", FORCE, 1e3), "kilonewton", "kilonewtons");
  public static final Unit MEGANEWTON = define(Unit.linear("MN", FORCE, 1e6), "meganewton", "meganewtons");
  /** Pound-force, the thrust unit of American engine data sheets: 4.4482216152605 N. */
  public static final Unit POUND_FORCE = define(Unit.linear("lbf", FORCE, 4.4482216152605), "lbs thrust", "pound-force");
  public static final Unit NEWTON_METRE = define(Unit.linear("N·m", TORQUE, 1), "Nm", "N m", "N.m", "N-m");
  public static final Unit KILONEWTON_METRE = define(Unit.linear("kN·m", TORQUE, 1e3), "kNm", "kN m", "kN.m");

  // flows, densities per area, mass and length, activity: the annex's thresholds on pumps
  // (m³/h), lasers (W/cm², J/cm²), detonating cord (g/m), batteries (Wh/kg, W/kg), sources (GBq)
  public static final Unit CUBIC_METRE_PER_SECOND = define(Unit.linear("m3/s", VOLUME_FLOW, 1), "m³/s");
  public static final Unit CUBIC_METRE_PER_MINUTE = define(Unit.linear("m3/min", VOLUME_FLOW, 1.0 / 60), "m³/min",
      "m3/minute", "m³/minute");
  public static final Unit CUBIC_METRE_PER_HOUR = define(Unit.linear("m3/h", VOLUME_FLOW, 1.0 / 3600), "m³/h", "m3/hr",
      "m3/hour", "m³/hour");
  public static final Unit LITRE_PER_MINUTE = define(Unit.linear("l/min", VOLUME_FLOW, 1e-3 / 60), "L/min", "lpm",
      "litres per minute", "liters per minute", "litre per minute", "liter per minute");
  public static final Unit LITRE_PER_SECOND = define(Unit.linear("l/s", VOLUME_FLOW, 1e-3), "L/s");
  public static final Unit CUBIC_CENTIMETRE_PER_MINUTE = define(Unit.linear("cm3/min", VOLUME_FLOW, 1e-6 / 60), "cm³/min", "ccm");
  public static final Unit WATT_PER_SQUARE_METRE = define(Unit.linear("W/m2", IRRADIANCE, 1), "W/m²");
  public static final Unit WATT_PER_SQUARE_CENTIMETRE = define(Unit.linear("W/cm2", IRRADIANCE, 1e4), "W/cm²");
  public static final Unit KILOWATT_PER_SQUARE_CENTIMETRE = define(Unit.linear("kW/cm2", IRRADIANCE, 1e7), "kW/cm²");
  public static final Unit MEGAWATT_PER_SQUARE_CENTIMETRE = define(Unit.linear("MW/cm2", IRRADIANCE, 1e10), "MW/cm²");
  public static final Unit JOULE_PER_SQUARE_METRE = define(Unit.linear("J/m2", FLUENCE, 1), "J/m²");
  public static final Unit JOULE_PER_SQUARE_CENTIMETRE = define(Unit.linear("J/cm2", FLUENCE, 1e4), "J/cm²");
  public static final Unit MILLIJOULE_PER_SQUARE_CENTIMETRE = define(Unit.linear("mJ/cm2", FLUENCE, 10), "mJ/cm²");
  public static final Unit KILOGRAM_PER_METRE = define(Unit.linear("kg/m", LINEAR_DENSITY, 1));
  public static final Unit GRAM_PER_METRE = define(Unit.linear("g/m", LINEAR_DENSITY, 1e-3));
  public static final Unit JOULE_PER_KILOGRAM = define(Unit.linear("J/kg", SPECIFIC_ENERGY, 1));
  public static final Unit KILOJOULE_PER_KILOGRAM = define(Unit.linear("kJ/kg", SPECIFIC_ENERGY, 1e3));
  public static final Unit MEGAJOULE_PER_KILOGRAM = define(Unit.linear("MJ/kg", SPECIFIC_ENERGY, 1e6));
  public static final Unit WATT_HOUR_PER_KILOGRAM = define(Unit.linear("Wh/kg", SPECIFIC_ENERGY, 3600), "Wh kg-1");
  public static final Unit WATT_PER_KILOGRAM = define(Unit.linear("W/kg", SPECIFIC_POWER, 1), "W kg-1");
  public static final Unit KILOWATT_PER_KILOGRAM = define(Unit.linear("kW/kg", SPECIFIC_POWER, 1e3));
  public static final Unit BECQUEREL = define(Unit.linear("Bq", ACTIVITY, 1), "becquerel");
  public static final Unit MEGABECQUEREL = define(Unit.linear("MBq", ACTIVITY, 1e6));
  public static final Unit GIGABECQUEREL = define(Unit.linear("GBq", ACTIVITY, 1e9));
  public static final Unit TERABECQUEREL = define(Unit.linear("TBq", ACTIVITY, 1e12));
  public static final Unit CURIE = define(Unit.linear("Ci", ACTIVITY, 3.7e10), "curie", "curies");

  // electric charge: a cell's capacity (the coulomb is left out: "C" alone is a temperature in data sheets)
  public static final Unit COULOMB = define(Unit.linear("As", ELECTRIC_CHARGE, 1), "A·s");
  public static final Unit AMPERE_HOUR = define(Unit.linear("Ah", ELECTRIC_CHARGE, 3600), "A·h", "ampere-hour", "ampere-hours");
  public static final Unit MILLIAMPERE_HOUR = define(Unit.linear("mAh", ELECTRIC_CHARGE, 3.6), "mA·h");
  public static final Unit NAUTICAL_MILE = define(Unit.linear("nmi", LENGTH, 1852), "nautical mile", "nautical miles", "NM");
  public static final Unit MILLIGAL = define(Unit.linear("mGal", ACCELERATION, 1e-5), "milligal");
  public static final Unit MICROGAL = define(Unit.linear("µGal", ACCELERATION, 1e-8), "microgal");
  // units the annex's thresholds use (the reviewed criteria table lists them), in the dimensions above
  public static final Unit VOLT_AMPERE = define(Unit.linear("VA", POWER, 1), "volt-ampere", "volt-amperes");
  public static final Unit KILOVOLT_AMPERE = define(Unit.linear("kVA", POWER, 1e3));
  public static final Unit KILOMETRE_PER_SECOND = define(Unit.linear("km/s", VELOCITY, 1e3));
  public static final Unit MILLIMETRE_PER_SECOND = define(Unit.linear("mm/s", VELOCITY, 1e-3));
  public static final Unit MILLIMETRE_PER_MICROSECOND = define(Unit.linear("mm/µs", VELOCITY, 1e3));
  public static final Unit MICROMETRE_PER_HOUR = define(Unit.linear("µm/h", VELOCITY, 1e-6 / 3600));
  public static final Unit MILLIMETRE_PER_YEAR = define(Unit.linear("mm/year", VELOCITY, 1e-3 / (365.25 * 86400)),
      "mm/a", "mm/yr");
  // a specific impulse in N·s/kg is a velocity (the effective exhaust velocity)
  public static final Unit NEWTON_SECOND_PER_KILOGRAM = define(Unit.linear("N·s/kg", VELOCITY, 1), "Ns/kg");
  public static final Unit KILONEWTON_SECOND_PER_KILOGRAM = define(Unit.linear("kN·s/kg", VELOCITY, 1e3), "kNs/kg");
  public static final Unit FRAMES_PER_SECOND = define(Unit.linear("frames/s", FREQUENCY, 1), "frame/s",
      "frames per second", "Bilder/s");
  public static final Unit CUBIC_MILLIMETRE = define(Unit.linear("mm3", VOLUME, 1e-9), "mm³");
  public static final Unit LITRE_PER_HOUR = define(Unit.linear("l/h", VOLUME_FLOW, 1e-3 / 3600), "L/h",
      "litres per hour", "liters per hour", "litre per hour", "liter per hour");
  public static final Unit GRAM_PER_MILLILITRE = define(Unit.linear("g/ml", DENSITY, 1e3), "g/mL");
  public static final Unit MILLIGRAM_PER_CUBIC_METRE = define(Unit.linear("mg/m3", DENSITY, 1e-6), "mg/m³");
  public static final Unit DECIBEL_CARRIER = define(Unit.decibel("dBc", RATIO, 1));
  public static final Unit ATOMIC_MASS_UNIT = define(Unit.linear("amu", MASS, 1.66053906660e-27), "Da", "dalton", "atomic mass units", "atomic mass unit");
  // a sheet resistance in ohms per square is a resistance
  public static final Unit OHM_PER_SQUARE = define(Unit.linear("Ω/sq", RESISTANCE, 1), "ohm/sq", "Ω/□", "ohms/square", "ohms per square", "ohm/square");
  public static final Unit FARAD = define(Unit.linear("F", CAPACITANCE, 1), "farad");
  public static final Unit MICROFARAD = define(Unit.linear("µF", CAPACITANCE, 1e-6));
  public static final Unit NANOFARAD = define(Unit.linear("nF", CAPACITANCE, 1e-9));
  public static final Unit PICOFARAD = define(Unit.linear("pF", CAPACITANCE, 1e-12));
  public static final Unit HENRY = define(Unit.linear("H", INDUCTANCE, 1), "henry");
  public static final Unit MILLIHENRY = define(Unit.linear("mH", INDUCTANCE, 1e-3));
  public static final Unit MICROHENRY = define(Unit.linear("µH", INDUCTANCE, 1e-6));
  public static final Unit NANOHENRY = define(Unit.linear("nH", INDUCTANCE, 1e-9));
  public static final Unit AMPERE_PER_SQUARE_METRE = define(Unit.linear("A/m2", CURRENT_DENSITY, 1), "A/m²");
  public static final Unit AMPERE_PER_SQUARE_CENTIMETRE = define(Unit.linear("A/cm2", CURRENT_DENSITY, 1e4), "A/cm²");
  public static final Unit AMPERE_PER_SQUARE_MILLIMETRE = define(Unit.linear("A/mm2", CURRENT_DENSITY, 1e6), "A/mm²");
  public static final Unit MILLIAMPERE_PER_SQUARE_MILLIMETRE = define(Unit.linear("mA/mm2", CURRENT_DENSITY, 1e3),
      "mA/mm²");
  public static final Unit AMPERE_PER_WATT = define(Unit.linear("A/W", RESPONSIVITY, 1));
  public static final Unit MILLIAMPERE_PER_WATT = define(Unit.linear("mA/W", RESPONSIVITY, 1e-3));
  public static final Unit NEWTON_SECOND = define(Unit.linear("N·s", IMPULSE, 1), "Ns", "N s");
  public static final Unit KILONEWTON_SECOND = define(Unit.linear("kN·s", IMPULSE, 1e3), "kNs", "kN s");
  public static final Unit MEGANEWTON_SECOND = define(Unit.linear("MN·s", IMPULSE, 1e6), "MNs", "MN s");
  public static final Unit KILOGRAM_PER_SECOND = define(Unit.linear("kg/s", MASS_FLOW, 1));
  public static final Unit KILOGRAM_PER_MINUTE = define(Unit.linear("kg/min", MASS_FLOW, 1.0 / 60), "kg per minute");
  public static final Unit KILOGRAM_PER_HOUR = define(Unit.linear("kg/h", MASS_FLOW, 1.0 / 3600), "kg/hr", "kg per hour");
  public static final Unit GRAM_PER_HOUR = define(Unit.linear("g/h", MASS_FLOW, 1e-3 / 3600));
  public static final Unit KILOGRAM_PER_DAY = define(Unit.linear("kg/24h", MASS_FLOW, 1.0 / 86400), "kg/day", "kg/d");
  public static final Unit RADIAN_PER_SQUARE_SECOND = define(Unit.linear("rad/s2", ANGULAR_ACCELERATION, 1),
      "rad/s²", "rad (radians)/s2");
  public static final Unit DEGREE_PER_SQUARE_SECOND = define(Unit.linear("°/s2", ANGULAR_ACCELERATION, Math.PI / 180),
      "°/s²", "deg/s2", "deg/s²");
  public static final Unit TESLA_PER_ROOT_HERTZ = define(Unit.linear("T/√Hz", MAGNETIC_NOISE, 1));
  public static final Unit NANOTESLA_PER_ROOT_HERTZ = define(Unit.linear("nT/√Hz", MAGNETIC_NOISE, 1e-9),
      "nT/sqrt(Hz)", "nT/rtHz", "nT rms per square root Hz", "nT rms/√Hz", "nT (rms) per square root Hz");
  public static final Unit PICOTESLA_PER_ROOT_HERTZ = define(Unit.linear("pT/√Hz", MAGNETIC_NOISE, 1e-12),
      "pT/sqrt(Hz)", "pT/rtHz", "pT rms per square root Hz", "pT rms/√Hz", "pT (rms) per square root Hz");
  public static final Unit FEMTOTESLA_PER_ROOT_HERTZ = define(Unit.linear("fT/√Hz", MAGNETIC_NOISE, 1e-15),
      "fT/sqrt(Hz)", "fT/rtHz", "fT rms per square root Hz", "fT rms/√Hz", "fT (rms) per square root Hz");
  public static final Unit TESLA_PER_METRE_ROOT_HERTZ = define(Unit.linear("T/m/√Hz", MAGNETIC_GRADIENT_NOISE, 1));
  public static final Unit NANOTESLA_PER_METRE_ROOT_HERTZ = define(
      Unit.linear("nT/m/√Hz", MAGNETIC_GRADIENT_NOISE, 1e-9), "nT/m/sqrt(Hz)",
      "nT/m rms per square root Hz");
  public static final Unit PICOTESLA_PER_METRE_ROOT_HERTZ = define(
      Unit.linear("pT/m/√Hz", MAGNETIC_GRADIENT_NOISE, 1e-12), "pT/m/sqrt(Hz)",
      "pT/m rms per square root Hz");
  public static final Unit PER_SECOND_RELATIVE = define(Unit.linear("1/s", RELATIVE_DRIFT, 1));
  // "1 × 10-7 per day": a pure share per day, as the annex and oscillator data sheets write ageing
  public static final Unit PER_DAY = define(Unit.linear("/day", RELATIVE_DRIFT, 1.0 / 86400), "per day");
  public static final Unit PER_MONTH = define(Unit.linear("/month", RELATIVE_DRIFT, 1.0 / (30.4375 * 86400)),
      "per month");
  public static final Unit PER_YEAR = define(Unit.linear("/year", RELATIVE_DRIFT, 1.0 / (365.25 * 86400)), "per year");
  public static final Unit PPB_PER_DAY = define(Unit.linear("ppb/day", RELATIVE_DRIFT, 1e-9 / 86400), "ppb/d");
  public static final Unit PPM_PER_DAY = define(Unit.linear("ppm/day", RELATIVE_DRIFT, 1e-6 / 86400), "ppm/d");
  public static final Unit PERCENT_PER_DAY = define(Unit.linear("%/day", RELATIVE_DRIFT, 1e-2 / 86400),
      "% per day", "%/d");
  public static final Unit PERCENT_PER_MONTH = define(Unit.linear("%/month", RELATIVE_DRIFT, 1e-2 / (30.4375 * 86400)),
      "% per month");
  public static final Unit PERCENT_PER_YEAR = define(Unit.linear("%/year", RELATIVE_DRIFT, 1e-2 / (365.25 * 86400)),
      "% per year", "%/yr", "%/a");
  public static final Unit PPM_PER_YEAR = define(Unit.linear("ppm/year", RELATIVE_DRIFT, 1e-6 / (365.25 * 86400)),
      "ppm per year", "ppm/yr", "ppm/a");
  public static final Unit METRE_RADIAN = define(Unit.linear("m·rad", BEAM_PARAMETER_PRODUCT, 1));
  public static final Unit MILLIMETRE_MILLIRADIAN = define(Unit.linear("mm·mrad", BEAM_PARAMETER_PRODUCT, 1e-6),
      "mm mrad", "mm*mrad", "mm-mrad");
  public static final Unit OHM_METRE = define(Unit.linear("Ω·m", RESISTIVITY, 1), "ohm·m", "ohm m");
  public static final Unit OHM_CENTIMETRE = define(Unit.linear("Ω·cm", RESISTIVITY, 1e-2), "ohm·cm", "ohm cm", "Ωcm", "ohm-cm");
  public static final Unit SIEMENS_PER_METRE = define(Unit.linear("S/m", CONDUCTIVITY, 1));
  public static final Unit PER_KELVIN = define(Unit.linear("1/K", THERMAL_EXPANSION, 1), "K-1", "K⁻¹", "/K");
  public static final Unit PPM_PER_KELVIN = define(Unit.linear("ppm/K", THERMAL_EXPANSION, 1e-6), "ppm/°C", "10-6/K");
  public static final Unit SQUARE_METRE_PER_SECOND = define(Unit.linear("m2/s", KINEMATIC_VISCOSITY, 1), "m²/s");
  public static final Unit CENTISTOKES = define(Unit.linear("cSt", KINEMATIC_VISCOSITY, 1e-6), "centistokes", "mm2/s",
      "mm²/s");
  public static final Unit KILOGRAM_PER_SQUARE_METRE = define(Unit.linear("kg/m2", AREAL_DENSITY, 1), "kg/m²");
  // counted things: the noun is the unit ("5-axis", "34 qubits", "1 500 terminals")
  // German compounds count axes with the bare stem: "5-Achs-Bearbeitungszentrum"
  public static final Unit AXES = define(Unit.linear("axes", AXIS_COUNT, 1), "axis", "Achsen", "Achse", "Achs",
      "axes simultanés", "assi");
  public static final Unit QUBITS = define(Unit.linear("qubits", QUBIT_COUNT, 1), "qubit");
  public static final Unit CHANNELS = define(Unit.linear("channels", CHANNEL_COUNT, 1), "channel", "Kanäle",
      "Kanal", "canaux", "canali");
  public static final Unit TERMINALS = define(Unit.linear("terminals", TERMINAL_COUNT, 1), "terminal", "pins", "pin");
  public static final Unit ELEMENTS = define(Unit.linear("elements", ELEMENT_COUNT, 1), "element", "Elemente");
  public static final Unit GRAM_PER_SQUARE_METRE = define(Unit.linear("g/m2", AREAL_DENSITY, 1e-3), "g/m²", "gsm");
  // the annex's own spellings of units it sets thresholds in (the reviewed criteria table lists them)
  /** The Mach number; {@link QuantityFinder} reads it also written before the number ("Mach 1,2"). */
  public static final Unit MACH = define(Unit.linear("Mach", MACH_NUMBER, 1));
  // only the plural after a number: "results per cycle" counts per cycle, it is no count of cycles
  public static final Unit CYCLES = define(Unit.linear("cycles", CYCLE_COUNT, 1));
  public static final Unit PIXELS = define(Unit.linear("pixels", PIXEL_COUNT, 1), "pixel", "active pixels");
  public static final Unit BECQUEREL_PER_KILOGRAM = define(Unit.linear("Bq/kg", SPECIFIC_ACTIVITY, 1));
  public static final Unit GIGABECQUEREL_PER_KILOGRAM = define(Unit.linear("GBq/kg", SPECIFIC_ACTIVITY, 1e9));
  public static final Unit CURIE_PER_KILOGRAM = define(Unit.linear("Ci/kg", SPECIFIC_ACTIVITY, 3.7e10));
  public static final Unit WATT_PER_CUBIC_METRE = define(Unit.linear("W/m3", VOLUMETRIC_POWER_DENSITY, 1), "W/m³");
  public static final Unit KILOWATT_PER_CUBIC_METRE = define(Unit.linear("kW/m3", VOLUMETRIC_POWER_DENSITY, 1e3),
      "kW/m³");
  public static final Unit JOULE_PER_CUBIC_METRE = define(Unit.linear("J/m3", ENERGY_DENSITY, 1), "J/m³");
  public static final Unit AMPERE_PER_SECOND = define(Unit.linear("A/s", CURRENT_RATE, 1));
  public static final Unit AMPERE_PER_MICROSECOND = define(Unit.linear("A/µs", CURRENT_RATE, 1e6));
  public static final Unit KILOGRAM_PER_NEWTON_SECOND = define(Unit.linear("kg/(N·s)", THRUST_SPECIFIC_FUEL_CONSUMPTION,
      1));
  public static final Unit KILOGRAM_PER_NEWTON_HOUR = define(Unit.linear("kg/(N·h)", THRUST_SPECIFIC_FUEL_CONSUMPTION,
      1.0 / 3600), "kg N-1 h-1", "kg/N/h", "kg/(N h)", "kg/Nh");
  public static final Unit PASCAL_PER_SECOND = define(Unit.linear("Pa/s", PRESSURE_RATE, 1));
  public static final Unit PASCAL_PER_HOUR = define(Unit.linear("Pa/h", PRESSURE_RATE, 1.0 / 3600), "Pa per hour");
  public static final Unit PER_METRE = define(Unit.linear("1/m", ATTENUATION_COEFFICIENT, 1), "m-1", "m⁻¹");
  public static final Unit PER_CENTIMETRE = define(Unit.linear("1/cm", ATTENUATION_COEFFICIENT, 1e2), "cm-1", "cm⁻¹",
      "/cm");
  public static final Unit AMPERE_PER_LUMEN = define(Unit.linear("A/lm", LUMINOUS_RESPONSIVITY, 1));
  public static final Unit MICROAMPERE_PER_LUMEN = define(Unit.linear("µA/lm", LUMINOUS_RESPONSIVITY, 1e-6));
  public static final Unit VOLT_PER_METRE_ROOT_HERTZ = define(Unit.linear("V/m/√Hz", ELECTRIC_FIELD_NOISE, 1));
  public static final Unit NANOVOLT_PER_METRE_ROOT_HERTZ = define(Unit.linear("nV/m/√Hz", ELECTRIC_FIELD_NOISE, 1e-9),
      "nanovolt per metre per square root Hz", "nV/m/sqrt(Hz)");
  /**
   * A rotor's residual specific unbalance, gram-millimetres per kilogram of rotor mass: an
   * eccentricity, so a length (1 g·mm/kg = 1 µm).
   */
  public static final Unit GRAM_MILLIMETRE_PER_KILOGRAM = define(Unit.linear("g·mm/kg", LENGTH, 1e-6), "g mm/kg",
      "g mm per kg", "gmm/kg");

  // more units the annex sets thresholds in (3A001.a.1.c, 3A231.b.2, 3C002.b, 2B352.j, 9A002.b, 9A010.d, 6C004.c)
  public static final Unit PER_SQUARE_METRE = define(Unit.linear("1/m2", PARTICLE_FLUENCE, 1));
  /**
   * Neutrons per square centimetre, a neutron fluence ("5 × 10¹³ n/cm²"); the lower-case n only, the
   * newton per square centimetre being a pressure ({@link #NEWTON_PER_SQUARE_CENTIMETRE}).
   */
  public static final Unit NEUTRONS_PER_SQUARE_CENTIMETRE = define(Unit.linear("n/cm2", PARTICLE_FLUENCE, 1e4),
      "n/cm²", "neutrons/cm2", "neutrons/cm²");
  public static final Unit NEWTON_PER_SQUARE_CENTIMETRE = define(Unit.linear("N/cm2", PRESSURE, 1e4), "N/cm²");
  public static final Unit NEUTRONS_PER_SECOND = define(Unit.linear("neutrons/s", NEUTRON_EMISSION_RATE, 1),
      "neutrons per second");
  public static final Unit AMPERE_SECOND_PER_SQUARE_METRE = define(Unit.linear("As/m2", CHARGE_PER_AREA, 1), "C/m2",
      "C/m²");
  /** Microcoulombs per square millimetre; the annex writes "μcoulomb/mm2" (3C002.b). */
  public static final Unit MICROCOULOMB_PER_SQUARE_MILLIMETRE = define(Unit.linear("µC/mm2", CHARGE_PER_AREA, 1),
      "µC/mm²", "µcoulomb/mm2", "µcoulomb/mm²");
  public static final Unit MICROCOULOMB_PER_SQUARE_CENTIMETRE = define(Unit.linear("µC/cm2", CHARGE_PER_AREA, 1e-2),
      "µC/cm²");
  public static final Unit MOLE = define(Unit.linear("mol", AMOUNT_OF_SUBSTANCE, 1), "mole", "moles");
  public static final Unit MILLIMOLE = define(Unit.linear("mmol", AMOUNT_OF_SUBSTANCE, 1e-3), "millimole", "millimoles");
  public static final Unit MICROMOLE = define(Unit.linear("µmol", AMOUNT_OF_SUBSTANCE, 1e-6), "micromole",
      "micromoles");
  public static final Unit KILOGRAM_PER_JOULE = define(Unit.linear("kg/J", POWER_SPECIFIC_FUEL_CONSUMPTION, 1));
  public static final Unit KILOGRAM_PER_KILOWATT_HOUR = define(Unit.linear("kg/kWh", POWER_SPECIFIC_FUEL_CONSUMPTION,
      1.0 / 3.6e6), "kg/(kW·h)", "kg/kW h");
  public static final Unit GRAM_PER_KILOWATT_HOUR = define(Unit.linear("g/kWh", POWER_SPECIFIC_FUEL_CONSUMPTION,
      1e-3 / 3.6e6), "g/(kW·h)");
  public static final Unit METRE_PER_VOLT = define(Unit.linear("m/V", SECOND_ORDER_SUSCEPTIBILITY, 1));
  public static final Unit PICOMETRE_PER_VOLT = define(Unit.linear("pm/V", SECOND_ORDER_SUSCEPTIBILITY, 1e-12));
  public static final Unit SQUARE_METRE_PER_SQUARE_VOLT = define(Unit.linear("m2/V2", THIRD_ORDER_SUSCEPTIBILITY, 1),
      "m²/V²");
  /**
   * Thrust per mass of an engine, a thrust-to-weight ratio as the annex writes it ("1 kN/kg", 9A010.d): a
   * force per mass is an acceleration, 1 kN/kg = 1000 m/s².
   */
  public static final Unit KILONEWTON_PER_KILOGRAM = define(Unit.linear("kN/kg", ACCELERATION, 1e3));
  public static final Unit NEWTON_PER_KILOGRAM = define(Unit.linear("N/kg", ACCELERATION, 1));

  private static final List<Unit> ALL = REGISTRY.units();
  private static final Map<Dimension, Unit> SI = REGISTRY.siUnits();

  private Units() {}

  private static Unit define(Unit unit, String... aliases) {
    return REGISTRY.define(unit, aliases);
  }

  /**
   * The unit a symbol or spelling names.
   *
   * @param symbol a canonical symbol or alias; spaces anywhere are ignored
   * @throws QuantityFormatException (index 0) if no unit, or more than one unit ignoring case, has
   *     that spelling
   * @throws NullPointerException if {@code symbol} is null
   */
  public static Unit parse(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return lookup(symbol).orElseThrow(() -> new QuantityFormatException(
        REGISTRY.ambiguous(symbol) ? "ambiguous unit (case matters here)" : "unknown unit", symbol, 0));
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<Unit> lookup(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return REGISTRY.lookup(symbol);
  }

  /** The SI unit of a dimension: factor 1, offset 0, linear. */
  public static Unit si(Dimension dimension) {
    return SI.get(Objects.requireNonNull(dimension, "dimension"));
  }

  /** Every registered unit, in a stable order. */
  public static List<Unit> all() {
    return ALL;
  }

  /** The registered units of one dimension. */
  public static List<Unit> of(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    List<Unit> units = new ArrayList<>();
    for (Unit u : ALL) {
      if (u.dimension() == dimension) {
        units.add(u);
      }
    }
    return Collections.unmodifiableList(units);
  }

  /** Spellings as they appear in text (spaces kept), for the finder's matcher. */
  static Map<String, Unit> spellings() {
    return REGISTRY.spellings();
  }

  /** Whether a spelling names a unit regardless of case (no other unit shares it ignoring case). */
  static boolean isCaseInsensitiveUnique(String spelling) {
    return REGISTRY.isCaseInsensitiveUnique(spelling);
  }
}

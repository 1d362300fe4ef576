package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.Dimension.*;

import java.util.List;

/**
 * The units of the technical quantities data sheets and the annex give beyond the common ones of
 * {@link Units}: radiation dose and dose rate, data, data rate, sample rate and computing, angle,
 * angular rate and random walk, acceleration and velocity, electricity and magnetism, force and
 * torque, flows, densities per area, mass and length, and activity.
 *
 * <p>The constants only: {@link Units} parses and looks them up. They are registered after the
 * common units and before {@link AnnexUnits}', in the order written here, and a unit's spellings are
 * matched in that order, so moving a definition between the families may change which spelling a
 * text's unit is read with.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class TechnicalUnits {

  private static final UnitDefinitions DEFINED = new UnitDefinitions();

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

  private TechnicalUnits() {}

  /** The definitions of this family, in the order of the constants. */
  static List<UnitDefinitions.Definition> definitions() {
    return DEFINED.definitions();
  }

  private static Unit define(Unit unit, String... aliases) {
    return DEFINED.define(unit, aliases);
  }
}

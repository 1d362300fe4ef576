package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.Dimension.*;

import java.util.List;

/**
 * The units of the quantities the annex sets thresholds in beyond the common and technical ones
 * ({@link Units}, {@link TechnicalUnits}): electric charge, the annex's own spellings in the
 * dimensions above (kVA, N·s/kg, dBc, Ω/sq), capacitance and inductance, current density,
 * responsivity, impulse, mass flow, magnetic noise, relative drift, beam parameter product,
 * resistivity, thermal expansion, viscosity, counted things (axes, qubits, channels, pixels) and the
 * rest of the reviewed criteria table's units.
 *
 * <p>The constants only: {@link Units} parses and looks them up. They are registered last, in the
 * order written here.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class AnnexUnits {

  private static final UnitDefinitions DEFINED = new UnitDefinitions();

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
  // the quoted "effective grammes" of 0C002 and 1C012.a's Notes
  public static final Unit EFFECTIVE_GRAM = define(Unit.linear("effective g", EFFECTIVE_MASS, 1), "effective grammes",
      "effective gramme", "effective grams", "effective gram");
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

  private AnnexUnits() {}

  /** The definitions of this family, in the order of the constants. */
  static List<UnitDefinitions.Definition> definitions() {
    return DEFINED.definitions();
  }

  private static Unit define(Unit unit, String... aliases) {
    return DEFINED.define(unit, aliases);
  }
}

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
 * <p>The common units (frequency, power, ratio, temperature, length, area, volume, time, mass,
 * density, pressure, energy) are declared here; the technical ones are {@link TechnicalUnits}', the
 * rest of the annex's {@link AnnexUnits}'. This class registers all three families, in that order, in
 * a {@link UnitRegistry}, whose tables the lookups read.
 *
 * <p>Immutable after class initialisation; safe to use from any thread.
 */
public final class Units {

  // declared before the constants: their initialisers collect the units in it
  private static final UnitDefinitions DEFINED = new UnitDefinitions();

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

  /** Standard gravity, {@link TechnicalUnits#STANDARD_GRAVITY}: named here too, as code outside the core names it. */
  public static final Unit STANDARD_GRAVITY = TechnicalUnits.STANDARD_GRAVITY;

  // declared after the constants: every family is defined when it is built
  private static final UnitRegistry REGISTRY = register();

  private static final List<Unit> ALL = REGISTRY.units();
  private static final Map<Dimension, Unit> SI = REGISTRY.siUnits();
  private Units() {}

  private static Unit define(Unit unit, String... aliases) {
    return DEFINED.define(unit, aliases);
  }

  /** The units of every family, registered in a fixed order whichever family class is loaded first. */
  private static UnitRegistry register() {
    UnitRegistry registry = new UnitRegistry();
    for (List<UnitDefinitions.Definition> family : List.of(DEFINED.definitions(), TechnicalUnits.definitions(),
        AnnexUnits.definitions())) {
      for (UnitDefinitions.Definition d : family) {
        registry.define(d.unit(), d.aliases().toArray(String[]::new));
      }
    }
    return registry;
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

package org.dualuse.core.quantity;

/**
 * What a quantity measures, known at run time so that values read from text need no casts.
 *
 * <p>Each dimension names the symbol of the unit its values are normalised to; that unit has
 * factor 1 and offset 0 in {@link Units}. Logarithmic units (dBm, dBW, dB) normalise to the linear
 * unit of their dimension (W, or the pure ratio {@code 1}).
 */
public enum Dimension {
  FREQUENCY("Hz"),
  POWER("W"),
  /** Pure ratios: percent, and decibels taken as power ratios. */
  RATIO("1"),
  TEMPERATURE("K"),
  LENGTH("m"),
  AREA("m2"),
  VOLUME("m3"),
  TIME("s"),
  MASS("kg"),
  DENSITY("kg/m3"),
  /** Pressure and mechanical stress (tensile strength in N/mm2 is a pressure). */
  PRESSURE("Pa"),
  ENERGY("J"),
  /** Absorbed dose; gray in silicon and gray are the same scale. */
  RADIATION_DOSE("Gy"),
  DOSE_RATE("Gy/s"),
  /** Amounts of data and resolutions ("12-bit"). */
  DATA("bit"),
  DATA_RATE("bit/s"),
  SAMPLE_RATE("S/s"),
  COMPUTING_PERFORMANCE("FLOPS"),
  /** The annex's "Weighted TeraFLOPS" for digital computers, a scale of its own. */
  WEIGHTED_COMPUTING_PERFORMANCE("WT"),
  /**
   * The annex's 'Total Processing Performance' of integrated circuits (2 × MacTOPS × bit length), a
   * pure number written without a unit; a scale of its own so it is never taken for a ratio.
   */
  TOTAL_PROCESSING_PERFORMANCE("TPP"),
  ANGLE("rad"),
  ACCELERATION("m/s2"),
  VELOCITY("m/s"),
  ANGULAR_VELOCITY("rad/s"),
  /**
   * A gyro's angle random walk, an angle per square root of time (degrees per square root hour):
   * neither an angle nor a rate, so it gets a scale of its own.
   */
  ANGLE_RANDOM_WALK("rad/√s"),
  CURRENT("A"),
  VOLTAGE("V"),
  FORCE("N"),
  TORQUE("N·m"),
  MAGNETIC_FLUX_DENSITY("T"),
  RESISTANCE("Ω"),
  /** Volume per time: a pump's throughput or suction capacity (m³/h, l/min). */
  VOLUME_FLOW("m3/s"),
  /** Power per area: a laser's or heater's power density (W/cm²). */
  IRRADIANCE("W/m2"),
  /** Energy per area: a laser damage threshold, a fluence (J/cm²). */
  FLUENCE("J/m2"),
  /** Mass per length: a detonating cord's core load (g/m). */
  LINEAR_DENSITY("kg/m"),
  /** Energy per mass: a battery's energy density (Wh/kg). */
  SPECIFIC_ENERGY("J/kg"),
  /** Power per mass: a battery's or motor's power density (W/kg). */
  SPECIFIC_POWER("W/kg"),
  /** Radioactivity (GBq, Ci). */
  ACTIVITY("Bq"),
  /**
   * Electric charge: a cell's or battery's capacity (Ah, mAh). Normalised to the ampere-second, the
   * coulomb, written {@code As}: a bare "C" in a data sheet is a temperature or a discharge rate.
   */
  ELECTRIC_CHARGE("As");

  private final String siSymbol;

  Dimension(String siSymbol) {
    this.siSymbol = siSymbol;
  }

  /**
   * True when a value of this dimension is a magnitude that is never negative or zero: a frequency,
   * a power, an absolute temperature, a length, a mass, a duration, an amount or rate of data...
   * False where a value may have a sign (angles, velocities, accelerations, currents, voltages,
   * forces, torques, flux densities), or where zero has a meaning (ratios and percentages,
   * pressures given against the ambient). Logarithmic units (dBm) are positive once normalised.
   */
  public boolean isPositiveMagnitude() {
    return switch (this) {
      case FREQUENCY, POWER, TEMPERATURE, LENGTH, AREA, VOLUME, TIME, MASS, DENSITY, ENERGY, RADIATION_DOSE,
          DOSE_RATE, DATA, DATA_RATE, SAMPLE_RATE, COMPUTING_PERFORMANCE, WEIGHTED_COMPUTING_PERFORMANCE,
          TOTAL_PROCESSING_PERFORMANCE, ANGLE_RANDOM_WALK, RESISTANCE, VOLUME_FLOW, IRRADIANCE, FLUENCE, LINEAR_DENSITY,
          SPECIFIC_ENERGY, SPECIFIC_POWER, ACTIVITY, ELECTRIC_CHARGE -> true;
      case RATIO, PRESSURE, ANGLE, ACCELERATION, VELOCITY, ANGULAR_VELOCITY, CURRENT, VOLTAGE, FORCE, TORQUE,
          MAGNETIC_FLUX_DENSITY -> false;
    };
  }

  /** The symbol of the unit values of this dimension are normalised to, e.g. {@code Hz}, {@code Pa}. */
  public String siSymbol() {
    return siSymbol;
  }
}

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
  CAPACITANCE("F"),
  INDUCTANCE("H"),
  /** Current per area: a superconductor's critical current density (A/mm²). */
  CURRENT_DENSITY("A/m2"),
  /** A detector's output current per incident optical power (mA/W). */
  RESPONSIVITY("A/W"),
  /** Force times time: a rocket motor's total impulse (MN·s). */
  IMPULSE("N·s"),
  /** Mass per time: a feed or production rate (kg/h). */
  MASS_FLOW("kg/s"),
  /** Rate of change of an angular rate (rad/s², °/s²). */
  ANGULAR_ACCELERATION("rad/s2"),
  /** A magnetometer's noise floor, flux density per square root of bandwidth (pT/√Hz). */
  MAGNETIC_NOISE("T/√Hz"),
  /** A gradiometer's noise floor, gradient per square root of bandwidth (nT/m/√Hz). */
  MAGNETIC_GRADIENT_NOISE("T/m/√Hz"),
  /**
   * A relative change per time: an oscillator's ageing or a reference's drift (% per day, % per
   * year); the share per second, so that % per day and ppm per year compare.
   */
  RELATIVE_DRIFT("1/s"),
  /** A laser beam's beam parameter product (mm·mrad). */
  BEAM_PARAMETER_PRODUCT("m·rad"),
  /** Electrical resistivity (Ω·cm). */
  RESISTIVITY("Ω·m"),
  /** Electrical conductivity (S/m). */
  CONDUCTIVITY("S/m"),
  /** Coefficient of thermal expansion (1/K, ppm/K); may be negative. */
  THERMAL_EXPANSION("1/K"),
  /** Kinematic viscosity (m²/s, cSt). */
  KINEMATIC_VISCOSITY("m2/s"),
  /** Mass per area: an areal density (kg/m²). */
  AREAL_DENSITY("kg/m2"),
  // counts of things the annex sets thresholds on ("five or more simultaneous contouring axes", "34 or
  // more physical qubits"); each counted thing is a dimension of its own, so that a count of channels
  // never answers a threshold on axes
  /** A number of axes of motion or measurement ("5-axis"). */
  AXIS_COUNT("axes"),
  /** A number of qubits of a quantum computer. */
  QUBIT_COUNT("qubits"),
  /** A number of channels of a receiver, recorder or converter. */
  CHANNEL_COUNT("channels"),
  /** A number of terminals (pins, balls) of an integrated circuit package. */
  TERMINAL_COUNT("terminals"),
  /** A number of elements of an array (detector, transducer or antenna elements). */
  ELEMENT_COUNT("elements"),
  /**
   * Electric charge: a cell's or battery's capacity (Ah, mAh). Normalised to the ampere-second, the
   * coulomb, written {@code As}: a bare "C" in a data sheet is a temperature or a discharge rate.
   */
  ELECTRIC_CHARGE("As"),
  // dimensions the annex's thresholds need that data sheets seldom give; appended, so that the
  // ordinals of a written snapshot stay valid
  /** The Mach number, a speed relative to the local speed of sound; the annex writes the unit first ("Mach 1,2"). */
  MACH_NUMBER("Mach"),
  /** A number of pixels of an image or a sensor array ("4 × 10⁶ active pixels"). */
  PIXEL_COUNT("pixels"),
  /** Activity per mass of a compound (GBq/kg, Ci/kg). */
  SPECIFIC_ACTIVITY("Bq/kg"),
  /** Power per volume: an engine's or a combustor's power density (kW/m³). */
  VOLUMETRIC_POWER_DENSITY("W/m3"),
  /** Energy per volume: a fuel's volume-based energy density (J/m³). */
  ENERGY_DENSITY("J/m3"),
  /** Rate of rise of a current: a thyristor's turn-on di/dt (A/µs). */
  CURRENT_RATE("A/s"),
  /** Mass of fuel per thrust and time: an engine's specific fuel consumption (kg N⁻¹ h⁻¹). */
  THRUST_SPECIFIC_FUEL_CONSUMPTION("kg/(N·s)"),
  /** Rise of a pressure per time: a vessel's leakage pressure rate (Pa per hour). */
  PRESSURE_RATE("Pa/s"),
  /** Attenuation or absorption per length of a material (cm⁻¹). */
  ATTENUATION_COEFFICIENT("1/m"),
  /** A photocathode's output current per incident luminous flux (µA/lm). */
  LUMINOUS_RESPONSIVITY("A/lm"),
  /** An electric field sensor's noise floor, field per square root of bandwidth (nV/m/√Hz). */
  ELECTRIC_FIELD_NOISE("V/m/√Hz"),
  /** A number of load or charge cycles a material or a cell endures ("a 'low cycle fatigue life' of 10000 cycles"). */
  CYCLE_COUNT("cycles"),
  /** Particles per area crossing a surface: a neutron fluence a semiconductor withstands (n/cm²). */
  PARTICLE_FLUENCE("1/m2"),
  /** Neutrons emitted per second: a neutron generator's output (neutrons/s). */
  NEUTRON_EMISSION_RATE("neutrons/s"),
  /** Electric charge per area: the exposure dose a resist needs (µC/mm²). */
  CHARGE_PER_AREA("As/m2"),
  /** Amount of substance (mol): a synthesizer's scale (mmol). */
  AMOUNT_OF_SUBSTANCE("mol"),
  /** Mass of fuel per energy delivered: a shaft engine's specific fuel consumption (kg/kWh). */
  POWER_SPECIFIC_FUEL_CONSUMPTION("kg/J"),
  /** A material's second order non-linear optical susceptibility χ(2) (m/V). */
  SECOND_ORDER_SUSCEPTIBILITY("m/V"),
  /** A material's third order non-linear optical susceptibility χ(3) (m²/V²). */
  THIRD_ORDER_SUSCEPTIBILITY("m2/V2"),
  /**
   * The annex's "effective gramme" of special fissile material: the mass in grammes weighted by the isotope and the
   * enrichment (its definitions: plutonium isotopes and uranium-233 by weight, enriched uranium by weight times the
   * square of its enrichment), a scale of its own that a plain mass does not convert to.
   */
  EFFECTIVE_MASS("effective g");

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
          SPECIFIC_ENERGY, SPECIFIC_POWER, ACTIVITY, CAPACITANCE, INDUCTANCE, CURRENT_DENSITY, RESPONSIVITY, IMPULSE,
          MASS_FLOW, MAGNETIC_NOISE, MAGNETIC_GRADIENT_NOISE, BEAM_PARAMETER_PRODUCT, RESISTIVITY, CONDUCTIVITY,
          KINEMATIC_VISCOSITY, AREAL_DENSITY, AXIS_COUNT, QUBIT_COUNT, CHANNEL_COUNT, TERMINAL_COUNT, ELEMENT_COUNT,
          ELECTRIC_CHARGE, MACH_NUMBER, PIXEL_COUNT, SPECIFIC_ACTIVITY, VOLUMETRIC_POWER_DENSITY, ENERGY_DENSITY,
          CURRENT_RATE, THRUST_SPECIFIC_FUEL_CONSUMPTION, PRESSURE_RATE, ATTENUATION_COEFFICIENT, LUMINOUS_RESPONSIVITY,
          ELECTRIC_FIELD_NOISE, CYCLE_COUNT, PARTICLE_FLUENCE, NEUTRON_EMISSION_RATE, CHARGE_PER_AREA,
          AMOUNT_OF_SUBSTANCE, POWER_SPECIFIC_FUEL_CONSUMPTION, EFFECTIVE_MASS -> true;
      case RATIO, PRESSURE, ANGLE, ACCELERATION, VELOCITY, ANGULAR_VELOCITY, CURRENT, VOLTAGE, FORCE, TORQUE,
          MAGNETIC_FLUX_DENSITY, ANGULAR_ACCELERATION, RELATIVE_DRIFT, THERMAL_EXPANSION, SECOND_ORDER_SUSCEPTIBILITY,
          THIRD_ORDER_SUSCEPTIBILITY -> false;
    };
  }

  /** The symbol of the unit values of this dimension are normalised to, e.g. {@code Hz}, {@code Pa}. */
  public String siSymbol() {
    return siSymbol;
  }
}

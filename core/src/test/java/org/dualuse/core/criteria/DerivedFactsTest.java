package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {

  private static Quantity derived(ProductFacts facts, Parameter p) {
    List<Fact> found = facts.answering(p);
    assertEquals(1, found.size(), () -> p.name() + " in " + facts);
    assertEquals(FactOrigin.DERIVED, found.get(0).origin(), found.get(0)::toString);
    return (Quantity) found.get(0).value();
  }

  @Test
  void energyDensityComesFromVoltageCapacityAndMass() {
    ProductFacts facts = ProductFacts.fromText("widget cell, nominal voltage 3.6 V, capacity 3400 mAh, mass 48 g", "en");
    // 3.6 V × 3.4 Ah = 12.24 Wh over 0.048 kg
    assertEquals(255.0, derived(facts, PhysicalParameters.SPECIFIC_ENERGY_VALUE).to(TechnicalUnits.WATT_HOUR_PER_KILOGRAM).value(), 0.01);
  }

  @Test
  void energyDensityComesFromAStatedEnergyAndMass() {
    ProductFacts facts = ProductFacts.fromText("widget battery pack 2.2 kWh, weight 4 kg", "en");
    assertEquals(550.0, derived(facts, PhysicalParameters.SPECIFIC_ENERGY_VALUE).value(), 0.01);
  }

  @Test
  void aStatedEnergyDensityIsNotDerivedAgain() {
    ProductFacts facts = ProductFacts.fromText("widget cell 3.6 V 3400 mAh 48 g, energy density 260 Wh/kg", "en");
    List<Fact> found = facts.answering(PhysicalParameters.SPECIFIC_ENERGY_VALUE);
    assertEquals(1, found.size());
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin());
  }

  @Test
  void specificTensileStrengthAndModulusDivideByTheSpecificWeight() {
    ProductFacts facts = ProductFacts.fromText(
        "widget carbon fibre, tensile strength 5.9 GPa, tensile modulus 294 GPa, density 1.8 g/cm3", "en");
    // 5.9e9 Pa / (1800 kg/m3 × 9.80665 m/s2)
    assertEquals(5.9e9 / (1800 * 9.80665), derived(facts, PhysicalParameters.SPECIFIC_TENSILE_STRENGTH).value(), 1);
    assertEquals(294e9 / (1800 * 9.80665), derived(facts, PhysicalParameters.SPECIFIC_MODULUS).value(), 1);
  }

  @Test
  void aggregateDataRateIsTransceiversTimesTheirRateSummedOverGroups() {
    ProductFacts facts = ProductFacts.fromText(
        "widget FPGA with 48 GTY transceivers at 32.75 Gb/s and 16 × 58 Gb/s PAM4 transceivers", "en");
    assertEquals(48 * 32.75 + 16 * 58, derived(facts, Parameters.AGGREGATE_DATA_RATE).to(TechnicalUnits.GIGABIT_PER_SECOND).value(), 0.01);
  }

  @Test
  void aRatePerLaneTakesTheLaneCountOfTheText() {
    ProductFacts facts = ProductFacts.fromText("widget optical module, 8 lanes, 53 Gb/s per lane", "en");
    assertEquals(424.0, derived(facts, Parameters.AGGREGATE_DATA_RATE).value(), 0.01);
  }

  @Test
  void aSingleRateWithoutLanesGivesNoAggregate() {
    ProductFacts facts = ProductFacts.fromText("widget modem, data rate 10 Gb/s", "en");
    assertTrue(facts.all().stream().noneMatch(f -> f.parameter().equals(Parameters.AGGREGATE_DATA_RATE)), facts::toString);
  }

  @Test
  void statedFactsDeriveAsTextOnesDo() {
    ProductFacts facts = ProductFacts.of(Map.of("voltage", "3.7 V", "capacity", "5 Ah", "mass", "100 g"), "", "");
    assertEquals(185.0, derived(facts, PhysicalParameters.SPECIFIC_ENERGY_VALUE).value(), 0.01);
  }

  // law: the energy density derived from cell data equals the one computed by hand
  @Property
  void derivedEnergyDensityEqualsVoltageTimesCapacityOverMass(@ForAll @DoubleRange(min = 1, max = 50) double volts,
      @ForAll @IntRange(min = 100, max = 100_000) int milliampereHours, @ForAll @IntRange(min = 5, max = 50_000) int grams) {
    String v = String.format(java.util.Locale.ROOT, "%.2f", volts);
    ProductFacts facts = ProductFacts.fromText("widget cell, voltage " + v + " V, capacity " + milliampereHours
        + " mAh, mass " + grams + " g", "en");
    double expected = Double.parseDouble(v) * milliampereHours / 1000.0 / (grams / 1000.0);
    assertEquals(expected, derived(facts, PhysicalParameters.SPECIFIC_ENERGY_VALUE).value(), 0.006);
  }

  // law: the aggregate rate scales with the number of lanes
  @Property
  void aggregateRateScalesWithLanes(@ForAll @IntRange(min = 2, max = 512) int lanes,
      @ForAll @IntRange(min = 1, max = 200) int gigabits) {
    ProductFacts facts = ProductFacts.fromText("widget switch ASIC, " + lanes + " lanes at " + gigabits + " Gb/s", "en");
    double aggregate = derived(facts, Parameters.AGGREGATE_DATA_RATE).toSi();
    assertEquals((double) lanes * gigabits * 1e9, aggregate, aggregate * 1e-6);
  }

  // law: a lighter material of the same strength has the larger specific strength
  @Property
  void specificStrengthFallsWithDensity(@ForAll @IntRange(min = 100, max = 9000) int megapascals,
      @ForAll @IntRange(min = 1000, max = 20000) int kgPerCubicMetre) {
    double light = derived(ProductFacts.fromText("widget, tensile strength " + megapascals + " MPa, density "
        + kgPerCubicMetre + " kg/m3", "en"), PhysicalParameters.SPECIFIC_TENSILE_STRENGTH).value();
    double heavy = derived(ProductFacts.fromText("widget, tensile strength " + megapascals + " MPa, density "
        + (kgPerCubicMetre + 500) + " kg/m3", "en"), PhysicalParameters.SPECIFIC_TENSILE_STRENGTH).value();
    assertTrue(light > heavy, light + " <= " + heavy);
  }

  @Test
  void totalProcessingPerformanceIsTheRateTimesTheBitLengthNamedAfterIt() {
    ProductFacts facts = ProductFacts.fromText("widget accelerator, 989 TFLOPS FP16, 1979 TOPS INT8", "en");
    // 989 × 16 = 15 824 and 1979 × 8 = 15 832: the higher is kept
    assertEquals(15832.0, derived(facts, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
  }

  @Test
  void totalProcessingPerformanceReadsTheBitLengthBeforeTheRate() {
    ProductFacts facts = ProductFacts.fromText("widget inference card: FP16 200 TFLOPS; INT8 400 TOPS; INT4 800 TOPS", "en");
    // 200 × 16, 400 × 8 and 800 × 4 are all 3 200
    assertEquals(3200.0, derived(facts, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
  }

  @Test
  void totalProcessingPerformanceTakesTheSideThatNamesMoreTypesWithoutCommas() {
    ProductFacts after = ProductFacts.fromText("widget NPU 100 TFLOPS BF16 300 TOPS INT8", "en");
    assertEquals(2400.0, derived(after, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
    ProductFacts before = ProductFacts.fromText("widget NPU BF16 100 TFLOPS INT8 300 TOPS", "en");
    assertEquals(2400.0, derived(before, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
  }

  @Test
  void aBitCountInWordsGivesTheBitLength() {
    ProductFacts facts = ProductFacts.fromText("widget vision processor, 26 TOPS at 8-bit precision", "en");
    assertEquals(208.0, derived(facts, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
  }

  @Test
  void aRateWithoutABitLengthGivesNoTotalProcessingPerformance() {
    ProductFacts facts = ProductFacts.fromText("widget server, 60 TFLOPS peak", "en");
    assertTrue(facts.answering(PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).isEmpty(), facts::toString);
  }

  @Test
  void aStatedTotalProcessingPerformanceIsNotDerivedAgain() {
    ProductFacts facts = ProductFacts.fromText("widget GPU, TPP 4800, 300 TFLOPS FP16", "en");
    List<Fact> found = facts.answering(PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE);
    assertEquals(1, found.size(), facts::toString);
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin());
  }

  @Test
  void aPercentageBesideAMixtureWordIsTheConcentration() {
    ProductFacts facts = ProductFacts.fromText("widget thiodiglycol, 20 % in water, 25 kg drum", "en");
    assertEquals(20.0, derived(facts, Parameters.CONTENT).to(Units.PERCENT).value(), 1e-9);
    ProductFacts german = ProductFacts.fromText("Widget-Chemikalie, wässrige Lösung 5 %", "de");
    assertEquals(5.0, derived(german, Parameters.CONTENT).to(Units.PERCENT).value(), 1e-9);
  }

  @Test
  void ppmAndAtomPercentBesideAMixtureWordAreConcentrations() {
    assertEquals(0.05, derived(ProductFacts.fromText("widget, aqueous solution of 500 ppm", "en"), Parameters.CONTENT)
        .to(Units.PERCENT).value(), 1e-9);
    assertEquals(20.0, derived(ProductFacts.fromText("widget gas mixture with 20 at.%", "en"), Parameters.CONTENT)
        .value(), 1e-9);
  }

  @Test
  void anImpurityInPpmIsNoConcentrationOfTheProduct() {
    ProductFacts facts = ProductFacts.fromText("widget metal: 400 ppm metallic impurities, boron below 2 ppm", "en");
    assertTrue(facts.answering(Parameters.CONTENT).isEmpty(), facts::toString);
  }

  @Test
  void aPercentByMassIsAContentWithoutDerivation() {
    List<Fact> found = ProductFacts.fromText("widget 30 wt% thiodiglycol", "en").answering(Parameters.CONTENT);
    assertEquals(1, found.size());
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin());
    assertEquals(30.0, found.get(0).value() instanceof Quantity q ? q.to(Units.PERCENT).value() : -1, 1e-9);
  }

  @Test
  void aPercentageFarFromAnyMixtureWordIsNoConcentration() {
    ProductFacts facts = ProductFacts.fromText("widget monitoring solution for plants; uptime 99 %", "en");
    assertTrue(facts.answering(Parameters.CONTENT).isEmpty(), facts::toString);
  }

  // law: the TPP is linear in the rate and in the bit length
  @Property
  void totalProcessingPerformanceIsRateTimesBits(@ForAll @IntRange(min = 1, max = 5000) int teraOps,
      @ForAll("bitLengths") int bits) {
    ProductFacts facts = ProductFacts.fromText("widget accelerator, " + teraOps + " TOPS INT" + bits, "en");
    assertEquals((double) teraOps * bits, derived(facts, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE).value(), 0.5);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> bitLengths() {
    return net.jqwik.api.Arbitraries.of(4, 8, 16, 32, 64);
  }

  // law: a concentration stated in ppm is the one stated in percent, scaled by 10 000
  @Property
  void aConcentrationInPpmEqualsTheSameInPercent(@ForAll @IntRange(min = 1, max = 999_999) int ppm) {
    double fromPpm = derived(ProductFacts.fromText("widget, mixture with " + ppm + " ppm", "en"), Parameters.CONTENT).toSi();
    String percent = java.math.BigDecimal.valueOf(ppm).movePointLeft(4).toPlainString();
    double fromPercent = derived(ProductFacts.fromText("widget, mixture with " + percent + " %", "en"), Parameters.CONTENT)
        .toSi();
    assertEquals(fromPercent, fromPpm, 1e-12);
  }

  // law: the fractional bandwidth of a band depends on its shape, not its scale
  @Property
  void fractionalBandwidthIsScaleFree(@ForAll @IntRange(min = 100, max = 10_000) int lowMhz,
      @ForAll @IntRange(min = 1, max = 10_000) int widthMhz) {
    double mhz = derived(ProductFacts.fromText("widget amplifier " + lowMhz + "-" + (lowMhz + widthMhz) + " MHz", "en"),
        Parameters.FRACTIONAL_BANDWIDTH).value();
    double ghz = derived(ProductFacts.fromText("widget amplifier " + lowMhz * 10 + "-" + (lowMhz + widthMhz) * 10
        + " MHz", "en"), Parameters.FRACTIONAL_BANDWIDTH).value();
    assertEquals(200.0 * widthMhz / (2 * lowMhz + widthMhz), mhz, 0.006);
    assertEquals(mhz, ghz, 0.006);
  }

  @Test
  void continuousPowerDensityIsVoltageTimesContinuousDischargeCurrentOverMass() {
    ProductFacts facts = ProductFacts.fromText(
        "widget primary cell, nominal voltage 3.6 V, charge current 0.5 A, max. continuous discharge current 4 A, mass 100 g",
        "en");
    // 3.6 V × 4 A over 0.1 kg; the charge current is not the one
    assertEquals(144.0, derived(facts, PhysicalParameters.CONTINUOUS_POWER_DENSITY).to(TechnicalUnits.WATT_PER_KILOGRAM).value(), 0.01);
  }

  @Test
  void aCurrentNoWordOfDischargingNamesGivesNoPowerDensity() {
    ProductFacts facts = ProductFacts.fromText("widget cell, 3.6 V, 2 A, 100 g", "en");
    assertTrue(facts.answering(PhysicalParameters.CONTINUOUS_POWER_DENSITY).isEmpty(), facts::toString);
  }

  @Test
  void withoutACapacityTheEnergyDensityComesFromVoltageSquaredDurationAndLoad() {
    ProductFacts facts = ProductFacts.fromText(
        "widget thermal cell, nominal voltage 28 V, discharge duration 10 min into a 2 ohm load, mass 1 kg", "en");
    // 28² / 2 W for 1/6 h over 1 kg
    assertEquals(28.0 * 28 / 2 / 6, derived(facts, PhysicalParameters.SPECIFIC_ENERGY_VALUE).value(), 0.01);
  }

  @Test
  void aStatedSpecificPowerAnswersTheContinuousPowerDensity() {
    ProductFacts facts = ProductFacts.fromText("widget cell, specific power 400 W/kg, 3.6 V, discharge current 4 A, 100 g",
        "en");
    List<Fact> found = facts.answering(PhysicalParameters.CONTINUOUS_POWER_DENSITY);
    assertEquals(1, found.size(), facts::toString);
    assertEquals(400.0, found.get(0).value() instanceof Quantity q ? q.value() : -1, 1e-9);
  }

  // law: the continuous power density is linear in the current and falls with the mass
  @Property
  void continuousPowerDensityEqualsVoltageTimesCurrentOverMass(@ForAll @IntRange(min = 1, max = 48) int volts,
      @ForAll @IntRange(min = 1, max = 500) int amperes, @ForAll @IntRange(min = 5, max = 50_000) int grams) {
    ProductFacts facts = ProductFacts.fromText("widget cell, nominal voltage " + volts + " V, continuous discharge current "
        + amperes + " A, mass " + grams + " g", "en");
    double expected = (double) volts * amperes / (grams / 1000.0);
    assertEquals(expected, derived(facts, PhysicalParameters.CONTINUOUS_POWER_DENSITY).value(), 0.006);
  }
}

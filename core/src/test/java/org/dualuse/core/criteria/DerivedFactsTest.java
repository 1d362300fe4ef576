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
    assertEquals(255.0, derived(facts, Parameters.SPECIFIC_ENERGY_VALUE).to(Units.WATT_HOUR_PER_KILOGRAM).value(), 0.01);
  }

  @Test
  void energyDensityComesFromAStatedEnergyAndMass() {
    ProductFacts facts = ProductFacts.fromText("widget battery pack 2.2 kWh, weight 4 kg", "en");
    assertEquals(550.0, derived(facts, Parameters.SPECIFIC_ENERGY_VALUE).value(), 0.01);
  }

  @Test
  void aStatedEnergyDensityIsNotDerivedAgain() {
    ProductFacts facts = ProductFacts.fromText("widget cell 3.6 V 3400 mAh 48 g, energy density 260 Wh/kg", "en");
    List<Fact> found = facts.answering(Parameters.SPECIFIC_ENERGY_VALUE);
    assertEquals(1, found.size());
    assertEquals(FactOrigin.NAMED_IN_TEXT, found.get(0).origin());
  }

  @Test
  void specificTensileStrengthAndModulusDivideByTheSpecificWeight() {
    ProductFacts facts = ProductFacts.fromText(
        "widget carbon fibre, tensile strength 5.9 GPa, tensile modulus 294 GPa, density 1.8 g/cm3", "en");
    // 5.9e9 Pa / (1800 kg/m3 × 9.80665 m/s2)
    assertEquals(5.9e9 / (1800 * 9.80665), derived(facts, Parameters.SPECIFIC_TENSILE_STRENGTH).value(), 1);
    assertEquals(294e9 / (1800 * 9.80665), derived(facts, Parameters.SPECIFIC_MODULUS).value(), 1);
  }

  @Test
  void aggregateDataRateIsTransceiversTimesTheirRateSummedOverGroups() {
    ProductFacts facts = ProductFacts.fromText(
        "widget FPGA with 48 GTY transceivers at 32.75 Gb/s and 16 × 58 Gb/s PAM4 transceivers", "en");
    assertEquals(48 * 32.75 + 16 * 58, derived(facts, Parameters.AGGREGATE_DATA_RATE).to(Units.GIGABIT_PER_SECOND).value(), 0.01);
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
    assertEquals(185.0, derived(facts, Parameters.SPECIFIC_ENERGY_VALUE).value(), 0.01);
  }

  // law: the energy density derived from cell data equals the one computed by hand
  @Property
  void derivedEnergyDensityEqualsVoltageTimesCapacityOverMass(@ForAll @DoubleRange(min = 1, max = 50) double volts,
      @ForAll @IntRange(min = 100, max = 100_000) int milliampereHours, @ForAll @IntRange(min = 5, max = 50_000) int grams) {
    String v = String.format(java.util.Locale.ROOT, "%.2f", volts);
    ProductFacts facts = ProductFacts.fromText("widget cell, voltage " + v + " V, capacity " + milliampereHours
        + " mAh, mass " + grams + " g", "en");
    double expected = Double.parseDouble(v) * milliampereHours / 1000.0 / (grams / 1000.0);
    assertEquals(expected, derived(facts, Parameters.SPECIFIC_ENERGY_VALUE).value(), 0.006);
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
        + kgPerCubicMetre + " kg/m3", "en"), Parameters.SPECIFIC_TENSILE_STRENGTH).value();
    double heavy = derived(ProductFacts.fromText("widget, tensile strength " + megapascals + " MPa, density "
        + (kgPerCubicMetre + 500) + " kg/m3", "en"), Parameters.SPECIFIC_TENSILE_STRENGTH).value();
    assertTrue(light > heavy, light + " <= " + heavy);
  }
}

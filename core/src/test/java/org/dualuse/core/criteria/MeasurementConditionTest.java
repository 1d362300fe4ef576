package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementConditionTest {

  @Test
  void aLowFrequencyAValueWasMeasuredAtAnswersNoThreshold() {
    ProductFacts facts = ProductFacts.fromText("widget preamplifier, noise 2 nV/√Hz at 1 kHz", "en");
    assertTrue(facts.answering(Parameters.OPERATING_FREQUENCY).isEmpty(), facts::toString);
    assertTrue(facts.all().stream().anyMatch(f -> f.origin() == FactOrigin.CONDITION
        && f.value().equals(Quantity.parse("1 kHz"))), facts::toString);
  }

  @Test
  void aTemperatureAStrengthWasMeasuredAtIsNoOperatingTemperature() {
    ProductFacts facts = ProductFacts.fromText("widget steel bar, tensile strength 1900 MPa at 20 °C", "en");
    assertTrue(facts.answering(Parameters.OPERATING_TEMPERATURE).isEmpty(), facts::toString);
    assertEquals(1, facts.answering(PhysicalParameters.TENSILE_STRENGTH).size());
  }

  @Test
  void aRadioFrequencyAPowerWasMeasuredAtIsAnOperatingFrequency() {
    ProductFacts facts = ProductFacts.fromText("widget amplifier, Psat 47 dBm @ 3.1 GHz", "en");
    List<Fact> f = facts.answering(Parameters.OPERATING_FREQUENCY);
    assertEquals(1, f.size(), facts::toString);
    assertEquals(Quantity.parse("3.1 GHz"), f.get(0).value());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {"widget motor operating at 25 kHz", "widget sensor, 5 V, 25 kHz"})
  void aValueWithNoValueBeforeItInItsClauseIsNoCondition(String text) {
    assertEquals(1, ProductFacts.fromText(text, "en").answering(Parameters.OPERATING_FREQUENCY).size());
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(delimiter = '|', value = {
      "widget amplifier, P1dB 30 dBm|output power", "rubidium widget, ageing 0.05 ppm per year|ageing rate",
      "thermal widget camera, NETD 40 mK|noise equivalent temperature difference",
      "widget fibre, Young's modulus 230 GPa|tensile modulus", "widget pack, capacity 20 Ah|charge capacity",
      "widget engine, thrust 5000 lbf|force", "widget alloy, UTS 180 ksi|tensile strength",
      "widget alloy, 0.2 % proof stress 900 MPa|elastic limit"})
  void dataSheetNamesOfTheAnnexsParameters(String text, String parameter) {
    ProductFacts facts = ProductFacts.fromText(text, "en");
    assertTrue(facts.all().stream().anyMatch(f -> f.parameter().name().equals(parameter)
        && f.origin() == FactOrigin.NAMED_IN_TEXT), facts::toString);
  }
}

package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;
import org.junit.jupiter.api.Test;

/**
 * The quantities a data sheet leaves for the reader to compute reach the thresholds: a synthetic list
 * in the annex's style whose thresholds speak of derived quantities only (energy density, aggregate
 * transceiver rate, specific tensile strength, 'TPP', a mixture's content), classified from texts
 * that state the parts they are computed from.
 */
class DerivedFactsClassificationTest {

  private static final String[] LINES = {
      "9A992 Widget cells having an energy density exceeding 350 Wh/kg at 20 °C.",
      "9A993 Widget integrated circuits having one or more digital processing units having a 'Total Processing "
          + "Performance' ('TPP') of 6000 or more.",
      "9A994 Widget programmable devices having an 'aggregate one-way peak serial transceiver data rate' of 500 Gb/s or greater;",
      "9C995 Widget fibres having a \"specific tensile strength\" exceeding 23,5 × 104 m.",
      "9C996 Widget chemicals as follows, and \"chemical mixtures\" containing one or more thereof:",
      "9C996.1 Widgetol (CAS 111-48-8);",
      "9C996 Note: 9C996 does not control \"chemical mixtures\" containing one or more of the chemicals specified "
          + "in entry 9C996.1 in which no individually specified chemical constitutes more than 30 % by the weight "
          + "of the mixture."};

  private static final ParameterClassifier CLASSIFIER = new ParameterClassifier(parse());

  private static ControlList parse() {
    List<Provision> provisions = new ArrayList<>();
    for (int i = 0; i < LINES.length; i++) {
      String line = LINES[i];
      int space = line.indexOf(' ');
      String text = line.substring(space + 1);
      ProvisionKind kind = text.startsWith("Note") ? ProvisionKind.NOTE : ProvisionKind.ITEM;
      provisions.add(new Provision(line.substring(0, space), kind, text, i + 1));
    }
    AnnexSource source = new AnnexSource("widget-derived", "Synthetic widget list", "XX", LocalDate.of(2025, 1, 1),
        new Provenance("widgets.txt", null, "00", null), provisions, List.of());
    return new AnnexParser().parse(source);
  }

  private static Truth truth(String text, String code) {
    return CLASSIFIER.evaluate(Product.of(text)).truthOf(ControlCode.parse(code));
  }

  @Test
  void theEnergyDensityOfCellDataMeetsItsThreshold() {
    assertEquals(Truth.MATCH, truth("Widget cell, nominal voltage 3.7 V, capacity 5 Ah, mass 50 g", "9A992"));
    assertEquals(Truth.NO_MATCH, truth("Widget cell, nominal voltage 3.7 V, capacity 2 Ah, mass 50 g", "9A992"));
  }

  @Test
  void theTppOfAnAcceleratorMeetsItsThreshold() {
    assertEquals(Truth.MATCH, truth("Widget accelerator, 989 TFLOPS FP16, 1979 TOPS INT8", "9A993"));
    assertEquals(Truth.NO_MATCH, truth("Widget accelerator, 100 TFLOPS FP16, 200 TOPS INT8", "9A993"));
  }

  @Test
  void lanesTimesTheirRateMeetTheAggregateThreshold() {
    assertEquals(Truth.MATCH, truth("Widget programmable device with 16 transceivers at 32.75 Gb/s", "9A994"));
    assertEquals(Truth.NO_MATCH, truth("Widget programmable device with 8 transceivers at 32.75 Gb/s", "9A994"));
  }

  @Test
  void strengthOverSpecificWeightMeetsTheSpecificStrengthThreshold() {
    assertEquals(Truth.MATCH, truth("Widget carbon fibre, tensile strength 7 GPa, density 1.8 g/cm3", "9C995"));
    assertEquals(Truth.NO_MATCH, truth("Widget glass fibre, tensile strength 3.4 GPa, density 2.5 g/cm3", "9C995"));
  }

  @Test
  void aDiluteMixtureIsReleasedByTheMixtureNoteAndAConcentratedOneIsNot() {
    ParameterReport dilute = CLASSIFIER.evaluate(Product.of("Widgetol (CAS 111-48-8), 20 % in water"));
    assertTrue(dilute.find("9C996.1").orElseThrow().released(), dilute.toString());
    ParameterReport concentrated = CLASSIFIER.evaluate(Product.of("Widgetol (CAS 111-48-8), 60 % in water"));
    assertTrue(!concentrated.find("9C996.1").orElseThrow().released(), concentrated.toString());
  }

  @Test
  void statedCellDataDeriveTheEnergyDensityToo() {
    ParameterReport r = CLASSIFIER.evaluate(new Product("Widget cell",
        Map.of("voltage", "3.7 V", "capacity", "5 Ah", "mass", "50 g"), "en"));
    assertEquals(Truth.MATCH, r.truthOf(ControlCode.parse("9A992")));
  }
}

package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.dualuse.core.classify.NodeEvaluation;
import org.dualuse.core.classify.ParameterClassifier;
import org.dualuse.core.classify.ParameterReport;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quantities a data sheet leaves for the reader to compute meet the thresholds of the 2025 EU
 * list (read from the official text in {@code dualuse.shared}) that speak of them: energy density
 * and continuous power density (3A001.e.1), aggregate transceiver rate (3A001.a.7.b), 'TPP' (3A501.a.16), specific modulus and
 * tensile strength (1C010.b), and the content of a chemical in a mixture (the mixture note of 1C350).
 */
class DerivedFactsOnTheEuListTest {
  private static ParameterClassifier classifier;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(OfficialTexts.eu2025Json())) {
      ControlList list = new AnnexParser().parse(
          new EuConsolidatedJsonReader().read(in, "annex_i_02021R0821-20251115.json"));
      classifier = new ParameterClassifier(list);
    }
  }

  private static ParameterReport evaluate(String text) {
    return classifier.evaluate(Product.of(text));
  }

  private static Truth truth(String text, String code) {
    return evaluate(text).truthOf(ControlCode.parse(code));
  }

  @Test
  void cellDataGiveTheEnergyDensityOf3A001e1() {
    assertEquals(Truth.MATCH, truth("Lithium-ion cell, nominal voltage 3.7 V, capacity 10 Ah, mass 90 g", "3A001.e.1.b"));
    assertEquals(Truth.NO_MATCH, truth("Lithium-ion cell, nominal voltage 3.6 V, capacity 3.4 Ah, mass 48 g",
        "3A001.e.1.b"));
  }

  @Test
  void voltageTimesDischargeCurrentGivesTheContinuousPowerDensityOf3A001e1a() {
    NodeEvaluation strong = evaluate("Lithium thionyl chloride primary cell, nominal voltage 3.6 V, capacity 19 Ah, "
        + "max. continuous discharge current 2 A, mass 100 g").find("3A001.e.1.a.1").orElseThrow();
    // 3.6 V × 19 Ah over 0.1 kg is 684 Wh/kg; 3.6 V × 2 A over 0.1 kg is 72 W/kg
    assertTrue(strong.criteriaMet().stream().anyMatch(c -> c.startsWith("continuous power density > 50")),
        strong::toString);
    assertTrue(strong.criteriaMet().stream().anyMatch(c -> c.startsWith("specific energy > 550")), strong::toString);
    NodeEvaluation weak = evaluate("Lithium thionyl chloride primary cell, nominal voltage 3.6 V, capacity 19 Ah, "
        + "max. continuous discharge current 0.5 A, mass 100 g").find("3A001.e.1.a.1").orElseThrow();
    assertTrue(weak.criteriaFailed().stream().anyMatch(c -> c.startsWith("continuous power density > 50")),
        weak::toString);
  }

  @Test
  void transceiversTimesTheirRateGiveTheAggregateRateOf3A001a7b() {
    assertEquals(Truth.MATCH, truth("FPGA with 48 transceivers at 32.75 Gb/s", "3A001.a.7.b"));
    assertEquals(Truth.NO_MATCH, truth("FPGA with 8 transceivers at 12.5 Gb/s", "3A001.a.7.b"));
  }

  @Test
  void operationsPerSecondTimesBitLengthGiveTheTppOf3A501a16() {
    assertEquals(Truth.MATCH, truth("AI accelerator integrated circuit, 1979 TOPS INT8, 989 TFLOPS FP16", "3A501.a.16"));
    assertEquals(Truth.NO_MATCH, truth("Edge AI integrated circuit, 26 TOPS INT8", "3A501.a.16"));
  }

  @Test
  void strengthAndModulusOverSpecificWeightMeetTheThresholdsOf1C010b() {
    // the node's own truth waits for its release note (repair kits, chopped fibres); its thresholds do not
    NodeEvaluation carbon = evaluate(
        "Carbon fibre tow, tensile strength 7.0 GPa, tensile modulus 324 GPa, density 1.79 g/cm3")
        .find("1C010.b").orElseThrow();
    assertTrue(carbon.criteriaMet().stream().anyMatch(c -> c.startsWith("specific modulus > ")), carbon::toString);
    assertTrue(carbon.criteriaMet().stream().anyMatch(c -> c.startsWith("specific tensile strength > ")),
        carbon::toString);
    // 230 GPa / (1 800 kg/m3 × g) is 13.0 × 10^6 m, under the 14.65 × 10^6 m of 1C010.b.1
    NodeEvaluation standard = evaluate(
        "Carbon fibre tow, tensile strength 4.9 GPa, tensile modulus 230 GPa, density 1.80 g/cm3")
        .find("1C010.b").orElseThrow();
    assertTrue(standard.criteriaFailed().stream().anyMatch(c -> c.startsWith("specific modulus > ")),
        standard::toString);
    assertEquals(Truth.NO_MATCH, standard.truth());
  }

  @Test
  void aDiluteSolutionIsReleasedByTheMixtureNoteOf1C350() {
    ParameterReport dilute = evaluate("Thiodiglycol (CAS 111-48-8), 20 % aqueous solution");
    assertTrue(dilute.find("1C350.1").orElseThrow().released(), "20 % in a solution is at most 30 %");
    ParameterReport neat = evaluate("Thiodiglycol (CAS 111-48-8), 60 % aqueous solution");
    assertTrue(!neat.find("1C350.1").orElseThrow().released(), "60 % is more than 30 %");
  }
}

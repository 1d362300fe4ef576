package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.quantity.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled names of other languages: coverage and the choices that keep names apart. */
class ParameterNamesTest {

  @Test
  void everyParameterHasAGermanAFrenchAndAnItalianName() {
    List<String> missing = new ArrayList<>();
    for (Parameter p : Parameters.all()) {
      for (String language : List.of("de", "fr", "it")) {
        if (Parameters.localNames(p, language).isEmpty()) {
          missing.add(p.name() + " (" + language + ")");
        }
      }
    }
    assertEquals(List.of(), missing, "parameters without a name in a language");
  }

  @Test
  void aCrystalGrainSizeIsNoParticleSizeWhileAPowdersGrainSizeIs() {
    // 1C003.c's crystal grain size (by X-ray diffraction) is a microstructure's, not a powder's particles'
    assertTrue(Parameters.answeredBy(QualifiedParameters.GRAIN_SIZE).contains("particle size"));
    assertTrue(!Parameters.answeredBy(QualifiedParameters.CRYSTAL_GRAIN_SIZE).contains("particle size"),
        Parameters.answeredBy(QualifiedParameters.CRYSTAL_GRAIN_SIZE).toString());
    assertEquals(Optional.of(QualifiedParameters.CRYSTAL_GRAIN_SIZE), Parameters.lookup("crystal grain size"));
    assertEquals(Optional.of(QualifiedParameters.CRYSTAL_GRAIN_SIZE),
        CriteriaExtractor.standard().extractTyped("widget alloys having a crystal grain size of 50 nm or less")
            .map(c -> ((Threshold) c).parameter()));
  }

  @Test
  void localNamesAreListedByLanguageInTheOrderOfTheFile() {
    List<String> german = Parameters.localNames(PhysicalParameters.PULSE_DURATION, "de");
    assertEquals("Pulsdauer", german.get(0));
    assertTrue(german.containsAll(List.of("Pulsbreite", "Pulslänge")), german.toString());
    assertTrue(Parameters.localNames(PhysicalParameters.PULSE_DURATION, "en").isEmpty());
  }

  @ParameterizedTest(name = "{0} ({1}) is the {2}")
  @CsvSource({
      // French and Italian name both resolutions, told apart by dimension, as English does
      "résolution, DATA, resolution", "risoluzione, LENGTH, spatial resolution",
      // "portata" is a range in km, a load in kg and a flow in m³/h
      "portata, LENGTH, range", "portata, MASS, mass", "portata, VOLUME_FLOW, flow rate",
      "Kapazität, ELECTRIC_CHARGE, charge capacity", "Kapazität, CAPACITANCE, capacitance"})
  void aNameDenotesItsParameterByDimension(String name, Dimension dimension, String parameter) {
    assertEquals(Optional.of(parameter), Parameters.lookup(name, dimension).map(Parameter::name));
  }

  @Test
  void aNameGivenAloneDenotesTheParameterOfItsFirstRow() {
    assertEquals(Optional.of(PhysicalParameters.CHARGE_CAPACITY), Parameters.lookup("Kapazität"));
    assertEquals(Optional.of(Parameters.OUTPUT_POWER), Parameters.lookup("Leistung"));
  }
}

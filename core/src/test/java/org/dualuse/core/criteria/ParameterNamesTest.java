package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
  void localNamesAreListedByLanguageInTheOrderOfTheFile() {
    List<String> german = Parameters.localNames(Parameters.PULSE_DURATION, "de");
    assertEquals("Pulsdauer", german.get(0));
    assertTrue(german.containsAll(List.of("Pulsbreite", "Pulslänge")), german.toString());
    assertTrue(Parameters.localNames(Parameters.PULSE_DURATION, "en").isEmpty());
  }

  @Test
  void anEnglishSpellingKeepsItsParameter() {
    // French "résolution" and Italian "risoluzione" name both resolutions, by dimension, as English does
    assertEquals(Optional.of(Parameters.RESOLUTION),
        Parameters.lookup("résolution", org.dualuse.core.quantity.Dimension.DATA));
    assertEquals(Optional.of(Parameters.SPATIAL_RESOLUTION),
        Parameters.lookup("risoluzione", org.dualuse.core.quantity.Dimension.LENGTH));
    assertEquals(Optional.of(Parameters.OUTPUT_POWER), Parameters.lookup("power"));
  }

  @Test
  void oneWordNamesDifferentParametersInDifferentDimensions() {
    // "portata" is a range in km, a load in kg and a flow in m³/h
    assertEquals(Optional.of(Parameters.RANGE_VALUE),
        Parameters.lookup("portata", org.dualuse.core.quantity.Dimension.LENGTH));
    assertEquals(Optional.of(Parameters.MASS_VALUE),
        Parameters.lookup("portata", org.dualuse.core.quantity.Dimension.MASS));
    assertEquals(Optional.of(Parameters.FLOW_RATE),
        Parameters.lookup("portata", org.dualuse.core.quantity.Dimension.VOLUME_FLOW));
  }
}

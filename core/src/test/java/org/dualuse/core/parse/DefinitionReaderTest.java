package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dualuse.core.model.DefinedTerm;
import org.junit.jupiter.api.Test;

class DefinitionReaderTest {

  @Test
  void termsAcronymsQualifiersAndCategoriesAreRead() {
    Map<String, DefinedTerm> terms = DefinitionReader.read(SyntheticAnnex.DEFINITIONS, "defs");
    assertEquals(List.of("Widget", "Monolithic Widget Circuit", "Bias (gyro)", "States (not) Party to the Widget Convention"),
        List.copyOf(terms.keySet()));
    DefinedTerm mwc = terms.get("Monolithic Widget Circuit");
    assertEquals(List.of("MWC"), mwc.acronyms());
    assertEquals(List.of("3", "9"), mwc.categories());
    assertTrue(mwc.definition().startsWith("means a"));
    assertTrue(terms.get("Bias (gyro)").definition().contains("N.B. See also"), "following lines belong to the term");
  }

  @Test
  void aDefinitionWithoutCategoriesIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> DefinitionReader.read("\"Widget\" means a device.", "defs"));
    assertTrue(e.getMessage().contains("Widget"), e.getMessage());
  }

  @Test
  void aTermDefinedTwiceIsAFormatError() {
    assertThrows(ControlListFormatException.class,
        () -> DefinitionReader.read("\"Widget\" (9) means a.\n\"Widget\" (9) means b.", "defs"));
  }
}

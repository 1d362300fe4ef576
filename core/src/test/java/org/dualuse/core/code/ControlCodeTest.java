package org.dualuse.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"0A001", "5A001.f.1", "9E003.a.2.e.1", "6A001.a.1.a.2.b.4.c", "1C350.89", "3A501"})
  void everyAnnexFormParsesAndFormatsBackIdentically(String text) {
    assertEquals(text, ControlCode.parse(text).toString());
  }

  @Test
  void aTrailingDotAsWrittenInReferencesIsAcceptedAndDropped() {
    assertEquals(ControlCode.parse("5A001.b.4"), ControlCode.parse("5A001.b.4."));
    assertEquals("5A001.b.4", ControlCode.parse("5A001.b.4.").toString());
  }

  @Test
  void partsAreReadOffTheCode() {
    ControlCode c = ControlCode.parse("5A001.f.1");
    assertEquals(Category.TELECOMMUNICATIONS_AND_INFORMATION_SECURITY, c.category());
    assertEquals(ProductGroup.A, c.group());
    assertEquals(1, c.number());
    assertEquals(List.of("f", "1"), c.path());
    assertEquals("5A001", c.entryCode());
    assertEquals(ControlCode.parse("5A001"), c.entry());
    assertEquals(2, c.depth());
  }

  @Test
  void numberedItemsOrderNumericallyNotAlphabetically() {
    assertTrue(ControlCode.parse("5A001.b.2").compareTo(ControlCode.parse("5A001.b.10")) < 0);
  }

  @Test
  void codesSortAsTheAnnexPrintsThem() {
    List<ControlCode> expected = new ArrayList<>();
    for (String s : new String[] {"0A001", "1A001", "3A001", "3A001.a", "3A001.a.1", "3A001.a.2", "3A001.a.10",
        "3A001.b", "3A001.z", "3A001.aa", "3A002", "3B001", "3E001", "3A501"}) {
      expected.add(ControlCode.parse(s));
    }
    expected.sort(null);
    List<ControlCode> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    assertEquals("3A001.a.10", expected.get(6).toString());
    assertEquals("3A501", expected.get(11).toString());
  }

  @Test
  void parentAndAncestorsWalkUpToTheEntry() {
    ControlCode c = ControlCode.parse("9E003.a.2.e.1");
    assertEquals("9E003.a.2.e", c.parent().orElseThrow().toString());
    assertEquals(List.of("9E003.a.2.e", "9E003.a.2", "9E003.a", "9E003"),
        c.ancestors().stream().map(ControlCode::toString).toList());
    assertTrue(ControlCode.parse("9E003").parent().isEmpty());
  }

  @Test
  void prefixMeansSameEntryAndLeadingPath() {
    assertTrue(ControlCode.parse("5A001.f").isPrefixOf(ControlCode.parse("5A001.f.1")));
    assertTrue(ControlCode.parse("5A001.f").isPrefixOf(ControlCode.parse("5A001.f")));
    assertFalse(ControlCode.parse("5A001.f.1").isPrefixOf(ControlCode.parse("5A001.f")));
    assertFalse(ControlCode.parse("5A001.f").isPrefixOf(ControlCode.parse("5A002.f.1")));
  }

  @ParameterizedTest
  @CsvSource({"0A001,NUCLEAR_SUPPLIERS_GROUP", "3A001,WASSENAAR_ARRANGEMENT", "9A101,MISSILE_TECHNOLOGY_CONTROL_REGIME",
      "1C233,NUCLEAR_SUPPLIERS_GROUP", "1C351,AUSTRALIA_GROUP", "1C450,CHEMICAL_WEAPONS_CONVENTION", "4A506,EU_ONLY"})
  void theRegimeFollowsTheNumberRange(String code, Regime regime) {
    assertEquals(regime, ControlCode.parse(code).regime());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"5Z001|1", "A001|0", "''|0", "5A001..f|6", "5A01|4", "5A001.F|6", "5A001 f|5",
      "5A001.abcd|6"})
  void garbageIsRejectedWithTheInputAndThePosition(String text, int index) {
    ControlCodeFormatException e = assertThrows(ControlCodeFormatException.class, () -> ControlCode.parse(text));
    assertEquals(text, e.input());
    assertEquals(index, e.errorIndex());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void tryParseNeverThrows() {
    assertTrue(ControlCode.tryParse("nonsense").isEmpty());
    assertTrue(ControlCode.tryParse(null).isEmpty());
    assertEquals("4A005", ControlCode.tryParse("4A005").orElseThrow().toString());
  }
}

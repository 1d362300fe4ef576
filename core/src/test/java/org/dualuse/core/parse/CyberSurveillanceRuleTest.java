package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CyberSurveillanceRuleTest {

  private static boolean flags(String code, String text) {
    return CyberSurveillanceRule.applies(ControlCode.parse(code), text, "Widgets as follows:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4A005", "4D004", "4E001.c", "5A001.f", "5A001.j", "5A004.b", "5D001.e"})
  void everyAnchorIsFlaggedWhateverItsText(String code) {
    assertTrue(flags(code, "Widgets having an operating frequency exceeding 5 GHz;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001.f.1", "5A001.f.3.b", "5A001.j.1.c", "5D001.e.2", "5A004.b.1", "4E001.c.9"})
  void everyItemBelowAnAnchorIsFlagged(String code) {
    assertTrue(flags(code, "Widgets of a synthetic kind;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001", "5A001.e", "5A001.g.1", "5A004.a", "5A004", "4E001.a", "4E001.b.1", "5D001.d.4", "4A001"})
  void siblingsAndParentsOfAnchorsAreNotFlagged(String code) {
    assertFalse(flags(code, "Widgets having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void softwareNamingOnlyFlaggedCodesIsFlagged() {
    assertTrue(flags("5D999.a", "\"Software\" specially designed for the \"use\" of equipment specified in 5A001.f.1. or 5A001.j.;"));
    assertTrue(flags("4E999", "\"Technology\" for the \"development\" of equipment specified in 4A005;"));
  }

  @Test
  void softwareNamingAFlaggedAndAnUnflaggedCodeIsNotFlagged() {
    // serves telecommunications equipment at large, not only surveillance items
    assertFalse(flags("5E999.a", "\"Technology\" for the \"development\" of equipment specified in 5A001 or \"software\" specified in 5D001.e.;"));
  }

  @Test
  void softwareNamingAFlaggedCodeAndASoftwareCounterpartIsFlagged() {
    assertTrue(flags("5D999.a.3.b", "Equipment specified in 5A004.b. or \"software\" specified in 5D999.c.3.b."));
  }

  @Test
  void softwareNamingOnlySoftwareCodesIsNotFlagged() {
    assertFalse(flags("5D999.a", "\"Software\" specified in 5D998.c. or 5E998.a."));
  }

  @Test
  void equipmentNamingAFlaggedCodeIsNotFlaggedByTheReference() {
    // only D and E nodes inherit by reference: equipment that merely names 4A005 is something else
    assertFalse(flags("5A999.b", "Widgets, not specified in 4A005, having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void softwareNamingNoCodeIsNotFlagged() {
    assertFalse(flags("5D999", "\"Software\" for widgets having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void theNodesOwnCodeAtTheStartOfItsTextIsNotAReference() {
    assertEquals(List.of(ControlCode.parse("5A001.f.1")),
        CyberSurveillanceRule.codesNamedIn("5D999.a Software for 5A001.f.1. widgets", ControlCode.parse("5D999.a")));
  }

  @Test
  void codesInRunningTextAreReadWithTheirTrailingDotsDropped() {
    assertEquals(
        List.of(ControlCode.parse("5A001.b.3.b"), ControlCode.parse("4A005"), ControlCode.parse("5A004.a")),
        CyberSurveillanceRule.codesNamedIn("see 5A001.b.3.b., not 4A005 or 5A004.a.; 2 × 109 N/m2 (ISO/IEC 7498-1)", ControlCode.parse("9A999")));
  }

  @Test
  void anchorOfNamesTheHeadingAnItemBelongsTo() {
    assertEquals(ControlCode.parse("5A001.f"), CyberSurveillanceRule.anchorOf(ControlCode.parse("5A001.f.3.a")).orElseThrow());
    assertTrue(CyberSurveillanceRule.anchorOf(ControlCode.parse("5A001.b")).isEmpty());
  }

  @Test
  void aMissingCodeIsRejected() {
    assertThrows(NullPointerException.class, () -> CyberSurveillanceRule.applies(null, "x", "y"));
  }

  @Property
  void neverThrowsOnAnyTextAndNullTextIsHarmless(@ForAll String text) {
    CyberSurveillanceRule.applies(ControlCode.parse("5D999"), text, text);
    CyberSurveillanceRule.applies(ControlCode.parse("5D999"), null, null);
  }
}

package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import org.dualuse.core.DualUseException;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CyberSurveillanceRuleTest {

  /**
   * A rule with the EU annex's heading codes (the profile in dualuse-control-lists has their real
   * reasons) and reasons of its own: the rule's mechanics do not depend on the words of a reason.
   */
  static final CyberSurveillanceRule RULE = CyberSurveillanceRule.of(List.of(
      heading("4A005", CyberSurveillanceScope.IS_ITEM, "equipment for intrusion software"),
      heading("4D004", CyberSurveillanceScope.IS_ITEM, "software for intrusion software"),
      heading("4E001.c", CyberSurveillanceScope.IS_ITEM, "technology for intrusion software"),
      heading("5A001.f", CyberSurveillanceScope.IS_ITEM, "interception equipment"),
      heading("5A001.j", CyberSurveillanceScope.IS_ITEM, "IP network surveillance"),
      heading("5A004.b", CyberSurveillanceScope.IS_ITEM, "raw data extraction by circumventing authentication"),
      heading("5D001.e", CyberSurveillanceScope.IS_ITEM, "monitoring and analysis software"),
      heading("5A001.f.3", CyberSurveillanceScope.IS_ITEM, "selective jamming that takes subscriber identities"),
      heading("5A001.f.4", CyberSurveillanceScope.GROUPED_WITH, "RF monitoring of equipment, not persons")));

  private static CyberSurveillanceRule.Heading heading(String code, CyberSurveillanceScope scope, String reason) {
    return new CyberSurveillanceRule.Heading(ControlCode.parse(code), scope, reason);
  }

  private static CyberSurveillanceFlag flag(String code, String text) {
    return RULE.flag(ControlCode.parse(code), text, List.of(), List.of());
  }

  private static CyberSurveillanceScope scope(String code, String text) {
    return flag(code, text).scope();
  }

  private static List<ControlCode> codes(String... codes) {
    return java.util.Arrays.stream(codes).map(ControlCode::parse).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4A005", "4D004", "4E001.c", "5A001.f", "5A001.j", "5A004.b", "5D001.e"})
  void everyAnchorIsAnItemWhateverItsTextWithAReason(String code) {
    CyberSurveillanceFlag f = flag(code, "Widgets having an operating frequency exceeding 5 GHz;");
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope());
    assertEquals(codes(code), f.items());
    assertFalse(f.reason().isBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001.f.1", "5A001.f.2.a", "5A001.j.1.c", "5D001.e.2", "5A004.b.1", "4E001.c.9"})
  void everyItemBelowAnAnchorIsAnItemAndNamesItsHeading(String code) {
    CyberSurveillanceFlag f = flag(code, "Widgets of a synthetic kind;");
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope());
    assertEquals(RULE.anchorOf(ControlCode.parse(code)).orElseThrow(), f.items().get(0));
    assertTrue(f.reason().contains("(under "), f.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001.f.3", "5A001.f.3.a", "5A001.f.3.c"})
  void theSelectiveJammersAreItemsForTheirOwnReason(String code) {
    CyberSurveillanceFlag f = flag(code, "Widgets of a synthetic kind;");
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope());
    assertEquals(codes("5A001.f"), f.items());
    assertTrue(f.reason().contains("elective jamming"), f.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001.f.4"})
  void theMonitoringEquipmentThatFindsInterceptorsGetsTheNarrowerFlag(String code) {
    CyberSurveillanceFlag f = flag(code, "Widgets of a synthetic kind;");
    assertEquals(CyberSurveillanceScope.GROUPED_WITH, f.scope());
    assertEquals(codes("5A001.f"), f.items());
    assertFalse(f.isCyberSurveillance(), "the narrower flag is not the yes/no flag");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001", "5A001.e", "5A001.g.1", "5A004.a", "5A004", "4E001.b.1", "5D001.d.4", "4A001"})
  void siblingsAndParentsOfAnchorsAreNotFlagged(String code) {
    assertEquals(CyberSurveillanceScope.NONE, scope(code, "Widgets having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void softwareNamingOnlyCyberSurveillanceItemsIsOne() {
    CyberSurveillanceFlag f = flag("5D999.a",
        "\"Software\" specially designed for the \"use\" of equipment specified in 5A001.f.1. or 5A001.j.;");
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope());
    assertEquals(codes("5A001.f", "5A001.j"), f.items());
    assertEquals(CyberSurveillanceScope.IS_ITEM, scope("4E999", "\"Technology\" for the \"development\" of equipment specified in 4A005;"));
  }

  @Test
  void softwareNamingAnItemAndItsSoftwareCounterpartIsOne() {
    assertEquals(CyberSurveillanceScope.IS_ITEM,
        scope("5D999.a.3.b", "Equipment specified in 5A004.b. or \"software\" specified in 5D999.c.3.b."));
  }

  @Test
  void technologyForAWholeEntryHoldingSurveillanceItemsCoversThemAmongOthers() {
    CyberSurveillanceFlag f = flag("5E999.a",
        "\"Technology\" for the \"development\" of equipment specified in 5A001 or \"software\" specified in 5D001.e.;");
    assertEquals(CyberSurveillanceScope.COVERS, f.scope());
    assertEquals(codes("5A001.f", "5A001.j", "5D001.e"), f.items());
    assertTrue(f.reason().contains("among others"), f.reason());
    assertTrue(f.isCyberSurveillance(), "COVERS reads as the yes/no flag");
  }

  @Test
  void aWholeProductGroupNamedCoversTheItemsInIt() {
    CyberSurveillanceFlag f = flag("4E999.a", "\"Technology\" for the \"development\" of equipment or \"software\" specified in 4A or 4D;");
    assertEquals(CyberSurveillanceScope.COVERS, f.scope());
    assertEquals(codes("4A005", "4D004"), f.items());
  }

  @Test
  void aReleaseNoteThatTakesTheSurveillanceItemOutLeavesNoFlagButSaysWhy() {
    Note note = new Note(NoteKind.NOTE, "Note", "5E999.a. does not control \"technology\" for items specified in 5A004.b.",
        codes("5E999.a", "5A004.b"), true, codes("5E999.a"), Optional.empty());
    CyberSurveillanceFlag f = RULE.flag(ControlCode.parse("5E999.a"),
        "\"Technology\" for the \"development\" of equipment specified in 5A002, 5A003 or 5A004;", List.of(note), List.of());
    assertEquals(CyberSurveillanceScope.NONE, f.scope());
    assertEquals(codes("5A004.b"), f.items());
    assertTrue(f.reason().contains("release note"), f.reason());
  }

  @Test
  void aReleaseNoteThatNamesNoOtherItemTakesNothingOut() {
    Note note = new Note(NoteKind.NOTE, "Note", "5D999.c.3.b. does not control \"intrusion software\".",
        codes("5D999.c.3.b"), true, codes("5D999.c.3.b"), Optional.empty());
    assertEquals(CyberSurveillanceScope.IS_ITEM, RULE.flag(ControlCode.parse("5D999.c.3.b"),
        "Equipment specified in 5A004.b.", List.of(note), List.of()).scope());
  }

  @Test
  void aSoftwareHeadingWithAFlaggedItemCoversIt() {
    ControlNode flagged = new ControlNode(ControlCode.parse("5D999.a.2"), "Equipment specified in 5A004.b.", ChildLogic.NONE,
        List.of(), List.of(), List.of(), List.of(), Optional.empty(), false,
        RULE.flag(ControlCode.parse("5D999.a.2"), "Equipment specified in 5A004.b.", List.of(), List.of()));
    ControlNode plain = new ControlNode(ControlCode.parse("5D999.a.1"), "Equipment specified in 5A002.", ChildLogic.NONE,
        List.of(), List.of(), List.of(), List.of(), Optional.empty(), false, CyberSurveillanceFlag.NONE);
    CyberSurveillanceFlag f = RULE.flag(ControlCode.parse("5D999.a"),
        "\"Software\" for the \"use\" of any of the following:", List.of(), List.of(plain, flagged));
    assertEquals(CyberSurveillanceScope.COVERS, f.scope());
    assertEquals(codes("5A004.b"), f.items());
  }

  @Test
  void softwareNamingOnlySoftwareCodesIsNotFlagged() {
    assertEquals(CyberSurveillanceScope.NONE, scope("5D999.a", "\"Software\" specified in 5D998.c. or 5E998.a."));
  }

  @Test
  void equipmentNamingAnAnchorIsNotFlaggedByTheReference() {
    // only D and E nodes inherit by reference: equipment that merely names 4A005 is something else
    assertEquals(CyberSurveillanceScope.NONE, scope("5A999.b", "Widgets, not specified in 4A005, having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void softwareNamingNoCodeIsNotFlagged() {
    assertEquals(CyberSurveillanceFlag.NONE, flag("5D999", "\"Software\" for widgets having an operating frequency exceeding 5 GHz;"));
  }

  @Test
  void theNodesOwnCodeAtTheStartOfItsTextIsNotAReference() {
    assertEquals(codes("5A001.f.1"),
        CyberSurveillanceRule.codesNamedIn("5D999.a Software for 5A001.f.1. widgets", ControlCode.parse("5D999.a")));
  }

  @Test
  void codesInRunningTextAreReadWithTheirTrailingDotsDropped() {
    assertEquals(codes("5A001.b.3.b", "4A005", "5A004.a"),
        CyberSurveillanceRule.codesNamedIn("see 5A001.b.3.b., not 4A005 or 5A004.a.; 2 × 109 N/m2 (ISO/IEC 7498-1)", ControlCode.parse("9A999")));
  }

  @Test
  void productGroupsAreReadWholeAndCodesAreNot() {
    assertEquals(List.of("4A", "4D"), CyberSurveillanceRule.groupsNamedIn("specified in 4A001 to 4A004, 4A or 4D;"));
  }

  @Test
  void theHeadingOfAnItemIsItsMostSpecificOne() {
    assertEquals(ControlCode.parse("5A001.f"), RULE.anchorOf(ControlCode.parse("5A001.f.3.a")).orElseThrow());
    assertEquals(ControlCode.parse("5A001.f.3"), RULE.headingOf(ControlCode.parse("5A001.f.3.a")).orElseThrow().code());
    assertEquals(ControlCode.parse("5A001.f"), RULE.headingOf(ControlCode.parse("5A001.f.2")).orElseThrow().code());
    assertTrue(RULE.anchorOf(ControlCode.parse("5A001.b")).isEmpty());
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOldYesNoAnswerReadsTheScope() {
    assertTrue(RULE.applies(ControlCode.parse("5A001.f.1"), "x", "y"));
    assertFalse(RULE.applies(ControlCode.parse("5A001.f.4"), "x", "y"));
    assertTrue(RULE.applies(ControlCode.parse("5D999.a"), "Software for equipment specified in 5A001;", null));
  }

  @Test
  void aMissingCodeIsRejected() {
    assertThrows(NullPointerException.class, () -> RULE.flag(null, "x", List.of(), List.of()));
  }

  @Test
  void theAnchorsAreTheHeadingsBelowNoOtherInTheirOrder() {
    assertEquals(codes("4A005", "4D004", "4E001.c", "5A001.f", "5A001.j", "5A004.b", "5D001.e"), RULE.anchors());
    assertEquals(9, RULE.headings().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4A005", "5A001.f.1", "5A001.f.4"})
  void theRuleWithNoHeadingFlagsNothing(String code) {
    assertEquals(CyberSurveillanceFlag.NONE, CyberSurveillanceRule.none().flag(ControlCode.parse(code),
        "\"Software\" for equipment specified in 5A001.f.1. or 4A005.", List.of(), List.of()));
    assertTrue(CyberSurveillanceRule.none().anchors().isEmpty());
    assertSame(CyberSurveillanceRule.none(), CyberSurveillanceRule.of(List.of()));
  }

  @Test
  void aCodeWithTwoHeadingsOrAHeadingWithoutScopeIsRejected() {
    assertThrows(DualUseException.class, () -> CyberSurveillanceRule.of(List.of(
        heading("9A999", CyberSurveillanceScope.IS_ITEM, "one"), heading("9A999", CyberSurveillanceScope.COVERS, "two"))));
    assertThrows(DualUseException.class, () -> heading("9A999", CyberSurveillanceScope.NONE, "none"));
    assertThrows(DualUseException.class, () -> heading("9A999", CyberSurveillanceScope.IS_ITEM, " "));
  }

  @Property
  void neverThrowsOnAnyTextAndNullsAreHarmless(@ForAll String text) {
    RULE.flag(ControlCode.parse("5D999"), text, List.of(), List.of());
    RULE.flag(ControlCode.parse("5D999"), null, null, null);
  }
}

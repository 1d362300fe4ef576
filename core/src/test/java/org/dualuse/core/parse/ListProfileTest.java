package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.junit.jupiter.api.Test;

class ListProfileTest {

  private static final String[] WIDGETS = {
      "9A999 Widgets, as follows:",
      "9A999.a Widget amplifiers having an operating frequency exceeding 5 GHz;",
      "9A999.b Widget interceptors, as follows:",
      "9A999.b.1 Interceptors for the air interface of widget networks;",
      "9D999 \"Software\" specially designed for the \"use\" of equipment specified in 9A999.b."};

  private static ControlList parsed(String listId) {
    AnnexSource s = SyntheticAnnex.source(WIDGETS);
    return new AnnexParser().parse(new AnnexSource(listId, s.title(), s.jurisdiction(), s.effectiveDate(),
        s.provenance(), s.provisions(), s.documents()));
  }

  private static CyberSurveillanceScope scope(ControlList list, String code) {
    return list.get(ControlCode.parse(code)).cyberSurveillanceFlag().scope();
  }

  @Test
  void aProfileRegisteredAsAServiceIsFoundByItsListsId() {
    ListProfile p = ListProfile.of(WidgetListProfile.LIST_ID);
    assertInstanceOf(WidgetListProfile.class, p);
    assertEquals(List.of(ControlCode.parse("9A999.b")), p.cyberSurveillance().anchors());
  }

  @Test
  void theParserFlagsTheHeadingsOfTheListsProfile() {
    ControlList list = parsed(WidgetListProfile.LIST_ID);
    assertEquals(CyberSurveillanceScope.IS_ITEM, scope(list, "9A999.b"));
    assertEquals(CyberSurveillanceScope.IS_ITEM, scope(list, "9A999.b.1"));
    // software whose text names only the heading exists only for it
    assertEquals(CyberSurveillanceScope.IS_ITEM, scope(list, "9D999"));
    assertEquals(CyberSurveillanceScope.NONE, scope(list, "9A999.a"));
  }

  @Test
  void aListWithNoProfileGetsTheNeutralOneAndNothingIsFlagged() {
    assertSame(ListProfile.neutral(), ListProfile.of("widgets-without-profile"));
    ControlList list = parsed("widgets-without-profile");
    assertTrue(list.nodes().allMatch(n -> n.cyberSurveillanceFlag().equals(CyberSurveillanceFlag.NONE)));
  }

  @Test
  void theNeutralProfileHasNoHeadingsNoGeneralNotesNoVocabularyAndNoCatchAll() {
    ListProfile neutral = ListProfile.neutral();
    assertTrue(neutral.cyberSurveillance().anchors().isEmpty());
    assertTrue(neutral.generalNotes().isEmpty());
    assertFalse(neutral.bundledVocabulary());
    assertFalse(neutral.catchAllScreen());
    assertFalse(neutral.describes(WidgetListProfile.LIST_ID));
  }

  @Test
  void aMissingIdIsRejectedWithItsName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ListProfile.of(null));
    assertEquals("listId", e.getMessage());
  }
}

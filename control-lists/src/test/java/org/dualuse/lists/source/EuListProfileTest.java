package org.dualuse.lists.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.parse.ListProfile;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

class EuListProfileTest {

  private final EuListProfile eu = new EuListProfile();

  @Test
  void itDescribesEveryVersionTheEuReadersMakeAndNoOtherList() {
    assertTrue(eu.describes(ControlLists.EU_2025));
    assertTrue(eu.describes(OfficialJournalPdfReader.LIST_ID));
    assertFalse(eu.describes("us-ccl"));
    assertFalse(eu.describes("widgets-test"));
  }

  @Test
  void itIsTheRegisteredProfileOfTheEuLists() {
    assertInstanceOf(EuListProfile.class, ListProfile.of(ControlLists.EU_2025));
    assertInstanceOf(EuListProfile.class, ListProfile.of(ControlLists.EU_2021));
  }

  @Test
  void theSevenAnchorsAreInCodeOrderAndTheTwoInterceptionSubHeadingsAreNarrower() {
    assertEquals(List.of("4A005", "4D004", "4E001.c", "5A001.f", "5A001.j", "5A004.b", "5D001.e"),
        eu.cyberSurveillance().anchors().stream().map(ControlCode::toString).toList());
    assertEquals(CyberSurveillanceScope.IS_ITEM,
        eu.cyberSurveillance().headingOf(ControlCode.parse("5A001.f.3.a")).orElseThrow().scope());
    assertEquals(CyberSurveillanceScope.GROUPED_WITH,
        eu.cyberSurveillance().headingOf(ControlCode.parse("5A001.f.4")).orElseThrow().scope());
  }

  @Test
  void theGeneralNotesVocabularyAndCatchAllOfTheEuListApply() {
    assertEquals(Set.of(DocumentKind.CRYPTOGRAPHY_NOTE, DocumentKind.GENERAL_SOFTWARE_NOTE,
        DocumentKind.GENERAL_TECHNOLOGY_NOTE), eu.generalNotes());
    assertTrue(eu.bundledVocabulary());
    assertTrue(eu.catchAllScreen());
  }

  @Test
  void theBundledListIsFlaggedUnderEachAnchor() {
    var list = ControlLists.eu();
    for (ControlCode anchor : eu.cyberSurveillance().anchors()) {
      assertEquals(CyberSurveillanceScope.IS_ITEM, list.get(anchor).cyberSurveillanceFlag().scope(), anchor.toString());
    }
  }
}

package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.ListProfile;
import org.dualuse.index.knowledge.DataLists;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.source.EuListProfile;
import org.junit.jupiter.api.Test;

/**
 * The classifier asks the list for its {@link ListProfile}: the same synthetic list classifies with
 * the neutral profile under one id and with a profile a test registers as a service under another.
 */
class ListProfilePipelineTest {

  private static final String PROFILING =
      "Social media monitoring platform that collects public posts and profiles the activists behind them";

  private static Classification classify(ControlList list, String text) {
    try (ListIndex index = ListIndex.inMemory(list, WidgetList.vocabulary())) {
      return new HybridClassifier(index).classify(Product.of(text));
    }
  }

  @Test
  void theEuListsHaveTheEuProfileAndTheSyntheticListTheNeutralOne() {
    assertInstanceOf(EuListProfile.class, ListProfile.of(ControlLists.EU_2025));
    assertInstanceOf(EuListProfile.class, ListProfile.of(ControlLists.EU_2021));
    assertSame(ListProfile.neutral(), ListProfile.of(WidgetList.list().id()));
    assertInstanceOf(ProfiledWidgetList.class, ListProfile.of(ProfiledWidgetList.LIST_ID));
  }

  @Test
  void theKnowledgeFilesSubjectsAreSeenOnlyByAListWhoseProfileClaimsTheBundledFiles() {
    String text = "Handheld thermal imaging camera";
    assertFalse(Knowledge.standard().subjectsFor(ControlLists.eu()).mentionedIn(text, Optional.empty()).isEmpty());
    assertTrue(Knowledge.standard().subjectsFor(WidgetList.list()).mentionedIn(text, Optional.empty()).isEmpty());
    ControlList second = ProfiledWidgetList.list();
    assertFalse(ListProfile.of(second.id()).dataLists().contains(DataLists.EU_ANNEX_I));
    assertTrue(Knowledge.standard().subjectsFor(second).mentionedIn(text, Optional.empty()).isEmpty());
  }

  @Test
  void aSecondListWhoseProfileLoadsNoEuDataGetsNoneOfTheBundledVocabularyRows() {
    assertFalse(Vocabulary.forList(ControlLists.eu()).mappings().isEmpty());
    assertTrue(Vocabulary.forList(ProfiledWidgetList.list()).mappings().isEmpty());
    assertTrue(Vocabulary.forList(WidgetList.list()).mappings().isEmpty());
    assertTrue(Knowledge.standard().loadsFor(ControlLists.eu()));
    assertFalse(Knowledge.standard().loadsFor(ProfiledWidgetList.list()));
  }

  @Test
  void aListWithNoProfileGetsNoCatchAllScreen() {
    Classification c = classify(WidgetList.list(), PROFILING);
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    assertTrue(c.article5().isEmpty(), c.article5().toString());
  }

  @Test
  void aProfileRegisteredAsAServiceSwitchesTheCatchAllScreenOn() {
    Classification c = classify(ProfiledWidgetList.list(), PROFILING);
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    assertFalse(c.article5().isEmpty(), c.explanation());
  }

  @Test
  void theGeneralSoftwareNoteReleasesOnlyForAListWhoseProfileNamesIt() {
    String text = "Open source software for the use of gizmo amplifiers";
    assertFalse(releasedByTheSoftwareNote(classify(WidgetList.list(), text)));
    assertTrue(releasedByTheSoftwareNote(classify(ProfiledWidgetList.list(), text)));
  }

  private static boolean releasedByTheSoftwareNote(Classification c) {
    return c.candidates().stream().filter(x -> x.code().toString().equals("9D999"))
        .flatMap(x -> x.evidence().notes().stream()).anyMatch(n -> n.contains("general software note releases 9D999"));
  }

  @Test
  void aListWithNoProfileIsIndexedWithoutTheBundledVocabulary() {
    assertTrue(Vocabulary.forList(WidgetList.list()).mappings().isEmpty());
    assertTrue(Vocabulary.forList(ProfiledWidgetList.list()).mappings().isEmpty(), "the profile does not claim it");
    assertFalse(Vocabulary.forList(ControlLists.eu()).mappings().isEmpty());
  }
}

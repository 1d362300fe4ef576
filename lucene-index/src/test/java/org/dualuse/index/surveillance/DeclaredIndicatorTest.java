package org.dualuse.index.surveillance;

import static org.dualuse.core.classify.CyberSurveillanceElement.COVERT;
import static org.dualuse.core.classify.CyberSurveillanceElement.DATA_PROCESSING;
import static org.dualuse.core.classify.CyberSurveillanceElement.ICT_SYSTEMS;
import static org.dualuse.core.classify.CyberSurveillanceElement.NATURAL_PERSONS;
import static org.dualuse.core.classify.CyberSurveillanceElement.SPECIALLY_DESIGNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.ElementEvidence;
import org.junit.jupiter.api.Test;

/**
 * The decision whether a declared indicator is raised, on readings built here (no rule file, no
 * text): which words show an element, what a denial of covertness does, and when a look-alike
 * holds the indicator back.
 */
class DeclaredIndicatorTest {

  private static final DeclaredIndicator INTERCEPTION = new DeclaredIndicator("interception",
      EnumSet.of(NATURAL_PERSONS, DATA_PROCESSING, ICT_SYSTEMS), "interception of communications", 1);

  /** The rule's trigger words, showing persons, data processing and ICT systems. */
  private static final Map<CyberSurveillanceElement, List<String>> TRIGGER_SHOWS = Map.of(
      NATURAL_PERSONS, List.of("IMSI catcher"), DATA_PROCESSING, List.of("IMSI catcher"),
      ICT_SYSTEMS, List.of("IMSI catcher"));

  private static DefinitionElements.Reading reading(Map<CyberSurveillanceElement, List<String>> shown,
      Map<CyberSurveillanceElement, List<String>> denied, List<String> targeted) {
    return new DefinitionElements.Reading(shown, denied, targeted);
  }

  private static Optional<Article5Indicator> raise(DefinitionElements.Reading reading,
      Optional<Article5Screen.LookalikeMatch> lookalike) {
    return INTERCEPTION.raise(List.of("IMSI catcher"), TRIGGER_SHOWS, reading, lookalike);
  }

  private static Optional<Article5Screen.LookalikeMatch> lookalike(boolean always) {
    return Optional.of(new Article5Screen.LookalikeMatch("IT and network security", always, "protective", List.of("SIEM")));
  }

  private static List<String> wordsFor(Article5Indicator indicator, CyberSurveillanceElement element) {
    return indicator.elements().stream().filter(e -> e.element() == element).map(ElementEvidence::words)
        .findFirst().orElse(List.of());
  }

  @Test
  void anElementsOwnWordsShowItBeforeTheTriggerWords() {
    Article5Indicator raised = raise(reading(Map.of(NATURAL_PERSONS, List.of("subscribers")), Map.of(), List.of()),
        Optional.empty()).orElseThrow();
    assertEquals(List.of("subscribers"), wordsFor(raised, NATURAL_PERSONS));
    assertEquals(List.of("IMSI catcher"), wordsFor(raised, DATA_PROCESSING));
    assertEquals(List.of(SPECIALLY_DESIGNED, COVERT), raised.missing());
  }

  @Test
  void aDenialCancelsTheElementsOwnWordsButNotTheTriggerWords() {
    Article5Indicator raised = raise(reading(Map.of(NATURAL_PERSONS, List.of("individuals")),
        Map.of(NATURAL_PERSONS, List.of("anonymous")), List.of()), Optional.empty()).orElseThrow();
    assertEquals(List.of("IMSI catcher"), wordsFor(raised, NATURAL_PERSONS));
  }

  @Test
  void aDeniedElementWithoutTriggerWordsIsMissingAndHoldsTheIndicatorBack() {
    DefinitionElements.Reading r = reading(Map.of(NATURAL_PERSONS, List.of("individuals"), DATA_PROCESSING,
        List.of("collects"), ICT_SYSTEMS, List.of("network")), Map.of(NATURAL_PERSONS, List.of("anonymous")), List.of());
    assertTrue(INTERCEPTION.raise(List.of(), Map.of(), r, Optional.empty()).isEmpty());
  }

  @Test
  void aTextThatDeniesCovertnessAndDoesNotShowItRaisesNothing() {
    assertTrue(raise(reading(Map.of(), Map.of(COVERT, List.of("with the user's consent")), List.of()),
        Optional.empty()).isEmpty());
  }

  @Test
  void aLookalikeThatGivesWayHoldsTheIndicatorBackUnlessTheTextShowsAPurpose() {
    assertTrue(raise(reading(Map.of(), Map.of(), List.of()), lookalike(false)).isEmpty());
    assertTrue(raise(reading(Map.of(COVERT, List.of("covert")), Map.of(), List.of()), lookalike(false)).isPresent());
    assertTrue(raise(reading(Map.of(SPECIALLY_DESIGNED, List.of("for law enforcement")), Map.of(), List.of()),
        lookalike(false)).isPresent());
    assertTrue(raise(reading(Map.of(), Map.of(), List.of("suspects")), lookalike(false)).isPresent());
  }

  @Test
  void aLookalikeThatAlwaysHoldsBackDoesSoEvenWhenTheTextSaysCovert() {
    assertTrue(raise(reading(Map.of(COVERT, List.of("covert")), Map.of(), List.of()), lookalike(true)).isEmpty());
  }

  @Test
  void anIndicatorRaisedByTheElementsAloneNamesTheWordsOfCovertnessAndDataWork() {
    DeclaredIndicator byElements = new DeclaredIndicator("covert monitoring of persons",
        EnumSet.of(NATURAL_PERSONS, DATA_PROCESSING, ICT_SYSTEMS, COVERT), "covert monitoring", 2);
    DefinitionElements.Reading r = reading(Map.of(NATURAL_PERSONS, List.of("persons"), DATA_PROCESSING,
        List.of("monitoring", "covert"), ICT_SYSTEMS, List.of("messengers"), COVERT, List.of("covert")), Map.of(), List.of());
    Article5Indicator raised = byElements.raise(List.of(), Map.of(), r, Optional.empty()).orElseThrow();
    assertEquals(List.of("covert", "monitoring"), raised.triggers());
    assertEquals(List.of(SPECIALLY_DESIGNED), raised.missing());
  }
}

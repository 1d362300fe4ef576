package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.model.Provenance;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The reading of decontrol notes whose conditions must all hold, on synthetic entries in the
 * annex's style: a note releases only when the text and the facts show every condition it requires.
 */
class AllOfNoteTest {

  private static final ControlCode TURBINES = ControlCode.parse("9A990");
  private static final ControlCode PUMPS = ControlCode.parse("9A991");
  private static final ControlCode NETWORKS = ControlCode.parse("9A992");
  private static final ControlCode RADARS = ControlCode.parse("9A993");

  private static Note note(String code, String text) {
    return new Note(NoteKind.NOTE, "Note", text, List.of(ControlCode.parse(code)), true,
        List.of(ControlCode.parse(code)), ReleaseClause.read(NoteKind.NOTE, text)
            .flatMap(c -> CriteriaExtractor.standard().extractReleaseCondition(c.scope())));
  }

  private static final ControlList LIST = new ControlList("all-of-test", "Synthetic all-of notes", "TEST",
      LocalDate.of(2025, 1, 1), new Provenance("synthetic", "", "0000", ""), List.of(
          WidgetList.leaf("9A990", "Gizmo turbines for propulsion.",
              note("9A990", "9A990 does not control gizmo turbines which meet all of the following: "
                  + "a. Certified by the widget aviation authority; b. Intended to power civil tractors; and "
                  + "c. Not fitted with an afterburner.")),
          WidgetList.leaf("9A991", "Gizmo pumps having a flow rate exceeding 5 l/s.",
              note("9A991", "9A991 does not control gizmo pumps having both of the following: "
                  + "a. A mass less than 5 kg; and b. Designed for garden irrigation.")),
          WidgetList.leaf("9A992", "Gizmo networking equipment.",
              note("9A992", "9A992 does not control: a. Gizmo routers, where the widget firmware is limited to "
                  + "diagnostics; b. Gizmo hubs having all of the following: 1. Painted blue; and 2. Made of cork.")),
          // the shape of the note to 6A008.i: word-only alternatives around an all-of one with a bound
          WidgetList.leaf("9A993", "Gizmo radars having a maximum 'instrumented range' exceeding 185 km.",
              note("9A993", "9A993 does not control: a. Gizmo fishing radars; b. Gizmo ground radars having all "
                  + "the following: 1. A maximum 'instrumented range' of 500 km or less; and 2. Permanently "
                  + "installed; c. Gizmo weather balloon radars."))),
      Map.of(), List.of());

  private static final ListAnalyzer ANALYZER = new ListAnalyzer();
  private static final ReleaseNotes NOTES = new ReleaseNotes(LIST, ANALYZER);
  private static final ParameterReportSide PARAMETERS = new ParameterReportSide(LIST);

  private static ReleaseNotes.Reading read(ControlCode code, String text) {
    return NOTES.read(LIST, code, NOTES.termsOf(AnalyzedText.of(ANALYZER, text)),
        PARAMETERS.evaluate(Product.of(text), Optional.empty()));
  }

  @Test
  void aNoteReleasesWhenTheTextShowsEveryCondition() {
    ReleaseNotes.Reading r = read(TURBINES,
        "Gizmo turbine, certified by the widget aviation authority, intended to power civil tractors, no afterburner");
    assertTrue(r.release().isPresent(), r.toString());
    String why = r.release().get();
    assertTrue(why.contains("a. 'Certified by the widget aviation authority': shown by certified, widget, aviation, authority"), why);
    assertTrue(why.contains("b. 'Intended to power civil tractors': shown by"), why);
    assertTrue(why.contains("c. 'Not fitted with an afterburner': shown by not afterburner"), why);
  }

  @Test
  void aNoteDoesNotReleaseOnPartOfItsConditionsAndSaysWhichAreMissing() {
    ReleaseNotes.Reading r = read(TURBINES,
        "Gizmo turbine, certified by the widget aviation authority, intended to power civil tractors");
    assertTrue(r.release().isEmpty(), r.toString());
    assertEquals(1, r.partlyShown().size(), r.toString());
    String why = r.partlyShown().get(0);
    assertTrue(why.contains("a. 'Certified by the widget aviation authority': shown by"), why);
    assertTrue(why.contains("c. 'Not fitted with an afterburner': not shown"), why);
  }

  @Test
  void everyConditionIsNeededWhicheverIsLeftOut() {
    String a = "certified by the widget aviation authority";
    String b = "intended to power civil tractors";
    String c = "no afterburner";
    assertTrue(read(TURBINES, String.join(", ", "Gizmo turbine", b, c)).release().isEmpty());
    assertTrue(read(TURBINES, String.join(", ", "Gizmo turbine", a, c)).release().isEmpty());
    assertTrue(read(TURBINES, String.join(", ", "Gizmo turbine", a, b)).release().isEmpty());
    assertTrue(read(TURBINES, String.join(", ", "Gizmo turbine", a, b, c)).release().isPresent());
  }

  @Test
  void whatAConditionExcludesMustNotBeInTheText() {
    ReleaseNotes.Reading r = read(TURBINES,
        "Gizmo turbine, certified by the widget aviation authority, intended to power civil tractors, with afterburner");
    assertTrue(r.release().isEmpty(), r.toString());
  }

  @Test
  void aTextThatNegatesAConditionsWordsDoesNotShowIt() {
    ReleaseNotes.Reading r = read(TURBINES,
        "Gizmo turbine, not certified by the widget aviation authority, intended to power civil tractors, no afterburner");
    assertTrue(r.release().isEmpty(), r.toString());
  }

  @Test
  void aTypedConditionIsShownByTheFacts() {
    ReleaseNotes.Reading r = read(PUMPS, "Gizmo pump, mass 3 kg, designed for garden irrigation");
    assertTrue(r.release().isPresent(), r.toString());
    assertTrue(r.release().get().contains("a. 'A mass less than 5 kg': met by"), r.release().get());
  }

  @Test
  void aTypedConditionTheFactsFailOrDoNotSpeakToIsNotShown() {
    assertTrue(read(PUMPS, "Gizmo pump, mass 8 kg, designed for garden irrigation").release().isEmpty());
    ReleaseNotes.Reading unknown = read(PUMPS, "Gizmo pump designed for garden irrigation");
    assertTrue(unknown.release().isEmpty(), unknown.toString());
    assertTrue(unknown.partlyShown().get(0).contains("a. 'A mass less than 5 kg': not met"), unknown.toString());
  }

  @Test
  void theParameterSideDoesNotReleaseOnTheTypedConditionsAlone() {
    // the synthetic note's typed condition alone is what the parameter side reads as its exclusion
    assertTrue(LIST.get(PUMPS).notes().get(0).exclusion().isPresent());
    assertTrue(PARAMETERS.evaluate(Product.of("Gizmo pump, mass 3 kg"), Optional.empty()).releasedBy(PUMPS).isEmpty());
    assertTrue(read(PUMPS, "Gizmo pump, mass 3 kg").release().isEmpty());
  }

  @Test
  void anAlternativeQualifiedByAClauseNeedsTheClauseToo() {
    assertTrue(read(NETWORKS, "Gizmo router with encrypted links").release().isEmpty());
    ReleaseNotes.Reading r = read(NETWORKS, "Gizmo router, widget firmware limited to diagnostics");
    assertTrue(r.release().isPresent(), r.toString());
    assertTrue(r.release().get().contains("a. 'the widget firmware is limited to diagnostics': shown by"), r.release().get());
  }

  @Test
  void oneAlternativeOfAnAnyListReleasesWhenItsOwnConditionsAllHold() {
    assertTrue(read(NETWORKS, "Gizmo hub, painted blue").release().isEmpty());
    assertTrue(read(NETWORKS, "Gizmo hub, painted blue, made of cork").release().isPresent());
  }

  @Test
  void aNoteOnAnotherEntryDoesNotConcernTheCandidate() {
    assertTrue(read(PUMPS, "Gizmo pump, certified by the widget aviation authority, intended to power civil "
        + "tractors, no afterburner").release().isEmpty());
    assertFalse(read(TURBINES, "Gizmo turbine, mass 3 kg, designed for garden irrigation").release().isPresent());
  }

  @Test
  void aWordOnlyAlternativeAfterAnInnerListReleasesOnItsOwnWords() {
    ReleaseNotes.Reading r = read(RADARS, "Gizmo weather balloon radar");
    assertTrue(r.release().isPresent(), r.toString());
    assertTrue(r.release().get().contains("c. 'Gizmo weather balloon radars': shown by"), r.release().get());
  }

  @Test
  void anAllOfAlternativeReleasesOnlyWhenItsBoundAndItsWordsAreAllShown() {
    ReleaseNotes.Reading r = read(RADARS, "Gizmo ground radar, instrumented range 450 km, permanently installed");
    assertTrue(r.release().isPresent(), r.toString());
    assertTrue(r.release().get().contains("b.1. 'A maximum 'instrumented range' of 500 km or less': met by"),
        r.release().get());
    assertTrue(read(RADARS, "Gizmo ground radar, instrumented range 600 km, permanently installed").release()
        .isEmpty(), "its bound fails");
  }

  @Test
  void anAlternativeShownInPartSaysWhatItLacks() {
    ReleaseNotes.Reading r = read(RADARS, "Gizmo ground radar, instrumented range 450 km");
    assertTrue(r.release().isEmpty(), r.toString());
    String why = String.join("\n", r.partlyShown());
    assertTrue(why.contains("none of its 3 alternatives shown"), why);
    assertTrue(why.contains("b.1. 'A maximum 'instrumented range' of 500 km or less': met by"), why);
    assertTrue(why.contains("b.2. 'Permanently installed': not shown"), why);
    assertFalse(why.contains("a. 'Gizmo fishing radars'"), why);
  }
}

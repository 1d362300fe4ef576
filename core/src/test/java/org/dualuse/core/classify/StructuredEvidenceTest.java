package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.junit.jupiter.api.Test;

/**
 * The evidence as data, on the synthetic widget list of {@link ParameterClassifierTest}: the
 * criteria results carry the value that decided them and where it stands in the text, the notes
 * checked carry their conditions, and the lines in words are a view of both.
 */
class StructuredEvidenceTest {

  private static final ParameterClassifier CLASSIFIER = new ParameterClassifier(ParameterClassifierTest.LIST);
  private static final String AMPLIFIER = "Widget amplifier, operating frequency 1.2 GHz, peak saturated output power 80 W";

  private static NodeEvaluation node(String text, String code) {
    return CLASSIFIER.evaluate(Product.of(text)).find(code).orElseThrow();
  }

  @Test
  void aFailedCriterionCarriesTheFailingValueAndItsSpan() {
    Evidence e = node(AMPLIFIER, "9A991.a.1.a").evidence();
    CriterionResult band = e.failed().stream()
        .filter(r -> r.criterion() instanceof Range g && g.parameter().name().equals("operating frequency"))
        .findFirst().orElseThrow(() -> new AssertionError(e.criteria().toString()));
    assertEquals(Truth.NO_MATCH, band.truth());
    QuantityRange range = ((Range) band.criterion()).range();
    assertEquals(2.5, range.low().value(), 1e-9, "the band's lower bound, as the annex writes it");
    assertFalse(range.lowInclusive(), "exceeding 2,5 GHz");
    Fact fact = band.fact().orElseThrow();
    assertEquals(Quantity.parse("1.2 GHz"), fact.value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, fact.origin());
    assertTrue(AMPLIFIER.substring(fact.start(), fact.end()).contains("1.2 GHz"),
        AMPLIFIER.substring(fact.start(), fact.end()));
    assertTrue(fact.source().contains("1.2 GHz"), fact.source());
  }

  @Test
  void theMetThresholdCarriesItsBoundAndTheNamedValue() {
    Evidence e = node(AMPLIFIER, "9A991.a.1.a").evidence();
    CriterionResult power = e.met().stream().filter(r -> r.criterion() instanceof Threshold).findFirst()
        .orElseThrow(() -> new AssertionError(e.criteria().toString()));
    Threshold t = (Threshold) power.criterion();
    assertEquals(Comparison.GREATER_THAN, t.comparison());
    assertEquals(70, t.bound().value(), 1e-9);
    assertEquals(Quantity.parse("80 W"), power.fact().orElseThrow().value());
  }

  @Test
  void theCriteriaLinesAreTheExplanationsOfTheResultsOfEachTruth() {
    Evidence e = node(AMPLIFIER, "9A991.a.1.a").evidence();
    assertFalse(e.criteria().isEmpty());
    assertEquals(e.met().stream().map(CriterionResult::explanation).toList(), e.criteriaMet());
    assertEquals(e.failed().stream().map(CriterionResult::explanation).toList(), e.criteriaFailed());
    assertEquals(e.unknown().stream().map(CriterionResult::explanation).toList(), e.criteriaUnknown());
    assertEquals(e.criteria().size(), e.criteriaMet().size() + e.criteriaFailed().size() + e.criteriaUnknown().size());
  }

  @Test
  void aParametricNoteTheFactsFailIsCheckedWithItsConditionAndTheValue() {
    Evidence e = node(AMPLIFIER, "9A991.a.1.a").evidence();
    NoteCheck note = e.notesChecked().stream().filter(n -> n.holder().equals(Optional.of(ControlCode.parse("9A991.a"))))
        .findFirst().orElseThrow(() -> new AssertionError(e.notesChecked().toString()));
    assertEquals(NoteAction.NOT_RELEASED, note.action());
    assertEquals(Optional.of(NoteKind.NOTE), note.kind());
    assertEquals(List.of(ControlCode.parse("9A991.a")), note.codes());
    assertTrue(note.conditions().stream().anyMatch(r -> r.truth() == Truth.NO_MATCH
        && r.fact().map(f -> f.value().equals(Quantity.parse("80 W"))).orElse(false)), note.conditions().toString());
    assertTrue(e.notes().contains(note.line()), e.notes().toString());
  }

  @Test
  void eachNoteLineIsTheRemarkOfANoteChecked() {
    Evidence e = node(AMPLIFIER, "9A991.a.1.a").evidence();
    assertEquals(e.remarks().stream().map(Remark::line).toList(), e.notes());
    assertFalse(e.remarks().isEmpty());
    for (int i = 0; i < e.remarks().size(); i++) {
      assertEquals(RemarkKind.NOTE, e.remarks().get(i).kind());
      assertEquals(e.notesChecked().get(i).line(), e.remarks().get(i).line());
      assertEquals(e.notesChecked().get(i).codes(), e.remarks().get(i).codes());
    }
  }

  @Test
  void theLinesOfWordsAndRemarksAreAViewOfTheirData() {
    MatchedWord camera = new MatchedWord(MatchedWord.Kind.TERM, "Wärmebildkamera", List.of("thermal", "camera"), 0, 15,
        List.of(), "Wärmebildkamera");
    MatchedWord phrase = new MatchedWord(MatchedWord.Kind.PHRASE, "thermal imager", List.of("thermal imager"), -1, -1,
        List.of("vocabulary.tsv:12 (en)"), "\"thermal imager\" (vocabulary)");
    Remark negation = new Remark(RemarkKind.NEGATION, List.of(), List.of("cooled"), "the text negates words of 6A003: cooled");
    NoteCheck lacked = NoteCheck.notApplied(ControlCode.parse("6A003"), NoteKind.NOTE, "Note 3",
        List.of(ControlCode.parse("6A003")), List.of(), List.of(new NoteAlternative(List.of("civil", "automobil"),
            List.of(), List.of("civil", "automobil"))), "Note 3 to 6A003 (the text has: none of its words)");
    Evidence e = Evidence.of(List.of(camera, phrase), List.of(), List.of(negation), List.of(), List.of(lacked),
        List.of(), "");
    assertEquals(List.of("Wärmebildkamera", "\"thermal imager\" (vocabulary)"), e.matchedWords());
    assertEquals(List.of("the text negates words of 6A003: cooled"), e.notes());
    assertEquals(List.of(lacked), e.notesNotApplied());
    assertEquals(NoteAction.NOT_RELEASED, lacked.action());
    assertEquals(List.of("civil", "automobil"), lacked.alternatives().get(0).missing());
    assertTrue(e.notesChecked().isEmpty(), "a note that did not apply is not among the notes that did something");
  }

  @Test
  void aWordMatchRefusesABadSpan() {
    assertThrows(org.dualuse.core.DualUseException.class,
        () -> new MatchedWord(MatchedWord.Kind.TERM, "w", List.of("w"), 3, 2, List.of(), "w"));
    assertThrows(org.dualuse.core.DualUseException.class,
        () -> new MatchedWord(MatchedWord.Kind.TERM, "w", List.of("w"), -1, 2, List.of(), "w"));
  }

  @Test
  void aDecontrolOutcomeCarriesWhetherItsNoteStatesConditionsThatMustAllHold() {
    NodeEvaluation n = node(AMPLIFIER, "9A991.a.1.a");
    assertFalse(n.decontrols().isEmpty());
    for (DecontrolOutcome d : n.decontrols()) {
      assertEquals(org.dualuse.core.model.ReleaseClause.statesAllOf(d.text()), d.allOf(), d.describe());
    }
    DecontrolOutcome allOf = new DecontrolOutcome(ControlCode.parse("9A991.a"), "Note", "a. does not control widgets "
        + "having all of the following: 1. x; 2. y", List.of(), n.decontrols().get(0).exclusion(), Truth.UNKNOWN,
        List.of());
    assertTrue(allOf.allOf());
  }

  @Test
  void aParametricNoteTheFactsMeetReleases() {
    Evidence e = node("Widget amplifier, operating frequency 5 GHz, output power 1 W", "9A991.a.2").evidence();
    assertTrue(e.notesChecked().stream().anyMatch(n -> n.action() == NoteAction.RELEASED), e.notesChecked().toString());
  }

  @Test
  void theRecordsAreImmutable() {
    List<String> words = new ArrayList<>(List.of("consumer"));
    List<ControlCode> codes = new ArrayList<>(List.of(ControlCode.parse("9A991.a")));
    NoteCheck n = NoteCheck.ofWords(ControlCode.parse("9A991.a"), NoteKind.NOTE, "Note", NoteAction.RELEASED, codes,
        words, "Note to 9A991.a");
    words.add("later");
    codes.clear();
    assertEquals(List.of("consumer"), n.decidedBy());
    assertEquals(1, n.codes().size());
    assertThrows(UnsupportedOperationException.class, () -> n.decidedBy().add("x"));
    List<ControlCode> subjectCodes = new ArrayList<>(List.of(ControlCode.parse("9A991")));
    SubjectMatch s = new SubjectMatch("widget", subjectCodes, "widget", "Widget", "en", false);
    subjectCodes.clear();
    assertEquals(1, s.codes().size());
    List<CriterionResult> results = new ArrayList<>(node(AMPLIFIER, "9A991.a.1.a").results());
    Evidence e = Evidence.of(List.of(), results, List.of(), List.of(n), List.of(s), "");
    int size = results.size();
    results.clear();
    assertEquals(size, e.criteria().size());
    assertThrows(UnsupportedOperationException.class, () -> e.criteria().clear());
    assertThrows(UnsupportedOperationException.class, () -> e.notesChecked().clear());
  }

  @Test
  void theRecordsRefuseNulls() {
    ControlCode code = ControlCode.parse("9A991.a");
    assertThrows(NullPointerException.class, () -> NoteCheck.ofWords(null, NoteKind.NOTE, "Note", NoteAction.RELEASED,
        List.of(), List.of(), ""));
    assertThrows(NullPointerException.class, () -> new NoteCheck(Optional.of(code), Optional.empty(), "Note", null,
        List.of(), List.of(), List.of(), ""));
    assertThrows(NullPointerException.class, () -> new NoteCheck(Optional.of(code), Optional.empty(), "Note",
        NoteAction.RELEASED, List.of(), null, List.of(), ""));
    assertThrows(NullPointerException.class, () -> NoteCheck.of(null, NoteAction.RELEASED));
    assertThrows(NullPointerException.class, () -> new SubjectMatch(null, List.of(), "w", "w", "en", false));
    assertThrows(NullPointerException.class, () -> Evidence.of(List.of(), null, List.of(), List.of(), List.of(), ""));
    assertThrows(NullPointerException.class,
        () -> new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of(), null, List.of()));
  }

  @Test
  void evidenceInWordsOnlyHasNoStructure() {
    Evidence e = new Evidence(List.of("amplifier"), List.of("a line"), List.of(), List.of(), List.of(), "");
    assertNotNull(e.criteria());
    assertTrue(e.criteria().isEmpty() && e.notesChecked().isEmpty() && e.subjects().isEmpty());
    assertEquals(List.of("a line"), e.criteriaMet());
  }
}

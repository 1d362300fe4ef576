package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * The structured evidence of the hybrid classifier on the real 2025 list (read from ../shared at
 * build time): a candidate with a threshold met and a range failed, each with the fact that decided
 * it and its place in the text; a candidate a general note releases, with the words that released it.
 */
class RealListStructuredEvidenceTest {
  private static final HybridClassifier CLASSIFIER = HybridClassifier.of(ControlLists.eu());

  private static final String AMPLIFIER =
      "GaN MMIC power amplifier, operating frequency 3.3 GHz to 3.6 GHz, peak saturated output power 60 W";

  private static Candidate candidateUnder(Classification c, String code) {
    ControlCode under = ControlCode.parse(code);
    return c.candidates().stream().filter(k -> under.isPrefixOf(k.code())).findFirst()
        .orElseThrow(() -> new AssertionError("no candidate under " + code + ": " + c.candidates()));
  }

  @Test
  void anAmplifierMeetsItsPowerThresholdAndFailsItsBandOnTheValuesItsTextNames() {
    Evidence e = candidateUnder(CLASSIFIER.classify(Product.of(AMPLIFIER)), "3A001.b.2").evidence();
    CriterionResult power = e.met().stream()
        .filter(r -> r.parameter().map(p -> p.name().equals("peak saturated output power")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(e.criteria().toString()));
    Fact watts = power.fact().orElseThrow();
    assertEquals(Quantity.parse("60 W"), watts.value());
    assertEquals(FactOrigin.NAMED_IN_TEXT, watts.origin());
    assertTrue(AMPLIFIER.substring(watts.start(), watts.end()).contains("60 W"));
    CriterionResult band = e.failed().stream()
        .filter(r -> r.parameter().map(p -> p.name().equals("operating frequency")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(e.criteria().toString()));
    QuantityRange named = (QuantityRange) band.fact().orElseThrow().value();
    assertEquals(Quantity.parse("3.3 GHz"), named.low());
    assertEquals(Quantity.parse("3.6 GHz"), named.high());
    assertTrue(e.criteriaMet().contains(power.explanation()), e.criteriaMet().toString());
    assertTrue(e.criteriaFailed().contains(band.explanation()), e.criteriaFailed().toString());
    assertEquals(e.failed().stream().map(CriterionResult::explanation).toList(), e.criteriaFailed());
  }

  @Test
  void aConsumerLaptopIsReleasedFromTheEncryptionEntryByTheCryptographyNoteOnItsWord() {
    Candidate laptop = candidateUnder(CLASSIFIER.classify(Product.of("Consumer laptop with AES-256 full disk encryption")),
        "5A002");
    List<NoteCheck> released = laptop.evidence().notesChecked().stream()
        .filter(n -> n.action() == NoteAction.RELEASED).toList();
    assertEquals(1, released.size(), laptop.evidence().notesChecked().toString());
    NoteCheck note = released.get(0);
    assertEquals(Optional.empty(), note.holder(), "a general note stands before the categories");
    assertTrue(note.label().contains("Cryptography Note"), note.label());
    assertEquals(List.of("Consumer"), note.decidedBy());
    assertEquals(List.of(laptop.code()), note.codes());
    assertTrue(laptop.evidence().notes().contains("released: " + note.line()), laptop.evidence().notes().toString());
  }

  @Test
  void theSubjectTheTextNamesIsTheCandidates() {
    Candidate camera = candidateUnder(CLASSIFIER.classify(Product.of("Handheld thermal camera, 640 x 512, NETD 40 mK")),
        "6A003");
    assertTrue(camera.evidence().subjects().stream()
        .anyMatch(s -> !s.denied() && s.words().equalsIgnoreCase("thermal camera")
            && s.codes().stream().anyMatch(c -> c.isPrefixOf(camera.code()) || camera.code().isPrefixOf(c))),
        camera.evidence().subjects().toString());
  }
}

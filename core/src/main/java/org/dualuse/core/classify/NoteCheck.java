package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.NoteKind;

/**
 * One note of the list checked for a candidate, as data: which note, what it did, and what decided
 * it. The note lines of an {@link Evidence} say the same in words; this is for programs ("which note
 * released it?", "which condition of the note failed, on what value?"). Immutable.
 *
 * <p>Made where the note is decided, from the objects found there (the {@link DecontrolOutcome} of a
 * parametric note and its {@link CriterionResult}s are shared, never evaluated again).
 *
 * @param holder the code the note is printed under; empty for a general note of the list (the
 *     Cryptography Note, the General Software Note, the General Technology Note), which stands
 *     before the categories
 * @param kind {@link NoteKind#NOTE}, {@link NoteKind#TECHNICAL_NOTE} or {@link NoteKind#NB} as the
 *     annex prints it; empty for a general note and for a cyber-surveillance release clause, which
 *     are not notes printed under a node
 * @param label the label as printed ("Note 3", "N.B.", "Note"), a general note's title
 *     ("Cryptography Note"), or a description of the clause; never null
 * @param action what the note did to the candidate
 * @param codes for {@link NoteAction#REDIRECTED} the codes it sends the product to; otherwise the
 *     codes it releases (its holder when it names none); may be empty when the reader does not know them
 * @param decidedBy what decided it, in words: the words of the product text the note's words
 *     matched (as the text writes them), the cue phrase of a general note, or for a note whose
 *     conditions must all hold each condition with whether the text shows it; empty when only facts
 *     decided it (they are in {@code conditions})
 * @param conditions for a note with typed conditions, the outcome of each of its thresholds, ranges
 *     and features against the product's facts (each with the fact that decided it); empty otherwise
 * @param line the note in words; a note that released, redirected or was shown in part has this line
 *     among the evidence's {@link Evidence#notes() notes} too, after a prefix ({@code "released: "},
 *     {@code "not released: "}, {@code "N.B. redirect from 5A001: "})
 * @param alternatives for a note decided by its words that did not apply ({@link
 *     Evidence#notesNotApplied()}), each alternative with the words looked for and those missing;
 *     empty otherwise
 */
public record NoteCheck(Optional<ControlCode> holder, Optional<NoteKind> kind, String label, NoteAction action,
    List<ControlCode> codes, List<String> decidedBy, List<CriterionResult> conditions, String line,
    List<NoteAlternative> alternatives) {

  /** A note checked without its alternatives' words. */
  public NoteCheck(Optional<ControlCode> holder, Optional<NoteKind> kind, String label, NoteAction action,
      List<ControlCode> codes, List<String> decidedBy, List<CriterionResult> conditions, String line) {
    this(holder, kind, label, action, codes, decidedBy, conditions, line, List.of());
  }

  public NoteCheck {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    decidedBy = List.copyOf(Objects.requireNonNull(decidedBy, "decidedBy"));
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    Objects.requireNonNull(line, "line");
    alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
  }

  /**
   * A note printed under a node of the list, decided by the words of the text.
   *
   * @param holder the code it is printed under
   * @param kind its kind
   * @param label its label as printed
   */
  public static NoteCheck ofWords(ControlCode holder, NoteKind kind, String label, NoteAction action,
      List<ControlCode> codes, List<String> decidedBy, String line) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kind, "kind");
    return new NoteCheck(Optional.of(holder), Optional.of(kind), label, action, codes, decidedBy, List.of(), line);
  }

  /**
   * A note printed under a node of the list, decided by its words, that did not apply: {@link
   * NoteAction#NOT_RELEASED}, with the words of each alternative looked for and missing.
   *
   * @param decidedBy the words of the product text its words matched, as the text writes them
   */
  public static NoteCheck notApplied(ControlCode holder, NoteKind kind, String label, List<ControlCode> codes,
      List<String> decidedBy, List<NoteAlternative> alternatives, String line) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kind, "kind");
    return new NoteCheck(Optional.of(holder), Optional.of(kind), label, NoteAction.NOT_RELEASED, codes, decidedBy,
        List.of(), line, alternatives);
  }

  /**
   * A parametric decontrol note as the facts decided it, with its conditions' results.
   *
   * @param outcome the note's outcome against the facts
   * @param action what it did: {@link NoteAction#RELEASED} only when the classifier took the release
   *     (a release met on guessed values only is {@link NoteAction#UNDECIDED})
   */
  public static NoteCheck of(DecontrolOutcome outcome, NoteAction action) {
    Objects.requireNonNull(outcome, "outcome");
    return new NoteCheck(Optional.of(outcome.host()), Optional.of(outcome.kind()), outcome.label(), action,
        outcome.releases(), List.of(), outcome.results(), outcome.describe());
  }

  /**
   * What the facts alone make of a parametric decontrol note: {@link NoteAction#RELEASED} when they
   * meet its condition, {@link NoteAction#NOT_RELEASED} when they fail it, {@link
   * NoteAction#UNDECIDED} when a fact is missing.
   */
  public static NoteAction actionOf(DecontrolOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return outcome.released() == Truth.MATCH ? NoteAction.RELEASED
        : outcome.released() == Truth.NO_MATCH ? NoteAction.NOT_RELEASED : NoteAction.UNDECIDED;
  }
}

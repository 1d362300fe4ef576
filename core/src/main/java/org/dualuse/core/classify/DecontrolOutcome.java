package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.ReleaseClause;

/**
 * A parametric decontrol note checked against a product.
 *
 * @param host the code the note is printed under
 * @param label the note's label ("Note 3")
 * @param text the note's text
 * @param releases the codes it releases
 * @param exclusion the release condition read from it
 * @param released MATCH when the product meets the release condition (the note applies), NO_MATCH
 *     when it does not, UNKNOWN when a fact is missing; features of the condition count only when
 *     the text shows them
 * @param results the outcome of each threshold, range and feature of the condition
 * @param kind the note's kind as the annex prints it
 * @param allOf true when the note states a list of conditions that must all hold ("all of the
 *     following", {@link ReleaseClause#statesAllOf}): its typed conditions are only part of them, and
 *     the note is judged whole, words and facts, by the note reader; read once from the note's text
 *     when the plan was built, so that no caller reads the text again
 */
public record DecontrolOutcome(ControlCode host, String label, String text, List<ControlCode> releases,
    Criterion exclusion, Truth released, List<CriterionResult> results, NoteKind kind, boolean allOf) {

  /** An outcome of a note of kind {@link NoteKind#NOTE}, the kind decontrol notes have; all-of as its text states. */
  public DecontrolOutcome(ControlCode host, String label, String text, List<ControlCode> releases,
      Criterion exclusion, Truth released, List<CriterionResult> results) {
    this(host, label, text, releases, exclusion, released, results, NoteKind.NOTE);
  }

  /** An outcome whose all-of fact is read from the note's text ({@link ReleaseClause#statesAllOf}). */
  public DecontrolOutcome(ControlCode host, String label, String text, List<ControlCode> releases,
      Criterion exclusion, Truth released, List<CriterionResult> results, NoteKind kind) {
    this(host, label, text, releases, exclusion, released, results, kind,
        text != null && ReleaseClause.statesAllOf(text));
  }

  public DecontrolOutcome {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(exclusion, "exclusion");
    Objects.requireNonNull(released, "released");
    label = label == null ? "" : label;
    text = text == null ? "" : text;
    releases = releases == null ? List.of() : List.copyOf(releases);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** One line: {@code 6A003.b.4 Note 3 releases 6A003.b.4.b: frame rate <= 9 Hz: 9 Hz meets it}. */
  public String describe() {
    String verdict = released == Truth.MATCH ? " releases " : released == Truth.NO_MATCH ? " does not release " : " may release ";
    StringBuilder b = new StringBuilder(host + " " + label + verdict + releases);
    for (CriterionResult r : results) {
      if (r.isParametric() && r.truth() != Truth.UNKNOWN) {
        b.append("; ").append(r.explanation());
      }
    }
    return b.toString();
  }
}

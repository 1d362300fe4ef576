package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.internal.DeferredList;

/**
 * What a product's parameters say about one node: its truth under its effective criteria (its own,
 * its ancestors', its children's as its logic combines them, and the parametric decontrol notes that
 * release it), with every threshold, range and feature met, failed or unknown.
 *
 * @param code the node
 * @param truth MATCH, NO_MATCH or UNKNOWN
 * @param results outcome of each leaf of the effective criteria, ancestors first (features counted
 *     as the kind of item are left out); decontrol notes are in {@code decontrols}
 * @param decontrols the parametric decontrol notes that bear on the node
 * @param classifiable false for a child of an "all of the following" node, which is never a
 *     classification on its own
 * @param missingParameters the smallest set of parameter names whose values would decide an UNKNOWN
 *     node; empty otherwise (found on first access, once)
 */
public record NodeEvaluation(ControlCode code, Truth truth, List<CriterionResult> results,
    List<DecontrolOutcome> decontrols, boolean classifiable, List<String> missingParameters) {
  public NodeEvaluation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(truth, "truth");
    results = results == null ? List.of() : List.copyOf(results);
    decontrols = decontrols == null ? List.of() : List.copyOf(decontrols);
    // a deferred list is already unmodifiable; copying it would compute it now
    missingParameters = missingParameters == null ? List.of()
        : missingParameters instanceof DeferredList<String> ? missingParameters : List.copyOf(missingParameters);
  }

  public List<CriterionResult> met() {
    return results.stream().filter(r -> r.truth() == Truth.MATCH).toList();
  }

  public List<CriterionResult> failed() {
    return results.stream().filter(r -> r.truth() == Truth.NO_MATCH).toList();
  }

  public List<CriterionResult> unknown() {
    return results.stream().filter(r -> r.truth() == Truth.UNKNOWN).toList();
  }

  /** The criteria met, in words. */
  public List<String> criteriaMet() {
    return met().stream().map(CriterionResult::explanation).toList();
  }

  /** The criteria failed, in words with the value that failed. */
  public List<String> criteriaFailed() {
    return failed().stream().map(CriterionResult::explanation).toList();
  }

  /** The criteria no fact speaks to, in words. */
  public List<String> criteriaUnknown() {
    return unknown().stream().map(CriterionResult::explanation).toList();
  }

  /** Whether a decontrol note releases the product from this node. */
  public boolean released() {
    return decontrols.stream().anyMatch(d -> d.released() == Truth.MATCH);
  }

  /**
   * The evidence for a {@link Candidate}: the criteria results (in words, met, failed and unknown) and
   * the decontrol notes, each as the facts alone decide it ({@link NoteCheck#actionOf}).
   */
  public Evidence evidence() {
    List<NoteCheck> checked = decontrols.stream().map(d -> NoteCheck.of(d, NoteCheck.actionOf(d))).toList();
    // a note's line is its outcome described: the remark names the codes it releases
    List<Remark> notes = checked.stream().map(c -> Remark.of("", c)).toList();
    String summary = code + " parameters: " + truth
        + (released() ? " (released by a decontrol note)" : "")
        + (missingParameters.isEmpty() ? "" : "; would be decided by " + String.join(", ", missingParameters));
    return Evidence.of(List.of(), results, notes, checked, List.of(), summary);
  }
}

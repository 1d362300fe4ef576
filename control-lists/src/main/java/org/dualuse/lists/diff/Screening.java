package org.dualuse.lists.diff;

import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.code.ControlCode;

/**
 * What a screening said of one product, as far as a list update can change it: the decision and the
 * code it rests on. This is what an ERP keeps of a classification, so that it can be checked again on
 * a later list.
 *
 * @param decision the decision
 * @param code the code a LISTED or NEEDS_FACTS decision rests on; empty for NOT_LISTED (and for a
 *     classification without candidates)
 * @param listId the list screened against
 * @throws DualUseException when a code is given for NOT_LISTED
 */
public record Screening(Decision decision, Optional<ControlCode> code, String listId) {
  public Screening {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(listId, "listId");
    if (decision == Decision.NOT_LISTED && code.isPresent()) {
      throw new DualUseException("a NOT_LISTED screening rests on no code, was given " + code.get());
    }
  }

  /** What a classification says: its decision, and its first candidate unless the decision is NOT_LISTED. */
  public static Screening of(Classification classification) {
    Objects.requireNonNull(classification, "classification");
    Optional<ControlCode> code = classification.decision() == Decision.NOT_LISTED || classification.candidates().isEmpty()
        ? Optional.empty() : Optional.of(classification.candidates().get(0).code());
    return new Screening(classification.decision(), code, classification.listId());
  }

  /** True when the other screening has the same decision and the same code (the lists may differ). */
  public boolean sameOutcomeAs(Screening other) {
    Objects.requireNonNull(other, "other");
    return decision == other.decision && code.equals(other.code);
  }

  /** {@code LISTED 3A001.b.2}, {@code NOT_LISTED}. */
  @Override
  public String toString() {
    return decision + code.map(c -> " " + c).orElse("");
  }
}

package org.dualuse.lists.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.DualUseException;

/**
 * A product whose screening changed from one list version to the next, with the changes of the
 * list that concern it.
 *
 * @param before the screening on the older list
 * @param after the screening on the newer list
 * @param causes the list's changes at the codes of either screening, at their ancestors or below
 *     them, nearest first (see {@link Rescreening}); empty when none touches them, that is when the
 *     outcome moved with the rest of the list
 * @throws DualUseException when the two screenings have the same outcome
 */
public record ScreeningChange(Screening before, Screening after, List<ListChange> causes) {
  public ScreeningChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(causes, "causes");
    if (before.sameOutcomeAs(after)) {
      throw new DualUseException("no change: both screenings say " + before);
    }
    causes = List.copyOf(causes);
  }

  /** The kinds of the causes, in {@link ChangeKind} order; empty when there are none. */
  public Set<ChangeKind> causeKinds() {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    causes.forEach(c -> kinds.add(c.kind()));
    return kinds;
  }

  /** The nearest cause (at the code itself, else at the nearest ancestor, else below); empty when none. */
  public Optional<ListChange> nearestCause() {
    return causes.isEmpty() ? Optional.empty() : Optional.of(causes.get(0));
  }

  /** {@code LISTED 3A001.b.2 -> NOT_LISTED}. */
  public String transition() {
    return before + " -> " + after;
  }
}

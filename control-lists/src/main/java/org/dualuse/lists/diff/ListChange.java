package org.dualuse.lists.diff;

import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * One difference between two versions of a list.
 *
 * @param kind what changed
 * @param code the node's code: in the newer version for {@link ChangeKind#ADDED}, in the older one
 *     otherwise (for {@link ChangeKind#MOVED}, where it stood before)
 * @param movedTo for {@link ChangeKind#MOVED}, the code it stands under now; empty otherwise
 * @param before the older wording (text, notes or thresholds, as the kind says); empty when added
 * @param after the newer wording; empty when removed
 */
public record ListChange(ChangeKind kind, ControlCode code, Optional<ControlCode> movedTo, String before, String after) {
  public ListChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    movedTo = movedTo == null ? Optional.empty() : movedTo;
    if ((kind == ChangeKind.MOVED) != movedTo.isPresent()) {
      throw new DualUseException("a move, and only a move, names the code moved to (" + kind + " " + code + ")");
    }
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }

  /** True when the change concerns a whole entry ({@code 3A501}), not an item below one. */
  public boolean isEntry() {
    return code.isEntry() && movedTo.map(ControlCode::isEntry).orElse(true);
  }
}

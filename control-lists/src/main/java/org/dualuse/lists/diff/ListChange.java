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
 *     otherwise (for the kinds that {@linkplain ChangeKind#namesTarget() name a target}, where it
 *     stood before)
 * @param movedTo for {@link ChangeKind#MOVED} the code the item stands under now, for
 *     {@link ChangeKind#NOTE_MOVED} the node that carries the note now, for
 *     {@link ChangeKind#BECAME_TABLE_ROW} the parent whose table holds the row; empty otherwise
 * @param before the older wording (text, notes or thresholds, as the kind says); empty when added
 * @param after the newer wording; empty when removed
 * @param remark how the change was judged when that is not the kind's usual way (a threshold change
 *     found in the quantities the texts state because the criteria are untyped); empty otherwise
 */
public record ListChange(ChangeKind kind, ControlCode code, Optional<ControlCode> movedTo, String before, String after,
    String remark) {
  public ListChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    movedTo = movedTo == null ? Optional.empty() : movedTo;
    if (kind.namesTarget() != movedTo.isPresent()) {
      throw new DualUseException(
          "a move, and only a move, names where it went (" + kind + " " + code + ")");
    }
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    remark = remark == null ? "" : remark;
  }

  /** A change without a remark. */
  public ListChange(ChangeKind kind, ControlCode code, Optional<ControlCode> movedTo, String before, String after) {
    this(kind, code, movedTo, before, after, "");
  }

  /** True when the change concerns a whole entry ({@code 3A501}), not an item below one. */
  public boolean isEntry() {
    return code.isEntry() && (kind != ChangeKind.MOVED || movedTo.map(ControlCode::isEntry).orElse(true));
  }
}

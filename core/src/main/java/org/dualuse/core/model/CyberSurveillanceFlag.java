package org.dualuse.core.model;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * A cyber-surveillance flag with its scope and its reason: on a node of the list (what the annex
 * text makes of it) or on a classification (what the product's text makes of the node it rests on).
 *
 * @param scope how the node or product stands to the cyber-surveillance items
 * @param items the cyber-surveillance headings the flag speaks of: the heading an item lies under,
 *     the items a software or technology node covers, the items a note takes out; empty when none
 * @param reason one or two sentences on why, naming the words of the annex or product it rests on;
 *     empty only for {@link #NONE}
 */
public record CyberSurveillanceFlag(CyberSurveillanceScope scope, List<ControlCode> items, String reason) {

  /** No flag and nothing to say. */
  public static final CyberSurveillanceFlag NONE =
      new CyberSurveillanceFlag(CyberSurveillanceScope.NONE, List.of(), "");

  /**
   * @throws NullPointerException when scope or reason is null
   * @throws DualUseException when a scope other than NONE comes without a reason
   */
  public CyberSurveillanceFlag {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(reason, "reason");
    items = items == null ? List.of() : List.copyOf(items);
    if (scope != CyberSurveillanceScope.NONE && reason.isBlank()) {
      throw new DualUseException("a " + scope + " flag needs its reason");
    }
  }

  /** A flag of this scope, for these items, for this reason. */
  public static CyberSurveillanceFlag of(CyberSurveillanceScope scope, List<ControlCode> items, String reason) {
    return new CyberSurveillanceFlag(scope, items, reason);
  }

  /** The yes/no reading: {@link CyberSurveillanceScope#flagged()}. */
  public boolean isCyberSurveillance() {
    return scope.flagged();
  }
}

package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * A sign that an item not in the list may still be a cyber-surveillance item under Article 5 of
 * Regulation (EU) 2021/821. A due-diligence signal for a human, never a classification.
 *
 * @param indicator short name, e.g. {@code covert location tracking}
 * @param triggers the words of the product text that raised it
 * @param reason one line on why it matters
 */
public record Article5Indicator(String indicator, List<String> triggers, String reason) {
  public Article5Indicator {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(reason, "reason");
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
  }
}

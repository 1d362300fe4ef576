package org.dualuse.core.criteria;

import java.util.Objects;

/**
 * Three-valued result of evaluating a criterion: the facts satisfy it, contradict it, or do not
 * say (a missing fact, which becomes a question). Kleene logic for the combinations.
 */
public enum Truth {
  MATCH,
  NO_MATCH,
  UNKNOWN;

  public Truth and(Truth other) {
    Objects.requireNonNull(other, "other");
    if (this == NO_MATCH || other == NO_MATCH) return NO_MATCH;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return MATCH;
  }

  public Truth or(Truth other) {
    Objects.requireNonNull(other, "other");
    if (this == MATCH || other == MATCH) return MATCH;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return NO_MATCH;
  }

  public Truth not() {
    return switch (this) {
      case MATCH -> NO_MATCH;
      case NO_MATCH -> MATCH;
      case UNKNOWN -> UNKNOWN;
    };
  }
}

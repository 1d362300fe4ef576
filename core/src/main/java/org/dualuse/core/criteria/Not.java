package org.dualuse.core.criteria;

/** The criterion must not hold; decontrol notes become {@code Not} of their release condition. */
public record Not(Criterion criterion) implements Criterion {
  public Not {
    if (criterion == null) {
      throw new IllegalArgumentException("Not needs a criterion");
    }
  }

  @Override
  public String describe() {
    return "NOT " + criterion.describe();
  }
}

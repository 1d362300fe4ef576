package org.dualuse.core.criteria;

import java.util.Objects;

/** The criterion must not hold; decontrol notes become {@code Not} of their release condition. */
public record Not(Criterion criterion) implements Criterion {
  public Not {
    Objects.requireNonNull(criterion, "criterion");
  }

  @Override
  public String describe() {
    return "NOT " + criterion.describe();
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dualuse.core.DualUseException;

/** At least one of the criteria must hold ("having any of the following"). */
public record AnyOf(List<Criterion> criteria) implements Criterion {
  public AnyOf {
    Objects.requireNonNull(criteria, "criteria");
    if (criteria.isEmpty()) {
      throw new DualUseException("AnyOf needs at least one criterion, was " + criteria);
    }
    criteria = List.copyOf(criteria);
  }

  @Override
  public String describe() {
    return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" OR ", "(", ")"));
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.stream.Collectors;

/** At least one of the criteria must hold ("having any of the following"). */
public record AnyOf(List<Criterion> criteria) implements Criterion {
  public AnyOf {
    if (criteria == null || criteria.isEmpty()) {
      throw new IllegalArgumentException("AnyOf needs at least one criterion");
    }
    criteria = List.copyOf(criteria);
  }

  @Override
  public String describe() {
    return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" OR ", "(", ")"));
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.stream.Collectors;

/** Every one of the criteria must hold ("having all of the following"). */
public record AllOf(List<Criterion> criteria) implements Criterion {
  public AllOf {
    if (criteria == null || criteria.isEmpty()) {
      throw new IllegalArgumentException("AllOf needs at least one criterion");
    }
    criteria = List.copyOf(criteria);
  }

  @Override
  public String describe() {
    return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" AND ", "(", ")"));
  }
}

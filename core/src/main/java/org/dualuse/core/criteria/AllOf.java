package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dualuse.core.DualUseException;

/** Every one of the criteria must hold ("having all of the following"). */
public record AllOf(List<Criterion> criteria) implements Criterion {
  public AllOf {
    Objects.requireNonNull(criteria, "criteria");
    if (criteria.isEmpty()) {
      throw new DualUseException("AllOf needs at least one criterion, was " + criteria);
    }
    criteria = List.copyOf(criteria);
  }

  @Override
  public String describe() {
    return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" AND ", "(", ")"));
  }
}

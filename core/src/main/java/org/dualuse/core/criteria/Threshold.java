package org.dualuse.core.criteria;

import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Quantity;

/**
 * One parameter compared with one bound: {@code output power >= 75 W}.
 *
 * @param parameter what is measured
 * @param comparison strict or inclusive, upper or lower
 * @param bound the value as the annex writes it; its dimension must be the parameter's
 * @param source the words of the provision this was read from, for the evidence
 */
public record Threshold(Parameter parameter, Comparison comparison, Quantity bound, String source)
    implements Criterion {
  public Threshold {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(bound, "bound");
    if (bound.unit().dimension() != parameter.dimension()) {
      throw new DualUseException(
          "bound " + bound + " has dimension " + bound.unit().dimension()
              + " but parameter '" + parameter.name() + "' needs " + parameter.dimension());
    }
    source = source == null ? "" : source;
  }

  @Override
  public String describe() {
    return parameter.name() + " " + comparison.symbol() + " " + bound;
  }
}

package org.dualuse.core.criteria;

import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.QuantityRange;

/**
 * A parameter inside (or, with {@code outside}, outside) a range: "in the range 8 µm to 14 µm",
 * "exceeding 30 MHz up to and including 87,5 MHz", "outside the range from 20 kHz to 60 kHz".
 *
 * <p>A product's value that is itself a range (a frequency band, a temperature rating) meets an
 * ordinary range when the two overlap; with {@code entire} ("over the entire ambient temperature
 * range from 218 K to 398 K") it must cover the whole range.
 *
 * @param parameter what is measured
 * @param range the bounds, each strict or inclusive
 * @param outside true when the value must lie outside the range
 * @param source the words of the provision this was read from
 * @param entire true when a product's range must cover the whole range, not merely overlap it
 */
public record Range(Parameter parameter, QuantityRange range, boolean outside, String source, boolean entire)
    implements Criterion {
  public Range {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(range, "range");
    if (range.dimension() != parameter.dimension()) {
      throw new DualUseException(
          "range " + range + " has dimension " + range.dimension()
              + " but parameter '" + parameter.name() + "' needs " + parameter.dimension());
    }
    if (outside && entire) {
      throw new DualUseException("a range cannot be both outside and entire: " + range);
    }
    source = source == null ? "" : source;
  }

  /** An ordinary range (overlap suffices). */
  public Range(Parameter parameter, QuantityRange range, boolean outside, String source) {
    this(parameter, range, outside, source, false);
  }

  @Override
  public String describe() {
    return parameter.name() + (outside ? " outside " : entire ? " covering all of " : " in ") + range;
  }
}

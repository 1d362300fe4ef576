package org.dualuse.core.criteria;

import org.dualuse.core.quantity.QuantityRange;

/**
 * A parameter inside (or, with {@code outside}, outside) a range: "in the range 8 µm to 14 µm",
 * "exceeding 30 MHz up to and including 87,5 MHz", "outside the range from 20 kHz to 60 kHz".
 *
 * @param parameter what is measured
 * @param range the bounds, each strict or inclusive
 * @param outside true when the value must lie outside the range
 * @param source the words of the provision this was read from
 */
public record Range(Parameter parameter, QuantityRange range, boolean outside, String source)
    implements Criterion {
  public Range {
    if (parameter == null || range == null) {
      throw new IllegalArgumentException("parameter and range are required");
    }
    source = source == null ? "" : source;
  }

  @Override
  public String describe() {
    return parameter.name() + (outside ? " outside " : " in ") + range;
  }
}

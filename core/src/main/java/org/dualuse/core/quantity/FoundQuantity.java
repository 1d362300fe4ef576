package org.dualuse.core.quantity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;

/**
 * A quantity or range that {@link QuantityFinder} found in a text, with where it was.
 *
 * @param measurement the value as read: a {@link Quantity} or a {@link QuantityRange}
 * @param start index of the first character of the match in the searched text
 * @param end index after the last character of the match
 * @param text the matched characters, {@code searched.substring(start, end)}
 * @param alternatives equivalents the text gave in brackets right after, as in {@code 75 W (48,75
 *     dBm)}: counted once, in {@code measurement}, and kept here for the evidence
 */
public record FoundQuantity(Measurement measurement, int start, int end, String text, List<Measurement> alternatives) {

  public FoundQuantity {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(alternatives, "alternatives");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new DualUseException(
          "offsets " + start + ".." + end + " do not fit the matched text '" + text + "'");
    }
    alternatives = List.copyOf(alternatives);
  }

  /** The dimension of what was found. */
  public Dimension dimension() {
    return measurement.dimension();
  }

  /** Whether a range was found rather than a single value. */
  public boolean isRange() {
    return measurement instanceof QuantityRange;
  }

  /** The single quantity found, or empty if a range was found. */
  public Optional<Quantity> quantity() {
    return measurement instanceof Quantity q ? Optional.of(q) : Optional.empty();
  }

  /** The range found, or empty if a single quantity was found. */
  public Optional<QuantityRange> range() {
    return measurement instanceof QuantityRange r ? Optional.of(r) : Optional.empty();
  }
}

package org.dualuse.core.quantity;

/** What a text can state about one parameter: a single {@link Quantity} or a {@link QuantityRange}. */
public sealed interface Measurement permits Quantity, QuantityRange {

  /** The dimension of the value or of both bounds. */
  Dimension dimension();
}

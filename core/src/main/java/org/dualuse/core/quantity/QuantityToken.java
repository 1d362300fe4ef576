package org.dualuse.core.quantity;

/**
 * One quantity read from text before ranges are formed: its span, its value, its unit (null for a
 * bare number, kept because it may take the unit of the next one in a range such as "8-14 µm"),
 * and the equivalent written in brackets after it, if any.
 */
record QuantityToken(int start, int end, double value, Unit unit, Quantity alternative) {
  Quantity quantity() {
    return new Quantity(value, unit);
  }
}

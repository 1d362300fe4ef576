/**
 * Quantities and units: the numbers of the list and of product data sheets.
 *
 * <p>A {@link org.dualuse.core.quantity.Quantity} is a value with a {@link org.dualuse.core.quantity.Unit};
 * each unit carries its {@link org.dualuse.core.quantity.Dimension} at run time and its conversion to SI,
 * so that "47.8 dBm" and "60 W", or "-55 °C" and "218 K", compare as equal. The finder pulls every
 * quantity out of a sentence, including decimal commas, flattened powers of ten and ranges.
 */
package org.dualuse.core.quantity;

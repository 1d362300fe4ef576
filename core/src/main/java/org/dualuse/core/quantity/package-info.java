/**
 * Quantities and units: the numbers of the list and of product data sheets.
 *
 * <p>A {@link org.dualuse.core.quantity.Quantity} is a value with a {@link org.dualuse.core.quantity.Unit};
 * each unit carries its {@link org.dualuse.core.quantity.Dimension} at run time and its conversion to SI,
 * so that "47.8 dBm" and "60.26 W", or "-55 °C" and "218.15 K", compare as equivalent. Dimensions are
 * values rather than type parameters because quantities arrive as text, and text has no types.
 *
 * <p>{@link org.dualuse.core.quantity.Units} is the registry of units and their spellings ("GHz",
 * "gigahertz", "Gy (Si)", "μm"/"µm"/"um"), with the common units as constants; the other units are
 * constants of {@link org.dualuse.core.quantity.TechnicalUnits} and
 * {@link org.dualuse.core.quantity.AnnexUnits}; {@link org.dualuse.core.quantity.Quantity#parse} reads one
 * quantity written {@code <number> <unit>} and is the inverse of {@code toString()}. {@link
 * org.dualuse.core.quantity.Quantity#equals} is strict (same value, same unit);
 * {@link org.dualuse.core.quantity.Quantity#isEquivalentTo} and {@code compareSi} compare across units.
 * A {@link org.dualuse.core.quantity.QuantityRange} records whether each bound is inclusive.
 *
 * <p>{@link org.dualuse.core.quantity.QuantityFinder} pulls every quantity out of running text, with the
 * annex's habits: decimal commas ({@code 1,5 MHz}), flattened powers of ten ({@code 5 × 103 Gy} is
 * 5 × 10^3 Gy), equivalents in brackets counted once ({@code 75 W (48,75 dBm)}), ranges
 * ({@code 2,9 - 3,5 GHz}, {@code from 218 K (-55 °C) to 398 K (125 °C)}), and context for the two
 * symbols with two meanings: {@code g} (gram or gravity) and {@code rad} (radian or dose).
 *
 * <p>Malformed input to a parse method raises {@link org.dualuse.core.quantity.QuantityFormatException}
 * with the input and the failing index; a conversion without an answer raises
 * {@link org.dualuse.core.quantity.UnitConversionException}. Everything here is immutable and
 * thread-safe.
 */
package org.dualuse.core.quantity;

package org.dualuse.core.quantity;

import static org.dualuse.core.quantity.NumberReader.isDigit;
import static org.dualuse.core.quantity.NumberReader.readNumber;
import static org.dualuse.core.quantity.PowerOfTen.flattenedNegativePower;
import static org.dualuse.core.quantity.RangeJoiner.combine;
import static org.dualuse.core.quantity.UnitContext.inContext;
import static org.dualuse.core.quantity.UnitContext.isPixelFormat;
import static org.dualuse.core.quantity.UnitContext.isProductGroup;
import static org.dualuse.core.quantity.UnitContext.isTowSize;
import static org.dualuse.core.quantity.UnitContext.machBefore;
import static org.dualuse.core.quantity.UnitContext.unitNamedBefore;
import static org.dualuse.core.quantity.UnitReader.readUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pulls every quantity and range with a unit out of running text: the annex's provisions and
 * product data sheets.
 *
 * <p><b>Numbers.</b> An optional sign ({@code +}, {@code -}, unicode minus) when it follows a space
 * or an opening bracket; a sign that completes a plus-minus ({@code +/-50 g}, {@code -/+2 V})
 * is dropped, since a tolerance is a symmetric magnitude (50 g), never a negative value; a decimal point or a decimal comma ({@code 2.7}, {@code 1,5}); thousands
 * grouped by a space, no-break or thin space ({@code 1 000}) or, in English style, by commas when
 * there are two groups or a decimal point follows ({@code 1,000,000}, {@code 1,000.5}); a single
 * group after one separator ({@code 1,000}, {@code 1.400}) is read by the finder's {@link NumberStyle}:
 * in the annex's style ({@link #standard()}) a decimal comma or point, 1.0, in an English text
 * ({@link #forLanguage forLanguage("en")}) a thousands comma, 1000, in a German, French or Italian one
 * a thousands point, 1400; exponents {@code 5E3},
 * {@code 1e-6}; powers of ten after ×, x or * as {@code 5 × 10^3}, {@code 5 × 10³} and the annex's
 * flattened {@code 5 × 103} (= 5 × 10^3) and {@code 1 × 10-6}: after "× 10" the remaining one or two
 * digits (not starting with 0) are the exponent, provided the mantissa lies between 0 and 100 — so {@code 640 × 512} and
 * {@code 1280 × 1024} stay apart. A number glued to letters ({@code 3A001}) is not a number (but one glued to a
 * diameter sign is: {@code Ø50 mm}), nor is a digit glued to
 * "A" ({@code Category 8A}, not eight amperes).
 *
 * <p><b>Units.</b> The longest spelling {@link Units} knows, right after the number or after spaces
 * or a hyphen ({@code 12-bit}). Numbers without a unit are dropped. Context rules: {@code g},
 * {@code mg}, {@code µg} are grams unless the sentence before speaks of shock, acceleration,
 * deceleration, accelerometers (Beschleunigung, accéléromètre, accelerometro), vibration, impact or g-force, or "peak", "pk" or "rms" follows ({@code 50 g peak},
 * {@code 10 g rms}); then they are standard gravity. {@code rad} is the radian unless the sentence
 * speaks of dose, radiation, irradiation, gamma, neutrons or silicon; then it is the dose unit rad.
 * A whole number glued to "K" in a text about fibres ("carbon fibre 24K") is a tow size, not kelvin.
 * A number right after "Mach" is a Mach number ({@code Mach 1,2}), the finding starting at "Mach".
 * A number without a unit right after the name 'Total Processing Performance' or 'TPP' (with only
 * quotes, brackets, "of", ":" or comparator words between) is that many TPP, the annex's pure number.
 *
 * <p><b>Ranges.</b> Two numbers joined by a hyphen or dash, "to", "bis", or "between ... and" form a
 * closed range when the second has a unit; a first number without a unit takes the second's
 * ({@code 8-14 µm}, {@code 2,9 - 3,5 GHz}, {@code 1,5 MHz to 87,5 MHz}). A leading "from" or
 * "between" is part of the match.
 *
 * <p><b>Equivalents.</b> A value followed by the same dimension in brackets ({@code 75 W (48,75 dBm)},
 * {@code 218 K (-55 °C)}) is one finding: the first value, with the bracketed one as an
 * alternative.
 *
 * <p>Never throws on any string: text it cannot read yields no finding. Immutable and thread-safe.
 */
public final class QuantityFinder {

  private static final QuantityFinder STANDARD = new QuantityFinder(NumberStyle.ANNEX);
  private static final QuantityFinder ENGLISH = new QuantityFinder(NumberStyle.POINT_DECIMAL);
  private static final QuantityFinder CONTINENTAL = new QuantityFinder(NumberStyle.COMMA_DECIMAL);

  private final NumberStyle style;

  /** A finder in the annex's style; all such instances behave alike. */
  public QuantityFinder() {
    this(NumberStyle.ANNEX);
  }

  /**
   * A finder that reads separators in the given style.
   *
   * @throws NullPointerException when {@code style} is null
   */
  public QuantityFinder(NumberStyle style) {
    this.style = Objects.requireNonNull(style, "style");
  }

  /** A shared instance in the annex's style, for the annex and for texts of no known language. */
  public static QuantityFinder standard() {
    return STANDARD;
  }

  /**
   * A shared instance for texts in a language ({@link NumberStyle#ofLanguage}).
   *
   * @param language an ISO 639-1 code, or empty when not known (then the annex's style)
   * @throws NullPointerException when {@code language} is null
   */
  public static QuantityFinder forLanguage(String language) {
    return switch (NumberStyle.ofLanguage(language)) {
      case ANNEX -> STANDARD;
      case POINT_DECIMAL -> ENGLISH;
      case COMMA_DECIMAL -> CONTINENTAL;
    };
  }

  /** The way this finder reads separators. */
  public NumberStyle style() {
    return style;
  }

  /**
   * The quantities and ranges in {@code text}, in order of position; empty when there are none.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<FoundQuantity> find(String text) {
    Objects.requireNonNull(text, "text");
    List<QuantityToken> items = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isDigit(c) && c != '+' && c != '-' && c != '\u2212') {
        i++; // no number starts here (readNumber would say so too)
        continue;
      }
      QuantityToken item = readItem(text, i, items.isEmpty() ? 0 : items.get(items.size() - 1).end(), style);
      if (item == null) {
        i++;
      } else {
        items.add(item);
        i = item.end();
      }
    }
    return combine(text, items);
  }

  // one number with what belongs to it: its unit as meant in context and its bracketed equivalent;
  // nothing before from, where the previous item ends, belongs to it
  private static QuantityToken readItem(String text, int i, int from, NumberStyle style) {
    QuantityToken power = flattenedNegativePower(text, i);
    if (power != null) {
      return power;
    }
    NumberToken number = readNumber(text, i, style);
    if (number == null) {
      return null;
    }
    UnitMatcher.Match unit = readUnit(text, number.end());
    if (unit != null && (isProductGroup(text, number, unit) || isTowSize(text, number, unit)
        || isPixelFormat(text, number, unit))) {
      return null;
    }
    if (unit == null) {
      int mach = machBefore(text, number.start());
      // "10 Mach 1": the "Mach" already read as the unit of the 10 is not the 1's as well
      if (mach >= from) {
        // "speeds of Mach 1,2 or more": the unit written first; the finding starts at it, so that a
        // comparator before it ("exceeding Mach 5") stands right before the finding
        return new QuantityToken(mach, number.end(), number.value(), AnnexUnits.MACH, null);
      }
      Unit named = unitNamedBefore(text, number.start());
      return new QuantityToken(number.start(), number.end(), number.value(), named, null);
    }
    Unit resolved = inContext(text, number.start(), unit);
    int end = unit.end();
    Quantity alternative = null;
    int open = skipSpaces(text, end);
    if (open < text.length() && text.charAt(open) == '(') {
      NumberToken inner = readNumber(text, skipSpaces(text, open + 1), style);
      if (inner != null) {
        UnitMatcher.Match innerUnit = readUnit(text, inner.end());
        if (innerUnit != null) {
          int close = skipSpaces(text, innerUnit.end());
          Unit innerResolved = inContext(text, inner.start(), innerUnit);
          if (close < text.length() && text.charAt(close) == ')' && innerResolved.dimension() == resolved.dimension()) {
            alternative = new Quantity(inner.value(), innerResolved);
            end = close + 1;
          }
        }
      }
    }
    return new QuantityToken(number.start(), end, number.value(), resolved, alternative);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Symbols.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

package org.dualuse.core.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.LoggerFactory;

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
 * deceleration, accelerometers, vibration, impact or g-force, or "peak", "pk" or "rms" follows ({@code 50 g peak},
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

  private static final UnitMatcher MATCHER = new UnitMatcher(Units.spellings());
  private static final QuantityFinder STANDARD = new QuantityFinder(NumberStyle.ANNEX);
  private static final QuantityFinder ENGLISH = new QuantityFinder(NumberStyle.POINT_DECIMAL);
  private static final QuantityFinder CONTINENTAL = new QuantityFinder(NumberStyle.COMMA_DECIMAL);
  private static final int MAX_DIGITS = 30;
  private static final int MAX_EXPONENT_DIGITS = 3;
  private static final int CONTEXT_BEFORE = 80;
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String QUOTES = "\"“”'‘’";

  private static final Map<Unit, Unit> AS_GRAVITY = Map.of(
      Units.GRAM, Units.STANDARD_GRAVITY,
      Units.MILLIGRAM, Units.MILLI_STANDARD_GRAVITY,
      Units.MICROGRAM, Units.MICRO_STANDARD_GRAVITY);
  private static final List<String> ACCELERATION_WORDS =
      List.of("shock", "accelerat", "acceleromet", "decelerat", "vibration", "impact", "g-force", "g-load");
  private static final List<String> ACCELERATION_SUFFIXES =
      List.of("peak", "pk", "rms", "(peak)", "(rms)", "-force");
  private static final int MAX_TOW_THOUSANDS = 100;
  // words of texts about tows of fibre; "fibre" alone is not one (fibre optics meet cryogenics: "77K")
  private static final java.util.regex.Pattern TOW_WORDS = java.util.regex.Pattern.compile(
      "(?<![\\p{L}])(?:tows?|rovings?|filaments?|prepregs?|carbon[\\s-]+fib(?:re|er)s?|kohlefaser\\p{L}*"
          + "|carbonfaser\\p{L}*)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  private static final List<String> DOSE_WORDS =
      List.of("dose", "radiation", "irradiat", "gamma", "neutron", "silicon", "rad-hard");

  // the name, an optional bracketed abbreviation, then only quotes, "of", "=", ":" or comparator words
  // up to the number: "'Total Processing Performance' ('TPP') of ", "TPP: ", "TPP greater than or equal to "
  private static final java.util.regex.Pattern TPP_BEFORE = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\d])(?:total\\s+processing\\s+performance|tpp)(?![\\p{L}\\d])"
          + "[\\s'\"‘’“”]*(?:\\(\\s*['\"‘’“”]?tpp['\"‘’“”]?\\s*\\)[\\s'\"‘’“”]*)?"
          + "(?:(?:of|=|:|is|a|an|the|equal|to|or|greater|more|higher|less|lower|than|exceeding|above|below|"
          + "at|least|up|declared|rated|approximately|about|≥|>=|>|≤|<=|<)[\\s'\"‘’“”]*)*$");

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

  private record NumberToken(int start, int end, double value) {}

  private record Item(int start, int end, double value, Unit unit, Quantity alternative) {
    Quantity quantity() {
      return new Quantity(value, unit);
    }
  }

  /**
   * The quantities and ranges in {@code text}, in order of position; empty when there are none.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<FoundQuantity> find(String text) {
    Objects.requireNonNull(text, "text");
    List<Item> items = new ArrayList<>();
    try {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (!isDigit(c) && c != '+' && c != '-' && c != '\u2212') {
          i++; // no number starts here (readNumber would say so too)
          continue;
        }
        Item item = readItem(text, i, style);
        if (item == null) {
          i++;
        } else {
          items.add(item);
          i = item.end();
        }
      }
      return combine(text, items);
    } catch (RuntimeException e) {
      // a defect here must not take a classification down with it; the text simply yields nothing
      LoggerFactory.getLogger(QuantityFinder.class).warn("could not read quantities from text of length {}", text.length(), e);
      return List.of();
    }
  }

  private static Item readItem(String text, int i, NumberStyle style) {
    Item power = flattenedNegativePower(text, i);
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
      if (mach >= 0) {
        // "speeds of Mach 1,2 or more": the unit written first; the finding starts at it, so that a
        // comparator before it ("exceeding Mach 5") stands right before the finding
        return new Item(mach, number.end(), number.value(), Units.MACH, null);
      }
      Unit named = unitNamedBefore(text, number.start());
      return new Item(number.start(), number.end(), number.value(), named, null);
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
    return new Item(number.start(), end, number.value(), resolved, alternative);
  }

  /**
   * "less than 10-14 J": the annex's consolidated text prints 10⁻¹⁴ flattened to "10-14". Read so
   * only where a comparator stands right before it ("than", "below", "exceeding", "of"), since after
   * one a range "10 to 14" makes no sense, and only when a unit follows; null otherwise.
   */
  private static Item flattenedNegativePower(String text, int i) {
    int n = text.length();
    if (!text.startsWith("10", i) || (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.'))
        || i + 3 >= n || (text.charAt(i + 2) != '-' && text.charAt(i + 2) != '\u2212')) {
      return null;
    }
    int j = i + 3;
    int e = 0;
    int digits = 0;
    while (j < n && isDigit(text.charAt(j)) && digits < 2) {
      e = e * 10 + (text.charAt(j) - '0');
      j++;
      digits++;
    }
    if (digits == 0 || text.charAt(i + 3) == '0' || (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == ',' || text.charAt(j) == '.'))) {
      return null;
    }
    if (!COMPARATOR_BEFORE.matcher(text.substring(Math.max(0, i - 24), i)).find()) {
      return null;
    }
    UnitMatcher.Match unit = readUnit(text, j);
    if (unit == null) {
      return null;
    }
    return new Item(i, unit.end(), Math.pow(10, -e), inContext(text, i, unit), null);
  }

  private static final java.util.regex.Pattern COMPARATOR_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?:than|below|under|exceeding|of)\\s*$");

  /**
   * The unit of a bare number whose scale is named only by the words before it: the annex's
   * 'Total Processing Performance' ('TPP') is a pure number ("a 'TPP' of 6000 or more", "TPP 4 800"),
   * so without this rule the finder drops it and no criterion or fact about it exists. Null when
   * no such name precedes the number in its clause.
   */
  /** Where "Mach" stands right before the number (one space between), or -1. */
  private static int machBefore(String text, int numberStart) {
    int at = numberStart - 1;
    while (at >= 0 && Symbols.isSpace(text.charAt(at)) && text.charAt(at) != '\n') {
      at--;
    }
    int start = at - 3;
    if (at == numberStart - 1 || start < 0 || !text.startsWith("Mach", start)
        || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
      return -1;
    }
    return start;
  }

  private static Unit unitNamedBefore(String text, int numberStart) {
    int from = Math.max(0, numberStart - CONTEXT_BEFORE);
    // cheap test first: most bare numbers have no "tpp" or "performance" anywhere near
    String before = text.substring(from, numberStart).toLowerCase(Locale.ROOT);
    if (!before.contains("tpp") && !before.contains("processing performance")) {
      return null;
    }
    return TPP_BEFORE.matcher(before).find() ? Units.TOTAL_PROCESSING_PERFORMANCE : null;
  }

  /**
   * "Carbon fibre 24K", "12K tow": a whole number up to 100 glued to "K" in a text about fibres
   * counts the thousands of filaments in a tow (1K to some 80K), never kelvin: no fibre is made or
   * tested at such a temperature, and one at room temperature or above ("cured at 450K") still reads.
   */
  private static boolean isTowSize(String text, NumberToken number, UnitMatcher.Match unit) {
    if (!unit.unit().equals(Units.KELVIN) || !unit.spelling().equals("K") || unit.end() != number.end() + 1
        || number.value() > MAX_TOW_THOUSANDS
        || text.substring(number.start(), number.end()).chars().anyMatch(c -> c < '0' || c > '9')) {
      return false;
    }
    return TOW_WORDS.matcher(text).find();
  }

  // "1280 × 1024 pixels" is an image format (width × height), not 1024 pixels
  private static boolean isPixelFormat(String text, NumberToken number, UnitMatcher.Match unit) {
    if (unit.unit().dimension() != Dimension.PIXEL_COUNT) {
      return false;
    }
    int i = number.start() - 1;
    while (i >= 0 && Symbols.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || "×xX*".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    i--;
    while (i >= 0 && Symbols.isSpace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && isDigit(text.charAt(i));
  }

  // "Category 8A" names a product group, not eight amperes
  private static boolean isProductGroup(String text, NumberToken number, UnitMatcher.Match unit) {
    return unit.unit().equals(Units.AMPERE) && number.end() - number.start() == 1 && unit.end() == number.end() + 1;
  }

  private static Unit inContext(String text, int numberStart, UnitMatcher.Match match) {
    Unit unit = match.unit();
    if (AS_GRAVITY.containsKey(unit) && isAccelerationContext(text, numberStart, match.end())) {
      return AS_GRAVITY.get(unit);
    }
    if (unit.equals(Units.RADIAN) && match.spelling().equals("rad") && mentions(sentenceBefore(text, numberStart), DOSE_WORDS)) {
      return Units.RAD_DOSE;
    }
    return unit;
  }

  private static boolean isAccelerationContext(String text, int numberStart, int unitEnd) {
    String after = text.substring(unitEnd, Math.min(text.length(), unitEnd + 8)).toLowerCase(Locale.ROOT).stripLeading();
    for (String suffix : ACCELERATION_SUFFIXES) {
      if (after.startsWith(suffix) && (after.length() == suffix.length() || !Character.isLetter(after.charAt(suffix.length())))) {
        return true;
      }
    }
    return mentions(sentenceBefore(text, numberStart), ACCELERATION_WORDS);
  }

  // the clause before the number, so that a word in an earlier sentence does not decide
  private static String sentenceBefore(String text, int end) {
    int from = Math.max(0, end - CONTEXT_BEFORE);
    for (int i = end - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == '\n' || (c == '.' && i + 1 < text.length() && Symbols.isSpace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    return text.substring(from, end).toLowerCase(Locale.ROOT);
  }

  private static boolean mentions(String context, List<String> words) {
    for (String word : words) {
      if (context.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static UnitMatcher.Match readUnit(String text, int numberEnd) {
    int p = numberEnd;
    while (p < text.length() && p - numberEnd < 3 && Symbols.isSpace(text.charAt(p)) && text.charAt(p) != '\n') {
      p++;
    }
    UnitMatcher.Match match = p < text.length() ? MATCHER.longest(text, p) : null;
    if (match == null && p == numberEnd && p + 1 < text.length() && text.charAt(p) == '-') {
      match = MATCHER.longest(text, p + 1);
    }
    if (match == null && p > numberEnd && p + 1 < text.length() && QUOTES.indexOf(text.charAt(p)) >= 0) {
      // 'more than 4 × 10⁶ "active pixels"': the counted thing is a defined term in quotes
      UnitMatcher.Match quoted = MATCHER.longest(text, p + 1);
      if (quoted != null && quoted.end() < text.length() && QUOTES.indexOf(text.charAt(quoted.end())) >= 0) {
        match = new UnitMatcher.Match(quoted.unit(), quoted.spelling(), quoted.end() + 1);
      }
    }
    return match;
  }

  // ---- numbers

  private static NumberToken readNumber(String text, int start, NumberStyle style) {
    int n = text.length();
    int i = start;
    char c = text.charAt(i);
    boolean negative = false;
    if (c == '+' || c == '-' || c == '\u2212') {
      if (i + 1 >= n || !isDigit(text.charAt(i + 1)) || (i > 0 && !opensNumber(text.charAt(i - 1)))) {
        return null;
      }
      // "+/-50 g", "-/+2 V": the sign belongs to a ± tolerance, a symmetric magnitude, never negative
      negative = c != '+' && !afterPlusMinus(text, i);
      i++;
    } else if (!isDigit(c)) {
      return null;
    } else if (i > 0 && gluedToWord(text.charAt(i - 1))) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    i = readDigits(text, i, digits);
    if (digits.length() > MAX_DIGITS) {
      return null;
    }
    // thousands grouped by spaces: "1 000 W", "12 500 000 Hz"
    if (digits.length() <= 3) {
      while (i + 3 < n && isGroupSpace(text.charAt(i)) && isThreeDigitGroup(text, i + 1)) {
        digits.append(text, i + 1, i + 4);
        i += 4;
      }
    }
    // thousands grouped by commas in English style: where a decimal comma cannot be meant, or in an
    // English text; a leading zero ("0,125") is always a decimal
    boolean groupable = digits.length() <= 3 && !digits.toString().equals("0");
    int commaGroups = countGroups(text, i, ',');
    if (groupable && (commaGroups >= 2
        || (commaGroups == 1 && i + 5 < n && text.charAt(i + 4) == '.' && isDigit(text.charAt(i + 5)))
        || (commaGroups == 1 && style == NumberStyle.POINT_DECIMAL && !decimalAfterGroup(text, i + 4)))) {
      for (int g = 0; g < commaGroups; g++) {
        digits.append(text, i + 1, i + 4);
        i += 4;
      }
    } else if (groupable && style == NumberStyle.COMMA_DECIMAL && commaGroups == 0) {
      // thousands grouped by points in continental style ("1.400", "1.234,5")
      int pointGroups = countGroups(text, i, '.');
      if (pointGroups >= 1 && !decimalAfterGroup(text, i + 4 * pointGroups, '.')) {
        for (int g = 0; g < pointGroups; g++) {
          digits.append(text, i + 1, i + 4);
          i += 4;
        }
      }
    }
    StringBuilder fraction = new StringBuilder();
    if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
      i = readDigits(text, i + 1, fraction);
      if (fraction.length() > MAX_DIGITS) {
        return null;
      }
      if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
        return null; // "1.2.3": a version or a paragraph number, not a quantity
      }
    }
    String mantissa = (negative ? "-" : "") + digits + (fraction.length() > 0 ? "." + fraction : "");
    int exponent = 0;
    int end = i;
    int[] scientific = readExponent(text, i);
    if (scientific != null) {
      exponent = scientific[0];
      end = scientific[1];
    } else {
      int[] power = readPowerOfTen(text, i, new BigDecimal(mantissa), fraction.length() == 0 && digits.toString().equals("10"));
      if (power != null) {
        if (power[2] == 1) {
          mantissa = negative ? "-1" : "1"; // "10^3" alone: the 10 is the base, not a mantissa
        }
        exponent = power[0];
        end = power[1];
      }
    }
    double value = new BigDecimal(mantissa).scaleByPowerOfTen(exponent).doubleValue();
    if (!Double.isFinite(value)) {
      return null;
    }
    return new NumberToken(start, end, value);
  }

  /** {@code [exponent, end]} of an "E3", "e-6" directly after the mantissa, or null. */
  private static int[] readExponent(String text, int i) {
    int n = text.length();
    if (i >= n || (text.charAt(i) != 'e' && text.charAt(i) != 'E')) {
      return null;
    }
    int j = i + 1;
    boolean negative = false;
    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-' || text.charAt(j) == '\u2212')) {
      negative = text.charAt(j) != '+';
      j++;
    }
    StringBuilder digits = new StringBuilder();
    j = readDigits(text, j, digits);
    if (digits.length() == 0 || digits.length() > MAX_EXPONENT_DIGITS || (j < n && Character.isLetterOrDigit(text.charAt(j)) && !startsUnit(text, j))) {
      return null;
    }
    int e = Integer.parseInt(digits.toString());
    return new int[] {negative ? -e : e, j};
  }

  private static boolean startsUnit(String text, int j) {
    return MATCHER.longest(text, j) != null;
  }

  /**
   * {@code [exponent, end, baseOnly]} of a power of ten after the mantissa ("× 10^3", "× 10³",
   * flattened "× 103", "× 10-6"), or of "10^3" itself when {@code isTen}; null if there is none.
   */
  private static int[] readPowerOfTen(String text, int i, BigDecimal mantissa, boolean isTen) {
    int n = text.length();
    if (isTen) {
      int[] explicit = readExplicitExponent(text, i);
      if (explicit != null) {
        return new int[] {explicit[0], explicit[1], 1};
      }
    }
    int j = i;
    while (j < n && j - i < 2 && Symbols.isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n || "×xX*·⋅".indexOf(text.charAt(j)) < 0) {
      return null;
    }
    j++;
    while (j < n && j - i < 6 && Symbols.isSpace(text.charAt(j))) {
      j++;
    }
    if (!text.startsWith("10", j)) {
      return null;
    }
    int k = j + 2;
    int[] explicit = readExplicitExponent(text, k);
    if (explicit != null) {
      return new int[] {explicit[0], explicit[1], 0};
    }
    // the flattened form needs a small mantissa, or "640 × 1024" would be 640 × 10^24; the annex
    // writes mantissas up to two digits ("12,7 × 106 m")
    double m = Math.abs(mantissa.doubleValue());
    if (!(m > 0 && m < 100) || k >= n) {
      return null;
    }
    boolean negative = false;
    int d = k;
    if (text.charAt(d) == '-' || text.charAt(d) == '\u2212') {
      negative = true;
      d++;
    }
    StringBuilder digits = new StringBuilder();
    int end = readDigits(text, d, digits);
    // "× 100" is a hundred, never a flattened 10^0
    if (digits.length() == 0 || digits.length() > 2 || digits.charAt(0) == '0') {
      return null;
    }
    int e = Integer.parseInt(digits.toString());
    return new int[] {negative ? -e : e, end, 0};
  }

  /** {@code [exponent, end]} of "^3", "^-6", "³", "⁻⁶" at {@code k}, or null. */
  private static int[] readExplicitExponent(String text, int k) {
    int n = text.length();
    if (k >= n) {
      return null;
    }
    if (text.charAt(k) == '^') {
      int j = k + 1;
      boolean negative = false;
      if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-' || text.charAt(j) == '\u2212')) {
        negative = text.charAt(j) != '+';
        j++;
      }
      StringBuilder digits = new StringBuilder();
      int end = readDigits(text, j, digits);
      if (digits.length() == 0 || digits.length() > MAX_EXPONENT_DIGITS) {
        return null;
      }
      int e = Integer.parseInt(digits.toString());
      return new int[] {negative ? -e : e, end};
    }
    int j = k;
    boolean negative = false;
    if (text.charAt(j) == '⁻' || text.charAt(j) == '⁺') {
      negative = text.charAt(j) == '⁻';
      j++;
    }
    int e = 0;
    int count = 0;
    while (j < n && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0 && count < MAX_EXPONENT_DIGITS) {
      e = e * 10 + SUPERSCRIPTS.indexOf(text.charAt(j));
      j++;
      count++;
    }
    if (count == 0 || (j < n && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0)) {
      return null;
    }
    return new int[] {negative ? -e : e, j};
  }

  private static int readDigits(String text, int i, StringBuilder into) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      into.append(text.charAt(i++));
    }
    return i;
  }

  /** Whether a separator and a digit follow at {@code i} ("1,000,5": not a group but a paragraph number). */
  private static boolean decimalAfterGroup(String text, int i) {
    return decimalAfterGroup(text, i, ',');
  }

  private static boolean decimalAfterGroup(String text, int i, char separator) {
    return i + 1 < text.length() && text.charAt(i) == separator && isDigit(text.charAt(i + 1));
  }

  private static int countGroups(String text, int i, char separator) {
    int groups = 0;
    while (i + 3 < text.length() && text.charAt(i) == separator && isThreeDigitGroup(text, i + 1)) {
      groups++;
      i += 4;
    }
    return groups;
  }

  private static boolean isThreeDigitGroup(String text, int i) {
    return i + 2 < text.length() && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
        && (i + 3 == text.length() || !isDigit(text.charAt(i + 3)));
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean gluedToWord(char previous) {
    if (previous == 'Ø' || previous == 'ø' || previous == '⌀') {
      return false; // a diameter sign is written glued to its number: "Ø50 mm"
    }
    return Character.isLetterOrDigit(previous) || previous == '.' || previous == ',' || previous == '_';
  }

  private static boolean opensNumber(char previous) {
    return Symbols.isSpace(previous) || "([{=:<>≤≥~≈±/".indexOf(previous) >= 0;
  }

  /** Whether the sign at {@code sign} ends a written plus-minus ("+/-", "-/+", "±-"). */
  private static boolean afterPlusMinus(String text, int sign) {
    int j = sign - 1;
    if (j >= 0 && text.charAt(j) == '\u00B1') {
      return true;
    }
    if (j < 1 || text.charAt(j) != '/') {
      return false;
    }
    char other = text.charAt(j - 1);
    char own = text.charAt(sign);
    return own == '+' ? other == '-' || other == '\u2212' : other == '+';
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Symbols.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---- ranges

  private static final List<String> CONNECTORS = List.of("-", "–", "—", "‒", "to", "bis", "...", "…");
  private static final List<String> PAIRED_CONNECTORS = List.of("and", "und");
  private static final List<String> OPENERS = List.of("from", "between", "von", "zwischen");

  private static List<FoundQuantity> combine(String text, List<Item> items) {
    List<FoundQuantity> found = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item low = items.get(k);
      if (k + 1 < items.size()) {
        FoundQuantity range = asRange(text, low, items.get(k + 1));
        if (range != null) {
          found.add(range);
          k++;
          continue;
        }
      }
      if (low.unit() != null) {
        List<Measurement> alternatives = low.alternative() == null ? List.of() : List.of(low.alternative());
        found.add(new FoundQuantity(low.quantity(), low.start(), low.end(), text.substring(low.start(), low.end()), alternatives));
      }
    }
    return found;
  }

  private static FoundQuantity asRange(String text, Item a, Item b) {
    if (b.unit() == null || (a.unit() != null && a.unit().dimension() != b.unit().dimension())) {
      return null;
    }
    String gap = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
    int opener = openerStart(text, a.start());
    boolean paired = opener >= 0 && PAIRED_CONNECTORS.contains(gap)
        && text.substring(opener, a.start()).strip().toLowerCase(Locale.ROOT).matches("between|zwischen");
    if (!CONNECTORS.contains(gap) && !paired) {
      return null;
    }
    Quantity low = new Quantity(a.value(), a.unit() == null ? b.unit() : a.unit());
    Quantity high = b.quantity();
    if (low.toSi() > high.toSi()) {
      return null;
    }
    List<Measurement> alternatives = List.of();
    if (a.alternative() != null && b.alternative() != null
        && a.alternative().dimension() == b.alternative().dimension()
        && a.alternative().toSi() <= b.alternative().toSi()) {
      alternatives = List.of(QuantityRange.closed(a.alternative(), b.alternative()));
    }
    int start = opener >= 0 ? opener : a.start();
    return new FoundQuantity(QuantityRange.closed(low, high), start, b.end(), text.substring(start, b.end()), alternatives);
  }

  /** Where a "from" or "between" right before {@code numberStart} begins, or -1. */
  private static int openerStart(String text, int numberStart) {
    int end = numberStart;
    while (end > 0 && Symbols.isSpace(text.charAt(end - 1))) {
      end--;
    }
    for (String word : OPENERS) {
      int start = end - word.length();
      if (start >= 0 && text.regionMatches(true, start, word, 0, word.length())
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
        return start;
      }
    }
    return -1;
  }
}

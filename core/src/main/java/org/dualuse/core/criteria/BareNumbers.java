package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * Pure numbers the annex compares: "a mass resolution of better than 320", "a Q-value exceeding
 * 10 000", "a numerical aperture less than 0,065", "an index of refraction variance less than
 * 5 × 10-4", proportions written as parts ("exceeds 1 part in 1000", "exceeds 1:5000"). The quantity finder reads only numbers with a unit; here a number with no unit after it
 * becomes a quantity of unit 1 when a comparator stands right before it ("exceeding", "less than",
 * "≥") or "or more" / "or less" right after it. A number followed by a noun counts things ("two or
 * more slits") and is left alone, as are numbers inside codes, dates and standards ("ISO 230-2:1988").
 *
 * <p>Such a number is a threshold only where the text names it: {@link CriteriaExtractor} drops one
 * that no word names. Stateless and thread-safe.
 */
final class BareNumbers {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,/:\\-])(?:10-(\\d{1,2})|(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:[.,](\\d+))?"
          + "(?:\\s*[×x]\\s*10(-?\\d{1,2}))?)(?![\\d.,:/\\-]?[\\p{L}\\d%°µ])");
  // the source flattens powers of ten: "10-4" is 10⁻⁴ and "103" is 10³ (a power of ten alone is the
  // annex's way to write such a bound; 100 stays a hundred)
  private static final Pattern FLATTENED_POWER = Pattern.compile("10([1-9])");
  // "AGMA 14", "DN 25", "Mach 1,2", "ISO 9001": a number after a capitalised word is a grade, a size or
  // a standard's number, whose unit that word is
  private static final Pattern GRADE_WORD = Pattern.compile("\\p{Lu}[\\p{L}]*\\s*$");
  private static final Pattern COMPARATOR_BEFORE = Pattern.compile(
      "(?:exceed(?:ing|s)?|than(?:\\s+or\\s+equal\\s+to)?|at\\s+least|up\\s+to(?:\\s+and\\s+including)?"
          + "|minimum\\s+of|maximum\\s+of|above|below|≥|≤|>=|<=|>|<)[\\s(]*(?:(?:a|an|the|approximately)\\s+)*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARATOR_AFTER = Pattern.compile(
      "^\\s*or\\s+(?:more|less|greater|higher|lower|better|fewer|smaller|larger)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT_WORD = Pattern.compile("^[\\s,]*(?:or\\s+(?:more|less|greater|higher|lower|better"
      + "|fewer|smaller|larger)\\s*(?:\\(better\\)\\s*)?)?([\\p{L}][\\p{L}'-]*)");
  private static final Pattern FORMULA_AFTER = Pattern.compile("\\s*[+*/×]\\s*[\\p{L}\\d(]");
  // words that may follow a compared number without being the counted thing
  private static final Set<String> LINKS = Set.of("and", "or", "but", "when", "where", "at", "for", "in", "on",
      "with", "to", "over", "under", "within", "measured", "as", "of", "per", "which", "that", "than", "during",
      "between", "from", "by", "if", "is", "are", "inclusive", "respectively", "nor");

  private BareNumbers() {}

  // "a pressure ratio of 4:1 or higher", "100:1": a ratio to one is the number before the colon
  private static final Pattern TO_ONE = Pattern.compile(
      "(?<![\\p{L}\\d.,/:\\-])(\\d+(?:[.,]\\d+)?)\\s*:\\s*1(?![\\d.,:/]?[\\p{L}\\d%°µ])");

  // "exceeds 1:5000", "exceeds 1 part in 1000", "less than 1 part hafnium to 500 parts zirconium": a
  // proportion written as parts of a whole or as one to N is the share it states (1/1000)
  private static final Pattern PARTS = Pattern.compile(
      "(?<![\\p{L}\\d.,/:\\-])(?:(\\d+)\\s+parts?(?:\\s+(?:of\\s+)?[\\p{L}-]+)?\\s+(?:in|to|per)\\s+"
          + "(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:\\s+parts?(?![\\p{L}]))?"
          + "|1\\s*:\\s*(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+))(?![\\d.,:/]?[\\p{L}\\d%°µ])");
  // "a resolution of better than 1 part in 320" states a resolving power (320) as often as a share
  private static final Pattern BETTER_BEFORE = Pattern.compile("better\\s+than\\s*$", Pattern.CASE_INSENSITIVE);

  /** The compared pure numbers of {@code text} that no quantity of {@code found} covers, in order. */
  static List<FoundQuantity> find(String text, List<FoundQuantity> found) {
    List<FoundQuantity> out = new ArrayList<>();
    Matcher parts = PARTS.matcher(text);
    while (parts.find()) {
      int start = parts.start();
      int end = parts.end();
      String before = text.substring(Math.max(0, start - 60), start);
      if (overlaps(found, start, end) || !COMPARATOR_BEFORE.matcher(before).find()
          || BETTER_BEFORE.matcher(before).find()) {
        continue;
      }
      double whole = Double.parseDouble((parts.group(2) != null ? parts.group(2) : parts.group(3))
          .replaceAll("[ \\u00a0\\u202f]", ""));
      double part = parts.group(1) != null ? Double.parseDouble(parts.group(1)) : 1;
      if (whole > 1 || whole == 1 && parts.group(3) == null) { // "1:1" is a ratio to one, read below
        out.add(new FoundQuantity(Quantity.of(part / whole, Units.ONE), start, end, parts.group(), List.of()));
      }
    }
    Matcher ratio = TO_ONE.matcher(text);
    while (ratio.find()) {
      int start = ratio.start();
      int end = ratio.end();
      String before = text.substring(Math.max(0, start - 60), start);
      String after = text.substring(end, Math.min(text.length(), end + 60));
      if (!overlaps(found, start, end) && !overlaps(out, start, end)
          && (COMPARATOR_BEFORE.matcher(before).find() || COMPARATOR_AFTER.matcher(after).find()
              || before.strip().endsWith("of"))) {
        double value = Double.parseDouble(ratio.group(1).replace(',', '.'));
        out.add(new FoundQuantity(Quantity.of(value, Units.ONE), start, end, ratio.group(), List.of()));
      }
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (overlaps(found, start, end) || overlaps(out, start, end)) {
        continue;
      }
      String before = text.substring(Math.max(0, start - 60), start);
      String after = text.substring(end, Math.min(text.length(), end + 60));
      if (!COMPARATOR_BEFORE.matcher(before).find() && !COMPARATOR_AFTER.matcher(after).find()) {
        continue;
      }
      if (FORMULA_AFTER.matcher(after).lookingAt()) {
        continue; // "less than (1,7 + L/800) µm": a term of a formula, not a bound
      }
      Matcher next = NEXT_WORD.matcher(after);
      if (next.find() && !LINKS.contains(next.group(1).toLowerCase(Locale.ROOT))) {
        continue; // "two or more slits", "1 part in 1000": a count of things or a proportion
      }
      if (GRADE_WORD.matcher(before).find()) {
        continue;
      }
      double value;
      if (m.group(1) != null) {
        value = Math.pow(10, -Integer.parseInt(m.group(1)));
      } else if (m.group(3) == null && m.group(4) == null && FLATTENED_POWER.matcher(m.group(2)).matches()) {
        value = Math.pow(10, Integer.parseInt(m.group(2).substring(2)));
      } else {
        value = Double.parseDouble(m.group(2).replaceAll("[ \\u00a0\\u202f]", "")
            + (m.group(3) == null ? "" : "." + m.group(3)));
        if (m.group(4) != null) {
          int exponent = Integer.parseInt(m.group(4));
          // divide for a negative power: 5 / 10⁶ is the double nearest 5 × 10⁻⁶, 5 × 10⁻⁶ computed is not
          value = exponent < 0 ? value / Math.pow(10, -exponent) : value * Math.pow(10, exponent);
        }
      }
      out.add(new FoundQuantity(Quantity.of(value, Units.ONE), start, end, text.substring(start, end), List.of()));
    }
    return out;
  }

  private static boolean overlaps(List<FoundQuantity> found, int start, int end) {
    for (FoundQuantity q : found) {
      if (q.start() < end && start < q.end()) {
        return true;
      }
    }
    return false;
  }
}

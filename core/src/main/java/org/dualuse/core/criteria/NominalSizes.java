package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;

/**
 * Nominal sizes of pipes, fittings and valves, which texts write without a unit: "DN 25", "DN25",
 * "DN 15-50", "DN200 bis DN800" (ISO 6708: the DN number is about the bore in millimetres), "NPS 1",
 * "NPS 3/8", "NPS 1 1/2" (ASME B36.10M: a size in inches) and inch sizes of pipe threads, '1/2" NPT',
 * "3/4 BSP" (a thread is named by the pipe size it fits). Each gives the fact {@link
 * QualifiedParameters#NOMINAL_SIZE} in millimetres; an inch size takes the DN of the ISO 6708 / ASME B36.10M
 * correspondence (NPS 3/8 is DN 10, NPS 1 is DN 25, NPS 3 1/2 is DN 90, from NPS 4 on DN = 25 × NPS,
 * the table the annex itself uses: "DN 10 or NPS 3/8"), and an inch size off that table gives no
 * fact. A number that already has a unit ("DN 25 mm") is left to the quantities, whose name "DN" is
 * a spelling of nominal size. The designation words are data ({@link FactWords}). Stateless and
 * thread-safe.
 */
final class NominalSizes {

  // NPS below 4 to DN (ISO 6708 table; ASME B36.10M): the steps are not proportional
  private static final Map<Double, Integer> SMALL_NPS_TO_DN = Map.ofEntries(
      Map.entry(0.125, 6), Map.entry(0.25, 8), Map.entry(0.375, 10), Map.entry(0.5, 15), Map.entry(0.75, 20),
      Map.entry(1.0, 25), Map.entry(1.25, 32), Map.entry(1.5, 40), Map.entry(2.0, 50), Map.entry(2.5, 65),
      Map.entry(3.0, 80), Map.entry(3.5, 90));
  private static final int MAX_NPS = 80;
  private static final String NUMBER = "(\\d{1,2}[ -]\\d/\\d{1,2}|\\d/\\d{1,2}|\\d{0,2}[½¼¾⅛⅜]|\\d{1,4}(?:[.,]\\d{1,3})?)";
  private static final Pattern PREFIXED = prefixed();
  private static final Pattern THREAD = thread();

  private NominalSizes() {}

  private static Pattern prefixed() {
    String words = FactWords.alternation(FactWords.bundled().sizePrefixes.keySet());
    return Pattern.compile("(?<![\\p{L}\\d])(" + words + ")\\s*" + NUMBER
        + "(?:\\s*(?:-|–|bis|to|à)\\s*(?:(?:" + words + ")\\s*)?" + NUMBER + ")?(?![\\p{L}\\d½¼¾⅛⅜]|[.,]\\d|/\\d)");
  }

  private static Pattern thread() {
    String words = FactWords.alternation(FactWords.bundled().sizeThreads);
    // '1/2" NPT' arrives as "1/2  npt" (quotes are spaces in the normalised text); "1/2-14 NPT" names
    // the threads per inch after the size
    return Pattern.compile("(?<![\\p{L}\\d.,/])" + NUMBER + "(?:-\\d{1,2}(?:[.,]5)?)?\\s*(?:in\\.?|inch|zoll|″)?\\s*-?\\s*("
        + words + ")(?![\\p{L}\\d])");
  }

  /** The nominal sizes the scanned text states, in order, none where a quantity of the text already is. */
  static List<Fact> find(ScannedText scan) {
    String norm = scan.normalised;
    List<Fact> out = new ArrayList<>();
    Matcher m = PREFIXED.matcher(norm);
    while (m.find()) {
      boolean inch = FactWords.bundled().sizePrefixes.get(m.group(1)).equals("inch");
      add(out, scan, m.start(), m.end(), m.group(2), m.group(3), inch);
    }
    Matcher t = THREAD.matcher(norm);
    while (t.find()) {
      add(out, scan, t.start(), t.end(), t.group(1), null, true);
    }
    out.sort(Comparator.comparingInt(Fact::start));
    return out;
  }

  private static void add(List<Fact> out, ScannedText scan, int start, int end, String first, String second,
      boolean inch) {
    if (overlaps(scan.quantities, start, end) || out.stream().anyMatch(f -> f.start() < end && start < f.end())) {
      return;
    }
    Integer low = millimetres(first, inch);
    Integer high = second == null ? low : millimetres(second, inch);
    if (low == null || high == null || high < low || low == 0) {
      return;
    }
    Measurement value = low.equals(high) ? Quantity.of(low, Units.MILLIMETRE)
        : QuantityRange.closed(Quantity.of(low, Units.MILLIMETRE), Quantity.of(high, Units.MILLIMETRE));
    out.add(new Fact(QualifiedParameters.NOMINAL_SIZE, value, List.of(), FactOrigin.NAMED_IN_TEXT,
        scan.slice(start, end).strip(), start, end));
  }

  /** The DN of a written size: the number itself on the DN scale, the table's DN for an inch size. */
  private static Integer millimetres(String written, boolean inch) {
    double value = parse(written);
    if (!inch) {
      return value == Math.rint(value) ? (int) value : null;
    }
    Integer small = SMALL_NPS_TO_DN.get(value);
    if (small != null) {
      return small;
    }
    return value >= 4 && value <= MAX_NPS && value == Math.rint(value) ? (int) Math.round(25 * value) : null;
  }

  private static double parse(String written) {
    String s = written.strip();
    double fraction = 0;
    char last = s.charAt(s.length() - 1);
    int vulgar = "½¼¾⅛⅜".indexOf(last);
    if (vulgar >= 0) {
      fraction = new double[] {0.5, 0.25, 0.75, 0.125, 0.375}[vulgar];
      s = s.substring(0, s.length() - 1);
      return (s.isEmpty() ? 0 : Integer.parseInt(s)) + fraction;
    }
    String[] parts = s.split("[ -]");
    double whole = 0;
    String rest = s;
    if (parts.length == 2) {
      whole = Integer.parseInt(parts[0]);
      rest = parts[1];
    }
    int slash = rest.indexOf('/');
    if (slash > 0) {
      return whole + Double.parseDouble(rest.substring(0, slash)) / Double.parseDouble(rest.substring(slash + 1));
    }
    return whole + Double.parseDouble(rest.replace(',', '.'));
  }

  private static boolean overlaps(List<FoundQuantity> found, int start, int end) {
    for (FoundQuantity q : found) {
      if (q.start() < end && start < q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nominal sizes a text compares as found quantities, in millimetres of the DN scale, for
   * {@link BoundReader}: "a 'nominal size' greater than DN 10 or NPS 3/8". A size written again on the
   * other scale right after "or" is the same size and gives no second bound: the two spellings are
   * one value.
   */
  static List<FoundQuantity> asQuantities(ScannedText scan) {
    if (!scan.normalised.contains("dn")) {
      return List.of();
    }
    List<FoundQuantity> out = new ArrayList<>();
    Fact previous = null;
    for (Fact f : NominalSizes.find(scan)) {
      boolean restated = previous != null && previous.value().equals(f.value())
          && SAME_SIZE_GAP.matcher(scan.normalised.substring(previous.end(), Math.max(previous.end(), f.start())))
              .matches();
      if (restated) {
        // the restatement belongs to the size it restates: "DN 25 or NPS 1" is one value
        FoundQuantity first = out.remove(out.size() - 1);
        out.add(new FoundQuantity(first.measurement(), first.start(), f.end(), scan.slice(first.start(), f.end()),
            List.of()));
      } else {
        out.add(new FoundQuantity(f.value(), f.start(), f.end(), scan.slice(f.start(), f.end()), List.of()));
      }
      previous = f;
    }
    return out;
  }

  private static final Pattern SAME_SIZE_GAP = Pattern.compile("\\s*or\\s*");
}

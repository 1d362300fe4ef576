package org.dualuse.lists.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;

/**
 * Whether the thresholds of a node changed between two versions, judged so that a difference in
 * how the two texts were read is not taken for a change of the law:
 *
 * <ol>
 *   <li>When the two wordings are the same once typography is removed ({@link TypographyFreeText}),
 *       the thresholds did not change, whatever the typed criteria say: the same words state the
 *       same bounds (a degree sign the 2021 PDF lost or printed as {@code o} is typography).
 *   <li>When the typed thresholds and ranges differ and the quantities the two texts state differ
 *       (every number with a unit that {@link QuantityFinder} finds, compared in SI), the change
 *       is reported with the typed criteria before and after.
 *   <li>When the typed thresholds differ but both texts state the same quantities, only a bound
 *       read on both sides with another comparison or inclusion ("exceeding 5 GHz" become "5 GHz or
 *       more") is a change, and not when either side's wording says "better": the direction of
 *       "better" is the parameter's ("better than" and "greater (better) than" state the same
 *       bound), and the two versions' readings of it may disagree. A threshold typed on one side
 *       only while both texts state its quantity (a misprint such as "80 % ot more" hides the
 *       comparison) is a gap of the reading, not a change.
 *   <li>When the typed thresholds are the same (often both untyped) but the quantities the texts
 *       state differ, the change is reported from those quantities, those found on one side only,
 *       with a remark saying so.
 * </ol>
 *
 * Stateless and thread-safe.
 */
final class ThresholdChange {
  /** The remark of a change found in the quantities the texts state. */
  static final String STATED_REMARK = "thresholds untyped: compared by the quantities the two texts state";

  private static final Pattern BETTER = Pattern.compile("\\bbetter\\b");
  private static final QuantityFinder FINDER = QuantityFinder.standard();
  /** A number the finder left, then a unit with a per or a power: {@code 56 m3/s}, {@code 10 J/cm2}. */
  private static final Pattern UNREAD_COMPOUND_UNIT = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d+(?:[  ]\\d{3})*(?:[.,]\\d+)?) ?"
          + "((?:[\\p{L}µμ]{1,4}[23²³]?(?:/[\\p{L}µμ]{1,4}[23²³]?)+|[\\p{L}µμ]{1,3}[23²³]))(?![\\p{L}\\d])");
  /** What is left of a finding's text once its numbers, signs, separators and spaces are gone. */
  private static final Pattern UNIT_SPELLING = Pattern.compile("[\\d\\s,.+\\-−–()]|\\bto\\b|\\bfrom\\b|\\bbetween\\b|\\band\\b");

  private ThresholdChange() {}

  /**
   * The threshold change of a node present in both versions, or empty when there is none.
   *
   * @param sameWording whether the two wordings are equal without typography
   */
  static Optional<ListChange> of(ControlNode old, ControlNode now, boolean sameWording) {
    if (sameWording) {
      return Optional.empty();
    }
    List<Criterion> typedBefore = leaves(old);
    List<Criterion> typedAfter = leaves(now);
    String describedBefore = describe(typedBefore);
    String describedAfter = describe(typedAfter);
    List<Stated> statedBefore = stated(old.text());
    List<Stated> statedAfter = stated(now.text());
    boolean statedDiffer = !keys(statedBefore).equals(keys(statedAfter));
    if (!describedBefore.equals(describedAfter)) {
      if (statedDiffer || comparisonChanged(typedBefore, typedAfter, old, now)) {
        return Optional.of(new ListChange(ChangeKind.THRESHOLD_CHANGED, old.code(), Optional.empty(),
            describedBefore, describedAfter));
      }
      return Optional.empty();
    }
    if (statedDiffer) {
      return Optional.of(new ListChange(ChangeKind.THRESHOLD_CHANGED, old.code(), Optional.empty(),
          onlyIn(statedBefore, statedAfter), onlyIn(statedAfter, statedBefore), STATED_REMARK));
    }
    return Optional.empty();
  }

  private static List<Criterion> leaves(ControlNode node) {
    return node.criteria().map(c -> c.leaves().stream()
        .filter(l -> l instanceof Threshold || l instanceof Range).toList()).orElse(List.of());
  }

  private static String describe(List<Criterion> leaves) {
    TreeSet<String> out = new TreeSet<>();
    leaves.forEach(l -> out.add(l.describe()));
    return String.join("; ", out);
  }

  /** A bound typed on both sides whose comparison or inclusion differs, "better" aside. */
  private static boolean comparisonChanged(List<Criterion> before, List<Criterion> after, ControlNode old,
      ControlNode now) {
    Map<String, List<Criterion>> byBound = new HashMap<>();
    before.forEach(l -> byBound.computeIfAbsent(boundKey(l), k -> new ArrayList<>()).add(l));
    for (Criterion later : after) {
      for (Criterion earlier : byBound.getOrDefault(boundKey(later), List.of())) {
        if (!earlier.describe().equals(later.describe())
            && !saysBetter(source(earlier), old) && !saysBetter(source(later), now)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The parameter and the bound or bounds in SI, without the comparison or inclusion. */
  private static String boundKey(Criterion leaf) {
    if (leaf instanceof Threshold t) {
      return t.parameter().name() + " " + siKey(t.bound());
    }
    if (leaf instanceof Range r) {
      return r.parameter().name() + " " + siKey(r.range().low()) + ".." + siKey(r.range().high());
    }
    return leaf.describe();
  }

  private static String source(Criterion leaf) {
    if (leaf instanceof Threshold t) {
      return t.source();
    }
    return leaf instanceof Range r ? r.source() : "";
  }

  private static boolean saysBetter(String source, ControlNode node) {
    String words = source.isBlank() ? node.text() : source;
    return BETTER.matcher(words.toLowerCase(Locale.ROOT)).find();
  }

  /** One quantity or range a text states: how it reads, and its number and unit as written. */
  private record Stated(String text, String key) {}

  /**
   * The quantities a text states: those {@link QuantityFinder} reads, then the numbers it leaves
   * that carry a compound unit it does not know (a per or a power: {@code 56 m3/s}, {@code 2 g/ml},
   * {@code 10 J/cm2}). Each is keyed by its number or numbers as read and its unit as written, not by
   * its SI value: the finder may take the same {@code 1g} for a gram in one version and for standard
   * gravity in the other when the words before it differ.
   */
  private static List<Stated> stated(String text) {
    String repaired = TypographyFreeText.repairGlyphs(text);
    List<Stated> out = new ArrayList<>();
    boolean[] taken = new boolean[repaired.length()];
    for (FoundQuantity found : FINDER.find(repaired)) {
      out.add(new Stated(found.text().strip(), key(found)));
      for (int i = found.start(); i < found.end(); i++) {
        taken[i] = true;
      }
    }
    Matcher m = UNREAD_COMPOUND_UNIT.matcher(repaired);
    while (m.find()) {
      if (!taken[m.start()]) {
        out.add(new Stated(m.group().strip(), number(m.group(1)) + " " + m.group(2)));
      }
    }
    return out;
  }

  private static List<String> keys(List<Stated> stated) {
    return stated.stream().map(Stated::key).sorted().toList();
  }

  /** The quantities of {@code side} that {@code other} does not state as often, as the text writes them. */
  private static String onlyIn(List<Stated> side, List<Stated> other) {
    Map<String, Integer> left = new HashMap<>();
    other.forEach(s -> left.merge(s.key(), 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (Stated s : side) {
      if (left.getOrDefault(s.key(), 0) > 0) {
        left.merge(s.key(), -1, Integer::sum);
      } else {
        out.add(s.text());
      }
    }
    return String.join("; ", out);
  }

  private static String key(FoundQuantity found) {
    String numbers = found.range().map(r -> number(r.low().value()) + ".." + number(r.high().value()))
        .orElseGet(() -> number(found.quantity().orElseThrow().value()));
    String unit = UNIT_SPELLING.matcher(found.text()).replaceAll("").replace('\u00b5', '\u03bc').replace("°", "");
    return numbers + " " + unit;
  }

  private static String siKey(Quantity q) {
    return q.dimension() + ":" + number(q.toSi());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }

  private static String number(String written) {
    String plain = written.replaceAll("[\\s\u00a0\u2009]", "").replace(',', '.');
    try {
      return number(Double.parseDouble(plain));
    } catch (NumberFormatException e) {
      return plain; // a grouping the pattern let through ("1.000.5"): compared as written
    }
  }

}

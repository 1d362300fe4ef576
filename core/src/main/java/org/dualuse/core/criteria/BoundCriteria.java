package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;

/**
 * Turns the bounds of one text into criteria: a written range is a {@link Range}; a lower bound and
 * an upper bound of the same quantity joined by nothing but "but", "and" or a comma ("exceeding 2,7
 * GHz up to and including 6,8 GHz", "less than 193 nm but equal to or greater than 15 nm") are one
 * {@link Range}; any other compared value is a {@link Threshold}; a value without a comparator is a
 * test condition and gives nothing. A bound with two names becomes an {@link AnyOf} of the same
 * condition on each. Stateless and thread-safe.
 */
final class BoundCriteria {
  private static final Pattern RANGE_JOIN = Pattern.compile("^[\\s,]*(?:(?:but|and|yet)\\s*)?[\\s,]*$");

  private BoundCriteria() {}

  /** The thresholds and ranges {@code bounds} state, in text order; test conditions give none. */
  static List<WrittenCondition> of(ScannedText scan, List<Bound> bounds) {
    List<WrittenCondition> pieces = new ArrayList<>();
    for (int i = 0; i < bounds.size(); i++) {
      Bound a = bounds.get(i);
      if (a.found().range().isPresent()) {
        QuantityRange r = a.found().range().get();
        pieces.add(new WrittenCondition(either(a, p -> new Range(p, r, a.outside(), scan.slice(a.start(), a.end()), a.entire())),
            a.start(), a.end(), a.parameter()));
        continue;
      }
      if (a.comparison() == null) {
        continue; // a test condition such as "at 293 K", not a threshold
      }
      Quantity low = a.found().quantity().orElseThrow();
      if (a.comparison().isLowerBound() && i + 1 < bounds.size()) {
        Bound b = bounds.get(i + 1);
        if (b.comparison() != null && !b.comparison().isLowerBound() && b.found().quantity().isPresent()
            && b.found().dimension() == a.found().dimension()
            && (b.parameter().equals(a.parameter()) || !b.named() || (b.alternative() != null && !a.named()))
            && b.start() >= a.end()
            && RANGE_JOIN.matcher(scan.normalised.substring(a.end(), b.start())).matches()) {
          Quantity high = b.found().quantity().get();
          if (low.toSi() <= high.toSi()) {
            QuantityRange r = new QuantityRange(low, a.comparison() == Comparison.AT_LEAST,
                high, b.comparison() == Comparison.AT_MOST);
            // "exceeding 0,15 m but not exceeding 1 m in diameter or major axis length": the names after the
            // upper bound name the range
            Bound named = b.alternative() != null && !a.named() ? b : a;
            pieces.add(new WrittenCondition(either(named, p -> new Range(p, r, false, scan.slice(a.start(), b.end()))),
                a.start(), b.end(), named.parameter()));
            i++;
            continue;
          }
        }
      }
      if (!a.comparison().isLowerBound() && i + 1 < bounds.size()) {
        // "less than 193 nm but equal to or greater than 15 nm": the upper bound written first
        Bound b = bounds.get(i + 1);
        if (b.comparison() != null && b.comparison().isLowerBound() && b.found().quantity().isPresent()
            && b.found().dimension() == a.found().dimension()
            && (b.parameter().equals(a.parameter()) || !b.named())
            && b.start() >= a.end()
            && RANGE_JOIN.matcher(scan.normalised.substring(a.end(), b.start())).matches()) {
          Quantity bottom = b.found().quantity().get();
          if (bottom.toSi() <= low.toSi()) {
            QuantityRange r = new QuantityRange(bottom, b.comparison() == Comparison.AT_LEAST,
                low, a.comparison() == Comparison.AT_MOST);
            pieces.add(new WrittenCondition(new Range(a.parameter(), r, false, scan.slice(a.start(), b.end())),
                a.start(), b.end(), a.parameter()));
            i++;
            continue;
          }
        }
      }
      pieces.add(new WrittenCondition(either(a, p -> new Threshold(p, a.comparison(), low, scan.slice(a.start(), a.end()))),
          a.start(), a.end(), a.parameter()));
    }
    return pieces;
  }

  /** The bound's criterion on its parameter, or on either of its two names. */
  private static Criterion either(Bound b, Function<Parameter, Criterion> on) {
    Criterion first = on.apply(b.parameter());
    return b.alternative() == null ? first : new AnyOf(List.of(first, on.apply(b.alternative())));
  }
}

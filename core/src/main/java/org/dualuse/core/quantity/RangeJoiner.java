package org.dualuse.core.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the quantities read from a text, in order, into findings: two neighbours joined by a dash,
 * "to", "bis" or "between ... and" become one closed range (a first number without a unit taking
 * the second's), every other quantity with a unit a finding of its own with its bracketed
 * equivalent. Ranges are decided after the scan because whether a number starts a range depends on
 * what follows it. Stateless.
 */
final class RangeJoiner {

  private static final List<String> CONNECTORS = List.of("-", "–", "—", "‒", "to", "bis", "...", "…");
  private static final List<String> PAIRED_CONNECTORS = List.of("and", "und");
  private static final List<String> OPENERS = List.of("from", "between", "von", "zwischen");

  private RangeJoiner() {}

  static List<FoundQuantity> combine(String text, List<QuantityToken> items) {
    List<FoundQuantity> found = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      QuantityToken low = items.get(k);
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

  private static FoundQuantity asRange(String text, QuantityToken a, QuantityToken b) {
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

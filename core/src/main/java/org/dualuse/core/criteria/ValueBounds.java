package org.dualuse.core.criteria;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;

/**
 * Whether a product text states a value only as a bound: a word right before the value ("over
 * 2.5 MW", "more than", "mehr als", "plus de", "supérieur à", "oltre", "superiore a", "&gt;", "≥",
 * "at least", "less than", "&lt;") or right after it ("2,5 MW oder mehr", "ou plus", "o più") says the
 * product's value lies beyond it, not at it. The words are data ({@link FactWords}, kinds {@code
 * bound-before}, {@code bound-before-alone}, {@code bound-after}).
 *
 * <p>The inclusive upper words ("up to", "bis zu", "max.", "≤", "jusqu'à", "fino a") are not bounds
 * here: a data sheet's "up to 100 W" states the product's maximum, the value a capability threshold is
 * held against, and is read as that value. A lower word preceded by a negation ("no more than") is
 * no lower bound. Words that also name a span or a condition ("over", "über", "under", "unter": "5 µm
 * over 300 mm", "0,003 °/h über einen Monat") bound only a value that no other value precedes in its
 * clause, and never a time. Stateless and thread-safe.
 */
final class ValueBounds {
  private static final Pattern BEFORE = before(FactWords.bundled().boundsBefore);
  private static final Pattern BEFORE_ALONE = before(FactWords.bundled().boundsBeforeAlone);
  private static final Pattern AFTER = Pattern.compile("^\\s*(" + alternation(FactWords.bundled().boundsAfter)
      + ")(?![\\p{L}\\d])");
  private static final Pattern NEGATED = Pattern.compile("(?<![\\p{L}])(?:no|not|nicht|pas|non)\\s+$");

  private ValueBounds() {}

  private static Pattern before(Map<String, Comparison> words) {
    // the text is normalised (lower case, quotes as spaces): "d'au moins" is read as "d au moins"
    return Pattern.compile("(?<![\\p{L}\\d])(" + alternation(words) + ")\\s*[:=]?\\s*$");
  }

  private static String alternation(Map<String, Comparison> words) {
    // each word as the normalised text writes it, its spaces any run of white space
    return words.keySet().stream().map(Mentions::normalise)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }

  /**
   * The direction of the bound the text states for a value, if it states one.
   *
   * @param norm the normalised text
   * @param q the value, a single quantity (a range is never a bound)
   * @param clauseStart where the value's clause starts
   * @param clauseEnd where it ends
   * @param alone whether no other value stands before it in its clause
   */
  static Optional<Comparison> of(String norm, FoundQuantity q, int clauseStart, int clauseEnd, boolean alone) {
    if (!(q.measurement() instanceof Quantity)) {
      return Optional.empty();
    }
    String before = norm.substring(clauseStart, q.start());
    Optional<Comparison> found = match(BEFORE, before, FactWords.bundled().boundsBefore);
    if (found.isEmpty() && alone && q.dimension() != Dimension.TIME) {
      found = match(BEFORE_ALONE, before, FactWords.bundled().boundsBeforeAlone);
    }
    if (found.isPresent()) {
      return found;
    }
    Matcher after = AFTER.matcher(norm).region(q.end(), Math.max(q.end(), clauseEnd));
    if (after.lookingAt()) {
      return Optional.ofNullable(lookUp(FactWords.bundled().boundsAfter, after.group(1)));
    }
    return Optional.empty();
  }

  private static Optional<Comparison> match(Pattern pattern, String before, Map<String, Comparison> words) {
    Matcher m = pattern.matcher(before);
    if (!m.find()) {
      return Optional.empty();
    }
    Comparison c = lookUp(words, m.group(1));
    if (c != null && c.isLowerBound() && NEGATED.matcher(before.substring(0, m.start())).find()) {
      // "no more than 5 W", "pas plus de": an upper limit the text does not state as a bound of its own
      return Optional.empty();
    }
    return Optional.ofNullable(c);
  }

  private static Comparison lookUp(Map<String, Comparison> words, String written) {
    String key = written.replaceAll("\\s+", " ");
    for (Map.Entry<String, Comparison> e : words.entrySet()) {
      if (Mentions.normalise(e.getKey()).equals(key)) {
        return e.getValue();
      }
    }
    return null;
  }
}

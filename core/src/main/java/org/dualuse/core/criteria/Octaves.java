package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * Bandwidths written in octaves ("an 'instantaneous bandwidth' greater than 1 octave", "of more than one
 * octave", "of one octave or less"), read as the ratio of the band's highest to its lowest frequency: n
 * octaves is a ratio of 2ⁿ, as the annex itself writes it beside one ("1 octave (fmax > 2fmin)", 3A001.b.9.c).
 * No {@code Unit} says it: an octave is logarithmic in base 2, and the registry's logarithmic units are
 * decibels; the ratio is a pure number, which a data sheet's "2-18 GHz" band answers once divided.
 *
 * <p>Stateless and thread-safe.
 */
final class Octaves {
  private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six");
  private static final Pattern OCTAVES = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)?|" + String.join("|", WORDS) + ")\\s+octaves?(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  // "octave or fractional octave filters": an octave that names a kind of filter is no value
  private static final Pattern NOT_A_VALUE = Pattern.compile("^\\s*(?:or\\s+fractional|filters?|band\\b)",
      Pattern.CASE_INSENSITIVE);

  private Octaves() {}

  /** The bandwidths in octaves of {@code text} that no quantity of {@code found} covers, as ratios. */
  static List<FoundQuantity> find(String text, List<FoundQuantity> found) {
    List<FoundQuantity> out = new ArrayList<>();
    Matcher m = OCTAVES.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (found.stream().anyMatch(q -> q.start() < end && start < q.end())
          || NOT_A_VALUE.matcher(text.substring(end)).lookingAt()) {
        continue;
      }
      String number = m.group(1).toLowerCase(Locale.ROOT);
      int word = WORDS.indexOf(number);
      double octaves = word >= 0 ? word : Double.parseDouble(number.replace(',', '.'));
      out.add(new FoundQuantity(Quantity.of(Math.pow(2, octaves), Units.ONE), start, end, m.group(), List.of()));
    }
    return out;
  }
}

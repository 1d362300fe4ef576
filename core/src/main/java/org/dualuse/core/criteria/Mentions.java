package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.quantity.Dimension;

/**
 * Finds the vocabulary's words for parameters in a text, so that a number can be given the name
 * written next to it. Works on a {@linkplain #normalise normalised} copy of the text that keeps
 * every offset. Stateless and thread-safe.
 */
final class Mentions {

  /** A parameter named at {@code [start, end)} of the text. */
  record Mention(Parameter parameter, int start, int end) {}

  private Mentions() {}

  /** Lower case, quotes and underscores as spaces; the same length as {@code text}, so offsets carry over. */
  static String normalise(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ("\"'‘’“”_".indexOf(c) >= 0) {
        chars[i] = ' ';
      } else {
        chars[i] = Character.toLowerCase(c);
      }
    }
    return new String(chars);
  }

  /** The mentions of parameters of {@code dimension} within {@code [from, to)}, longest first, not overlapping. */
  static List<Mention> find(String normalised, int from, int to, Dimension dimension) {
    List<Mention> found = new ArrayList<>();
    if (from >= to) {
      return found;
    }
    for (Map.Entry<String, Parameter> spelling : Parameters.spellings(dimension)) {
      String word = spelling.getKey();
      int at = normalised.indexOf(word, from);
      while (at >= 0 && at + word.length() <= to) {
        int end = at + word.length();
        if (isBoundary(normalised, at - 1) && isBoundary(normalised, end) && !overlaps(found, at, end)) {
          found.add(new Mention(spelling.getValue(), at, end));
        }
        at = normalised.indexOf(word, at + 1);
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  /** The mention that ends nearest before {@code to}, within {@code [from, to)}. */
  static Optional<Mention> nearestBefore(String normalised, int from, int to, Dimension dimension) {
    List<Mention> found = find(normalised, from, to, dimension);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** The mention that starts nearest after {@code from}, within {@code [from, to)}. */
  static Optional<Mention> nearestAfter(String normalised, int from, int to, Dimension dimension) {
    List<Mention> found = find(normalised, from, to, dimension);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static boolean overlaps(List<Mention> found, int start, int end) {
    for (Mention m : found) {
      if (start < m.end() && m.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}

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
      if (c < 0x80) {
        // ASCII: what the general rule below gives, without its lookups
        if (c >= 'A' && c <= 'Z') {
          chars[i] = (char) (c + ('a' - 'A'));
        } else if (c == '"' || c == '\'' || c == '_') {
          chars[i] = ' ';
        }
      } else if ("‘’“”".indexOf(c) >= 0) {
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
    // a spelling must end by "to": search only that far, not to the end of a long provision (bounds,
    // not a copy of the text's head: this runs for every quantity of a text, twice)
    int limit = Math.min(to, normalised.length());
    for (Map.Entry<String, Parameter> spelling : Parameters.spellings(dimension)) {
      String word = spelling.getKey();
      int space = word.indexOf(' ');
      if (space < 0) {
        int at = normalised.indexOf(word, from);
        while (at >= 0 && at + word.length() <= limit) {
          int end = at + word.length();
          if ((isBoundary(normalised, at - 1) || (Parameters.isCompoundHead(word)
                  && GermanCompounds.endsCompound(normalised, at, end)))
              && endsWord(normalised, end, word) && !overlaps(found, at, end)) {
            found.add(new Mention(spelling.getValue(), at, end));
          }
          at = normalised.indexOf(word, at + 1);
        }
        continue;
      }
      // quotes become spaces, so the annex's "bias" "stability" and positioning "accuracies" hold runs
      // of spaces where a spelling has one: a space of a spelling matches any run of white space
      String first = word.substring(0, space);
      int at = normalised.indexOf(first, from);
      while (at >= 0 && at + first.length() <= limit) {
        int end = matchSpaced(normalised, limit, at, word);
        if (end > 0 && isBoundary(normalised, at - 1) && isBoundary(normalised, end) && !overlaps(found, at, end)) {
          found.add(new Mention(spelling.getValue(), at, end));
        }
        at = normalised.indexOf(first, at + 1);
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  /**
   * The mention that ends nearest before {@code to}, within {@code [from, to)}. Of mentions that touch
   * ("harmonic distortion content") the longest wins: the shorter is usually a word of the phrase.
   */
  static Optional<Mention> nearestBefore(String normalised, int from, int to, Dimension dimension) {
    return nearestBefore(normalised, find(normalised, from, to, dimension));
  }

  /** As {@link #nearestBefore(String, int, int, Dimension)}, of mentions found before (by {@link #find}). */
  static Optional<Mention> nearestBefore(String normalised, List<Mention> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int i = found.size() - 1;
    Mention best = found.get(i);
    // "a hole pitch (centre-to-centre spacing) of 12 µm": the name in brackets glosses the one before it, which
    // is the name the text gives the value
    if (i > 0 && glosses(normalised, found.get(i - 1), best)) {
      i--;
      best = found.get(i);
    }
    while (i > 0 && touches(normalised, found.get(i - 1), found.get(i))) {
      i--;
      if (length(found.get(i)) > length(best)) {
        best = found.get(i);
      }
    }
    return Optional.of(best);
  }

  /** The mention that starts nearest after {@code from}, within {@code [from, to)}; of touching ones the longest. */
  static Optional<Mention> nearestAfter(String normalised, int from, int to, Dimension dimension) {
    return nearestAfter(normalised, find(normalised, from, to, dimension));
  }

  /** As {@link #nearestAfter(String, int, int, Dimension)}, of mentions found before (by {@link #find}). */
  static Optional<Mention> nearestAfter(String normalised, List<Mention> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int i = 0;
    Mention best = found.get(0);
    while (i + 1 < found.size() && touches(normalised, found.get(i), found.get(i + 1))) {
      i++;
      if (length(found.get(i)) > length(best)) {
        best = found.get(i);
      }
    }
    return Optional.of(best);
  }

  /**
   * The end of {@code word} at {@code at} of {@code text}, each of its spaces matching a run of white
   * space, reading no further than {@code limit}; -1 if it is not there.
   */
  static int matchSpaced(String text, int limit, int at, String word) {
    int j = at;
    for (int i = 0; i < word.length(); i++) {
      char w = word.charAt(i);
      if (w == ' ') {
        if (j >= limit || !Character.isWhitespace(text.charAt(j))) {
          return -1;
        }
        while (j < limit && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
      } else {
        if (j >= limit || text.charAt(j) != w) {
          return -1;
        }
        j++;
      }
    }
    return j;
  }

  private static int length(Mention m) {
    return m.end() - m.start();
  }

  private static boolean glosses(String text, Mention first, Mention second) {
    return first.end() <= second.start() && text.substring(first.end(), second.start()).strip().equals("(")
        && text.substring(second.end()).stripLeading().startsWith(")");
  }

  private static boolean touches(String text, Mention first, Mention second) {
    return first.end() <= second.start() && text.substring(first.end(), second.start()).isBlank();
  }

  static boolean overlaps(List<Mention> found, int start, int end) {
    for (Mention m : found) {
      if (start < m.end() && m.start() < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a spelling ending at {@code end} ends a word there. A diameter sign is written glued to
   * its number ("Ø50 mm", "Innen-Ø150"): a digit after it is no part of the word.
   */
  static boolean endsWord(String text, int end, String word) {
    if (isBoundary(text, end)) {
      return true;
    }
    char last = word.charAt(word.length() - 1);
    return (last == 'ø' || last == '⌀') && Character.isDigit(text.charAt(end));
  }

  static boolean isBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}

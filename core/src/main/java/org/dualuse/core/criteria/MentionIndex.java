package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.quantity.Dimension;

/**
 * The mentions of parameters in one normalised text, for asking about many windows of it: what
 * {@link Mentions#find} gives for a window, without searching the text for every spelling of the
 * dimension again for each window. {@link ProductFacts} asks about two windows for every quantity
 * of a text, and a dimension has hundreds of spellings.
 *
 * <p>Per dimension, every place a spelling occurs with the word bounds {@link Mentions#find} checks
 * (none of which depends on the window: they look at the characters around the spelling, also
 * outside the window), in the order that method visits them: spelling by spelling, each from left
 * to right. A window keeps those that lie wholly within it and drops, in that order, those that
 * overlap one kept before, as {@link Mentions#find} does. Not thread-safe: one text, one reader.
 */
final class MentionIndex {
  /** Bits of the set of the text's pairs of adjacent characters (a power of two). */
  private static final int PAIR_BITS = 4096;

  private final String normalised;
  private final Map<Dimension, List<Mentions.Mention>> occurrences = new EnumMap<>(Dimension.class);
  /**
   * The text's pairs of adjacent characters, hashed into {@value #PAIR_BITS} bits, made on first use: a
   * spelling whose first two characters are no pair of the text does not occur in it, and most of a
   * dimension's hundreds of spellings are not searched for at all. A hash shared by another pair only
   * lets a spelling be searched for in vain.
   */
  private long[] pairs;

  /** @param normalised a text as {@link Mentions#normalise} gives it */
  MentionIndex(String normalised) {
    this.normalised = normalised;
  }

  /** As {@link Mentions#find}{@code (normalised, from, to, dimension)}. */
  List<Mentions.Mention> find(int from, int to, Dimension dimension) {
    List<Mentions.Mention> found = new ArrayList<>();
    if (from >= to) {
      return found;
    }
    int limit = Math.min(to, normalised.length());
    for (Mentions.Mention m : occurrencesOf(dimension)) {
      if (m.start() >= from && m.end() <= limit && !Mentions.overlaps(found, m.start(), m.end())) {
        found.add(m);
      }
    }
    found.sort(Comparator.comparingInt(Mentions.Mention::start));
    return found;
  }

  /** As {@link Mentions#nearestBefore(String, int, int, Dimension)}. */
  Optional<Mentions.Mention> nearestBefore(int from, int to, Dimension dimension) {
    return Mentions.nearestBefore(normalised, find(from, to, dimension));
  }

  /** As {@link Mentions#nearestAfter(String, int, int, Dimension)}. */
  Optional<Mentions.Mention> nearestAfter(int from, int to, Dimension dimension) {
    return Mentions.nearestAfter(normalised, find(from, to, dimension));
  }

  private List<Mentions.Mention> occurrencesOf(Dimension dimension) {
    List<Mentions.Mention> known = occurrences.get(dimension);
    if (known == null) {
      known = occurrencesNow(dimension);
      occurrences.put(dimension, known);
    }
    return known;
  }

  private List<Mentions.Mention> occurrencesNow(Dimension dimension) {
    List<Mentions.Mention> out = new ArrayList<>();
    int length = normalised.length();
    for (Map.Entry<String, Parameter> spelling : Parameters.spellings(dimension)) {
      String word = spelling.getKey();
      int space = word.indexOf(' ');
      // a spaced spelling matches whatever spacing the text has: only its first word's characters are sure
      if ((space < 0 ? word.length() : space) >= 2 && !hasPair(word.charAt(0), word.charAt(1))) {
        continue;
      }
      if (space < 0) {
        for (int at = normalised.indexOf(word); at >= 0; at = normalised.indexOf(word, at + 1)) {
          int end = at + word.length();
          if ((Mentions.isBoundary(normalised, at - 1) || (Parameters.isCompoundHead(word)
                  && GermanCompounds.endsCompound(normalised, at, end)))
              && Mentions.endsWord(normalised, end, word)) {
            out.add(new Mentions.Mention(spelling.getValue(), at, end));
          }
        }
        continue;
      }
      // a spaced spelling that fits in the whole text ends where it ends within any window it fits in
      String first = word.substring(0, space);
      for (int at = normalised.indexOf(first); at >= 0; at = normalised.indexOf(first, at + 1)) {
        int end = Mentions.matchSpaced(normalised, length, at, word);
        if (end > 0 && Mentions.isBoundary(normalised, at - 1) && Mentions.isBoundary(normalised, end)) {
          out.add(new Mentions.Mention(spelling.getValue(), at, end));
        }
      }
    }
    return out;
  }

  /** Whether the text may have these two characters one after the other (it does when they hash apart). */
  private boolean hasPair(char a, char b) {
    if (pairs == null) {
      pairs = new long[PAIR_BITS / 64];
      for (int i = 1; i < normalised.length(); i++) {
        int h = pairHash(normalised.charAt(i - 1), normalised.charAt(i));
        pairs[h >>> 6] |= 1L << h;
      }
    }
    int h = pairHash(a, b);
    return (pairs[h >>> 6] & (1L << h)) != 0;
  }

  private static int pairHash(char a, char b) {
    int h = a * 31 + b;
    return (h ^ (h >>> 7)) & (PAIR_BITS - 1);
  }
}

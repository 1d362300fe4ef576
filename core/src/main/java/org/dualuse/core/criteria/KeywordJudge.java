package org.dualuse.core.criteria;

import java.util.List;
import java.util.Locale;

/**
 * The judge of {@link FeatureJudge#keywords}: MATCH when the text contains one of a feature's
 * multi-word keywords or two of its single-word keywords, UNKNOWN otherwise.
 *
 * <p>A classification judges every feature of every entry it evaluates, and almost no keyword
 * occurs in a short text. So the judge remembers which pairs of adjacent characters the text has
 * (hashed into a small bit set), and searches the text only for a keyword all of whose pairs it
 * has: a keyword with a missing pair cannot occur, so the answers are those of a plain search.
 * Immutable and thread-safe.
 */
final class KeywordJudge implements FeatureJudge {
  private static final int BITS = 4096;

  private final String lower;
  private final long[] pairs = new long[BITS / Long.SIZE];

  KeywordJudge(String text) {
    this.lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    for (int i = 1; i < lower.length(); i++) {
      int h = pair(lower.charAt(i - 1), lower.charAt(i));
      pairs[h >>> 6] |= 1L << h;
    }
  }

  /** The hash of two adjacent characters, below {@value #BITS}. */
  static int pair(char first, char second) {
    return (first * 31 + second) & (BITS - 1);
  }

  /** Whether the text may have the pair of this hash (it has, or another pair with the same hash). */
  boolean hasPair(int hash) {
    return (pairs[hash >>> 6] & (1L << hash)) != 0;
  }

  @Override
  public Truth judge(Feature feature) {
    List<String> keywords = feature.keywords();
    int single = 0;
    for (int i = 0; i < keywords.size(); i++) {
      String k = keywords.get(i);
      if (contains(k)) {
        if (k.indexOf(' ') >= 0) {
          return Truth.MATCH;
        }
        single++;
      }
    }
    return single >= 2 ? Truth.MATCH : Truth.UNKNOWN;
  }

  /** Whether the lower-cased text contains the keyword. */
  boolean contains(String keyword) {
    for (int i = 1; i < keyword.length(); i++) {
      if (!hasPair(pair(keyword.charAt(i - 1), keyword.charAt(i)))) {
        return false;
      }
    }
    return lower.contains(keyword);
  }
}

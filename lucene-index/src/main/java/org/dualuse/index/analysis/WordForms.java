package org.dualuse.index.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The folded form and the stem of a word: the one rule of each that the whole classifier uses, the
 * index and the retrieval through {@link ListAnalyzer} and the cyber-surveillance cues and release
 * notes through their own word reader. Two rules would judge the same note differently depending on
 * the path a text takes.
 *
 * <p>Folding: lower case, accents and ligatures folded to ASCII ({@code Wärme} and {@code warme},
 * {@code ß} as {@code ss}). Stemming: Snowball English (Porter2) of the folded form, so plurals and
 * verb forms meet ({@code intercepts}, {@code interception}, {@code intercepted} all give
 * {@code intercept}); the data files' cue grammar states it. A word with a character other than a
 * letter ({@code x86}, {@code 5g}) or of fewer than three letters is its own stem. German words go
 * through the same stemmer: crude but symmetric, since the list and the texts are stemmed alike.
 * Thread-safe. Not exported from the module.
 */
public final class WordForms {
  /**
   * Stem per folded word, shared by all threads: the same few thousand words recur in every text,
   * and stemming is most of the cost of reading one. Values are pure functions of the key, so a race
   * only computes one twice. Bounded, so that a stream of unique words (part numbers) cannot grow it.
   */
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  private static final int MAX_STEMS = 50_000;
  private static final int SHORTEST_STEMMED = 3;

  private WordForms() {}

  /** Lower case with accents and ligatures folded to ASCII. */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower; // nothing to fold: skip the copy
    }
    char[] out = new char[lower.length() * 4];
    int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
    return new String(out, 0, n);
  }

  /** The stem of a folded word (see the class comment). */
  public static String stem(String folded) {
    if (!stemmable(folded)) {
      return folded;
    }
    String s = STEMS.get(folded);
    if (s == null) {
      EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe: one per word not yet known
      stemmer.setCurrent(folded);
      stemmer.stem();
      s = stemmer.getCurrent();
      if (STEMS.size() < MAX_STEMS) {
        STEMS.putIfAbsent(folded, s);
      }
    }
    return s;
  }

  /** Whether the stemmer applies: three letters or more and nothing but letters. */
  static boolean stemmable(CharSequence folded) {
    if (folded.length() < SHORTEST_STEMMED) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (!Character.isLetter(folded.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

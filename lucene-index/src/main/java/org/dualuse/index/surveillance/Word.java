package org.dualuse.index.surveillance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * One word of a text as the cue matching sees it: the surface as written with its offsets, the
 * folded form (lower case, accents and umlauts dropped, {@code ß} as {@code ss}) and the stem of
 * the folded form (Snowball English: plurals and verb forms meet, {@code intercepts},
 * {@code interception} and {@code intercepted} all give {@code intercept}).
 *
 * <p>German words go through the same stemmer; that is crude but symmetric, since cues and texts
 * are stemmed alike. Words are runs of letters and digits; everything else separates them.
 *
 * @param surface the word as written
 * @param folded lower case without diacritics
 * @param stem the stem of the folded form
 * @param light the folded form with an English plural ending removed
 * @param start offset of the first character in the text
 * @param end offset after the last character
 */
record Word(String surface, String folded, String stem, String light, int start, int end) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** The words of a text, in order; empty for null or blank text. */
  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe: one per call
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String surface = m.group();
      String folded = fold(surface);
      out.add(new Word(surface, folded, stem(stemmer, folded), singular(folded), m.start(), m.end()));
    }
    return out;
  }

  /** Lower case, diacritics removed, {@code ß} as {@code ss}. */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The folded word without an English plural ending: -ies to -y, -es after a sibilant, -s. */
  static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && Character.isLetter(w.charAt(n - 2))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String stem(EnglishStemmer stemmer, String folded) {
    if (folded.length() < 3 || !folded.chars().allMatch(Character::isLetter)) {
      return folded;
    }
    stemmer.setCurrent(folded);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}

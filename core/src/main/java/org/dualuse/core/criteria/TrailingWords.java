package org.dualuse.core.criteria;

import java.util.regex.Pattern;

/**
 * Strips what ends the line of a provision without belonging to its condition: the run of spaces
 * and {@code ;:,.}, a trailing "or" / "and", and ", as follows", until none is left.
 *
 * <p>Each step does by hand what its pattern ({@code TRAILING_*}) would replace, because it runs on
 * every provision; only a text that ends in a line terminator other than a space, where "$" also
 * matches before that terminator, goes to the pattern itself, so the result is the pattern's in every
 * case. Stateless and thread-safe.
 */
final class TrailingWords {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;:,.]+$");
  private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(?i)\\s+(?:or|and)$");
  private static final Pattern TRAILING_AS_FOLLOWS = Pattern.compile("(?i),?\\s*as\\s+follows$");

  private TrailingWords() {}

  /** {@code text} without its trailing punctuation, "or"/"and" and ", as follows", repeated until none is left. */
  static String strip(String text) {
    String s = text;
    String previous;
    do {
      previous = s;
      s = withoutTrailingPunctuation(s);
      s = withoutTrailingConjunction(s);
      s = withoutTrailingAsFollows(s);
    } while (!s.equals(previous));
    return s;
  }

  /** {@code TRAILING_CONJUNCTION.matcher(s).replaceFirst("")} by hand (see {@link #withoutTrailingPunctuation}). */
  private static String withoutTrailingConjunction(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    if (isLineTerminator(s.charAt(end - 1))) {
      return TRAILING_CONJUNCTION.matcher(s).replaceFirst("");
    }
    int word;
    if (endsWithAsciiIgnoringCase(s, "or")) {
      word = end - 2;
    } else if (endsWithAsciiIgnoringCase(s, "and")) {
      word = end - 3;
    } else {
      return s;
    }
    int i = spacesBefore(s, word);
    return i == word ? s : s.substring(0, i);
  }

  /** {@code TRAILING_AS_FOLLOWS.matcher(s).replaceFirst("")} by hand (see {@link #withoutTrailingPunctuation}). */
  private static String withoutTrailingAsFollows(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    if (isLineTerminator(s.charAt(end - 1))) {
      return TRAILING_AS_FOLLOWS.matcher(s).replaceFirst("");
    }
    if (!endsWithAsciiIgnoringCase(s, "follows")) {
      return s;
    }
    int follows = end - "follows".length();
    int as = spacesBefore(s, follows);
    if (as == follows || as < 2 || !regionIsAsciiIgnoringCase(s, as - 2, "as")) {
      return s;
    }
    int start = spacesBefore(s, as - 2);
    if (start > 0 && s.charAt(start - 1) == ',') {
      start--;
    }
    return s.substring(0, start);
  }

  /** The start of the run of regex spaces that ends at {@code end} ({@code end} itself when there is none). */
  private static int spacesBefore(String s, int end) {
    int i = end;
    while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean endsWithAsciiIgnoringCase(String s, String lowerWord) {
    return s.length() >= lowerWord.length() && regionIsAsciiIgnoringCase(s, s.length() - lowerWord.length(), lowerWord);
  }

  /** Case folded as a pattern's (?i) folds it: ASCII letters only. */
  private static boolean regionIsAsciiIgnoringCase(String s, int from, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = s.charAt(from + k);
      char w = lowerWord.charAt(k);
      if (c != w && c != (char) (w - 'a' + 'A')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * {@code TRAILING_PUNCTUATION.matcher(s).replaceFirst("")} by hand: the run of spaces and
   * {@code ;:,.} at the end goes. Only a text ending in one of the other line terminators (where "$"
   * also matches before it) goes to the pattern itself.
   */
  private static String withoutTrailingPunctuation(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    char last = s.charAt(end - 1);
    if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return TRAILING_PUNCTUATION.matcher(s).replaceFirst("");
    }
    int i = end;
    while (i > 0 && isTrailingPunctuation(s.charAt(i - 1))) {
      i--;
    }
    return i == end ? s : s.substring(0, i);
  }

  private static boolean isTrailingPunctuation(char c) {
    return isRegexSpace(c) || c == ';' || c == ':' || c == ',' || c == '.';
  }

  /** What "\\s" matches in a pattern without the Unicode flag. */
  private static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

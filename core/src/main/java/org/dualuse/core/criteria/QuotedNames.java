package org.dualuse.core.criteria;

import java.util.Locale;
import java.util.Optional;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;

/**
 * The annex's quoted terms as the names of the values they introduce: "a 'gas path temperature' of
 * 1373 K or more", "a 'maximum power' greater than 10 kW", "a 'turn-on time' ... less than 10 seconds".
 * A term in quotes (a local term in single quotes, a defined one in double quotes) that stands right
 * before a value's comparator, with at most "of" or a bracketed abbreviation between, is that value's
 * name as a whole: the annex defines it so, qualifier and all, where the vocabulary's word inside it
 * ("temperature", "power") names only a broader quantity.
 *
 * <p>A quoted plural the vocabulary does not know names goods ("'filaments' above 115 K"), not a
 * value. Stateless and thread-safe.
 */
final class QuotedNames {

  private static final int MAX_TERM = 60;
  private static final int MAX_BRACKET = 24;

  private QuotedNames() {}

  /** A quoted term and where it lies in the text, quote marks included. */
  record Quoted(Parameter parameter, int start, int end) {}

  /**
   * The quoted term that ends right before {@code to} in {@code text} (not before {@code from}), as a
   * parameter of {@code dimension}: the vocabulary's when it knows the term for that dimension, else
   * one of its own; empty when no quoted term stands there or it names goods.
   */
  static Optional<Quoted> before(String text, int from, int to, Dimension dimension) {
    int i = skipSpaces(text, from, to);
    // "'Total Processing Performance' ('TPP') of 5000": a bracketed abbreviation after the term
    if (i > from && text.charAt(i - 1) == ')') {
      int open = text.lastIndexOf('(', i - 1);
      if (open < from || i - open > MAX_BRACKET) {
        return Optional.empty();
      }
      i = skipSpaces(text, from, open);
    }
    if (i - 2 >= from && text.substring(i - 2, i).equalsIgnoreCase("of") && i - 3 >= from
        && Character.isWhitespace(text.charAt(i - 3))) {
      i = skipSpaces(text, from, i - 2);
    }
    if (i - 1 < from || !isClosing(text.charAt(i - 1))) {
      return Optional.empty();
    }
    int close = i - 1;
    int open = -1;
    for (int k = close - 1; k >= Math.max(from, close - MAX_TERM); k--) {
      char c = text.charAt(k);
      if (isOpening(c) && pairs(c, text.charAt(close)) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
        open = k;
        break;
      }
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-') {
        return Optional.empty();
      }
    }
    if (open < 0) {
      return Optional.empty();
    }
    String name = Parameters.key(text.substring(open + 1, close));
    if (name.isEmpty() || name.chars().noneMatch(Character::isLetter)
        || ValueNames.NAME_STOPS.contains(name.split(" ")[0]) || qualifiedFromOutside(text, from, open)) {
      return Optional.empty();
    }
    for (String candidate : new String[] {name, name.replaceAll("s$", "")}) {
      Optional<Parameter> known = Parameters.lookup(candidate, dimension);
      if (known.isPresent()) {
        return Optional.of(new Quoted(known.get(), open, close + 1));
      }
    }
    if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && !name.endsWith("is")) {
      return Optional.empty();
    }
    return Optional.of(new Quoted(new Parameter(name.toLowerCase(Locale.ROOT), dimension, null), open, close + 1));
  }

  /**
   * Whether a content word stands right before the opening quote ("an overall 'acceleration
   * sensitivity'", "static \"accuracy\"", "bias" "stability"): then the quoted term is not the whole name. An article, a
   * linking word or a word such as "typical" or "maximum" leaves it whole.
   */
  private static boolean qualifiedFromOutside(String text, int from, int open) {
    int end = skipSpaces(text, from, open);
    if (end > from && isClosing(text.charAt(end - 1))) {
      return true; // a run of quoted terms names one thing: "bias" "stability"
    }
    int begin = end;
    while (begin > from && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    if (begin == end) {
      return false;
    }
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    return !ValueNames.NAME_STOPS.contains(word) && !ValueNames.NAME_EDGES.contains(word);
  }

  /**
   * Whether a value found in a text lies inside a quoted term, with words of the term after it: "An
   * 'upper 3dB frequency' greater than 90 GHz" bounds a frequency whose name holds "3dB"; the 3 dB is
   * part of the name, no value of its own.
   */
  static boolean holds(String text, FoundQuantity q) {
    int open = -1;
    for (int k = q.start() - 1; k >= Math.max(0, q.start() - MAX_TERM); k--) {
      char c = text.charAt(k);
      if (isOpening(c) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
        open = k;
        break;
      }
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-') {
        return false;
      }
    }
    boolean word = false;
    for (int k = q.end(); open >= 0 && k < Math.min(text.length(), open + MAX_TERM); k++) {
      char c = text.charAt(k);
      if (isClosing(c) && pairs(text.charAt(open), c)
          && (k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
        return word;
      }
      if (Character.isLetter(c)) {
        word = true;
      } else if (!Character.isDigit(c) && c != ' ' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static int skipSpaces(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isClosing(char c) {
    return c == '\'' || c == '’' || c == '"' || c == '”';
  }

  private static boolean isOpening(char c) {
    return c == '\'' || c == '‘' || c == '"' || c == '“';
  }

  private static boolean pairs(char open, char close) {
    boolean single = open == '\'' || open == '‘';
    return single == (close == '\'' || close == '’');
  }
}

package org.dualuse.lists.diff;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wording of a provision with its typography removed, so that two versions compare equal when
 * only the printing differs: case; runs of spaces; curly or straight quotes and the spaces around
 * them; dash styles and a space after a minus ({@code - 55}); the micro sign or the Greek mu;
 * commas between words (not decimal commas); {@code ×} or {@code x} in powers; spaces inside
 * numbers ({@code 3 500} and {@code 3500}); spaces before {@code %} and {@code °} or after
 * {@code (} and {@code ±}; punctuation at the end ({@code ;}, {@code .}, {@code :}). Words,
 * numbers and units are kept, so any change of substance still shows.
 *
 * <p>Stateless and thread-safe.
 */
final class TypographyFreeText {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGIT_GROUP = Pattern.compile("(\\d) (?=\\d{3}\\b)");
  private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile(" (?=[%°,;:.)])");
  private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("(?<=[(±]) ");
  private static final Pattern SPACE_AROUND_QUOTE = Pattern.compile(" ?([\"']) ?");
  private static final Pattern SPACE_AFTER_MINUS = Pattern.compile("- (?=\\d)");
  private static final Pattern COMMA_BEFORE_WORD = Pattern.compile(", ");
  private static final Pattern TRAILING = Pattern.compile("[\\s;.:,]+$");

  private TypographyFreeText() {}

  static String of(String text) {
    String s = text.replace('“', '"').replace('”', '"').replace('„', '"').replace('″', '"')
        .replace('‘', '\'').replace('’', '\'').replace('‚', '\'').replace('′', '\'')
        .replace('–', '-').replace('—', '-').replace('‑', '-').replace('−', '-')
        .replace('×', 'x').replace('\u00a0', ' ').replace('\u00b5', '\u03bc');
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = DIGIT_GROUP.matcher(s).replaceAll("$1");
    s = SPACE_BEFORE_SIGN.matcher(s).replaceAll("");
    s = SPACE_AFTER_OPEN.matcher(s).replaceAll("");
    s = SPACE_AROUND_QUOTE.matcher(s).replaceAll("$1");
    s = SPACE_AFTER_MINUS.matcher(s).replaceAll("-");
    s = COMMA_BEFORE_WORD.matcher(s).replaceAll(" ");
    s = TRAILING.matcher(s).replaceAll("");
    return s.toLowerCase(Locale.ROOT);
  }
}

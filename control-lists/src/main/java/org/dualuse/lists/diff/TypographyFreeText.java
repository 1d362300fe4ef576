package org.dualuse.lists.diff;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wording of a provision with its typography removed, so that two versions compare equal when
 * only the printing differs. Exactly these normalisations apply:
 *
 * <ol>
 *   <li><b>Characters.</b> Curly, low and prime quotes read as straight ones (the single/double
 *       distinction is kept: it tells a global from a local defined term); en, em, non-breaking and
 *       minus dashes as a hyphen; the micro sign as the Greek mu; a no-break space as a space; the
 *       masculine ordinal {@code º} as the degree sign; {@code *}, {@code ×} and a lone {@code x}
 *       between spaces as the times sign; the full stop that ends a code ({@code 8A001.c.1.,} and
 *       {@code 8A001.c.1,}).
 *   <li><b>Glyphs of the 2021 PDF</b> ({@link #repairGlyphs}): Symbol-font characters in the
 *       private use area read as what they print ({@code U+F0B0} °, {@code U+F0B4} ×, {@code U+F0B1}
 *       ±, {@code U+F06D} μ, {@code U+F063} χ, {@code U+F073} σ, {@code U+F0A3} ≤, {@code U+F0B3} ≥);
 *       {@code 100oC} (a raised o for the degree sign) reads as {@code 100 °C}. Then every degree
 *       sign is dropped, because that PDF also loses it outright ({@code 0,05 or less} for
 *       {@code 0,05° or less}).
 *   <li><b>Spacing.</b> Runs of white space as one space; spaces inside numbers ({@code 3 500});
 *       around the times sign and between a number and a following {@code x}, letter or unit
 *       ({@code 5 x 103 m}, {@code 5× 103m}); before {@code % , ; : . ) ±}; after {@code ( ±} and
 *       after a colon; after a minus or a hyphen that a line break left ({@code - 55},
 *       {@code Al- X-Fe}); around quotes.
 *   <li><b>Hyphenation and commas.</b> A hyphen between two letters reads as a space
 *       ({@code solid-state}, {@code solid state}); a comma before a word reads as a space
 *       ({@code form,made}, {@code analysers, capable}).
 *   <li><b>Footnote markers.</b> A bracketed number of one or two digits after a word, number or
 *       quote and a space ({@code ISO 230-2:1988 (6)}) is dropped, as is a digit the 2021 PDF glued to a
 *       standard's year ({@code 230-2:19881}).
 *   <li><b>Case and spelling.</b> A capitalised word in lower case ({@code Solid}, {@code A});
 *       other case is kept, because units differ by it ({@code MW}, {@code mW}); the -ize/-ise family in its s spelling after at least
 *       three letters ({@code utilizing}, {@code digitized}, {@code synthesizer},
 *       {@code atomization}); {@code aluminum} as {@code aluminium}, {@code airfoil} as
 *       {@code aerofoil}.
 *   <li><b>The end.</b> Punctuation at the end ({@code ; . : ,}) and a final list connective
 *       {@code ; or} (the "or" that joins an item to the next moves when the consolidated text adds
 *       or withdraws an item; the parent's "any of the following" carries the logic). A final
 *       {@code and} is kept.
 * </ol>
 *
 * Words, numbers and units are kept, so any change of substance still shows: "5 GHz" and "3 GHz", "MW" and "mW",
 * "any" and "all", "and" and "or" between items, 'term' and "term" stay apart.
 *
 * <p>Stateless and thread-safe.
 */
final class TypographyFreeText {
  private static final Pattern RAISED_O_DEGREE = Pattern.compile("(?<=\\d)\\s*o(?=[CF]\\b)");
  private static final String SYMBOL_FONT = "\uf0b0\uf0b4\uf0b1\uf06d\uf063\uf073\uf0a3\uf0b3";
  private static final String SYMBOL_FONT_READ = "°×±μχσ≤≥";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LONE_X = Pattern.compile("(?<=\\s)x(?=\\s)");
  private static final Pattern CODE_FULL_STOP = Pattern.compile("(\\b\\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*)\\.(?=[\\s,;)]|$)");
  private static final Pattern DIGIT_GROUP = Pattern.compile("(\\d) (?=\\d{3}\\b)");
  private static final Pattern AROUND_TIMES = Pattern.compile(" ?× ?");
  private static final Pattern NUMBER_THEN_X = Pattern.compile("(?<=\\d) ?x ?(?=\\d)");
  private static final Pattern NUMBER_THEN_LETTER = Pattern.compile("(?<=\\d) (?=\\p{L})");
  private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile(" (?=[%,;:.)±])");
  private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("(?<=[(±:]) ");
  private static final Pattern SPACE_AROUND_QUOTE = Pattern.compile(" ?([\"']) ?");
  private static final Pattern SPACE_AFTER_MINUS = Pattern.compile("- (?=\\d)");
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(?<=[\\p{L}\\d])- (?=\\p{L})");
  private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final Pattern COMMA_BEFORE_WORD = Pattern.compile(", ?(?=\\p{L})");
  private static final Pattern FOOTNOTE_MARKER = Pattern.compile("(?<=[\\p{L}\\d\"'])\\s+\\(\\d{1,2}\\)(?=[\\s;,.:]|$)");
  private static final Pattern FOOTNOTE_ON_YEAR = Pattern.compile("(?<=:(?:19|20)\\d\\d)\\d{1,2}\\b");
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}*\\b");
  private static final Pattern IZE = Pattern.compile("(?<=\\p{L}{3})([iy])z(?=(?:e|es|ed|er|ers|ing|ation|ations)\\b)");
  private static final Pattern ALUMINUM = Pattern.compile("\\baluminum");
  private static final Pattern AIRFOIL = Pattern.compile("\\bairfoil");
  private static final Pattern TRAILING = Pattern.compile("(?:[\\s;.:,]+|[;,]\\s*or)+$");

  private TypographyFreeText() {}

  /**
   * The text with the glyphs the 2021 PDF prints differently read as what they show, case and
   * spacing kept: Symbol-font private-use characters, the masculine ordinal as the degree sign, and
   * {@code 100oC} as {@code 100 °C}.
   */
  static String repairGlyphs(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int symbol = SYMBOL_FONT.indexOf(c);
      b.append(symbol >= 0 ? SYMBOL_FONT_READ.charAt(symbol) : c == 'º' ? '°' : c);
    }
    return RAISED_O_DEGREE.matcher(b).replaceAll(" °");
  }

  static String of(String text) {
    String s = repairGlyphs(text).replace('“', '"').replace('”', '"').replace('„', '"').replace('″', '"')
        .replace('‘', '\'').replace('’', '\'').replace('‚', '\'').replace('′', '\'')
        .replace('–', '-').replace('—', '-').replace('‑', '-').replace('−', '-')
        .replace('*', '×').replace('\u00a0', ' ').replace('\u00b5', '\u03bc');
    s = LONE_X.matcher(s).replaceAll("×");
    s = CODE_FULL_STOP.matcher(s).replaceAll("$1");
    s = s.replace("°", " ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = FOOTNOTE_MARKER.matcher(s).replaceAll("");
    s = FOOTNOTE_ON_YEAR.matcher(s).replaceAll("");
    s = DIGIT_GROUP.matcher(s).replaceAll("$1");
    s = AROUND_TIMES.matcher(s).replaceAll("x");
    s = NUMBER_THEN_X.matcher(s).replaceAll("x");
    s = NUMBER_THEN_LETTER.matcher(s).replaceAll("");
    s = SPACE_BEFORE_SIGN.matcher(s).replaceAll("");
    s = SPACE_AFTER_OPEN.matcher(s).replaceAll("");
    s = SPACE_AROUND_QUOTE.matcher(s).replaceAll("$1");
    s = SPACE_AFTER_MINUS.matcher(s).replaceAll("-");
    s = BROKEN_HYPHEN.matcher(s).replaceAll("-");
    s = HYPHEN_BETWEEN_LETTERS.matcher(s).replaceAll(" ");
    s = COMMA_BEFORE_WORD.matcher(s).replaceAll(" ");
    s = CAPITALISED.matcher(s).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    s = IZE.matcher(s).replaceAll("$1s");
    s = ALUMINUM.matcher(s).replaceAll("aluminium");
    s = AIRFOIL.matcher(s).replaceAll("aerofoil");
    s = TRAILING.matcher(s).replaceAll("");
    return s;
  }
}

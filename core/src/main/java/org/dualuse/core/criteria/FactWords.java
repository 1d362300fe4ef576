package org.dualuse.core.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;

/**
 * The reviewed words that let a product text state a fact without a unit ({@code fact-words.tsv}
 * beside this class): the designations of nominal pipe sizes ("DN", "NPS", threads such as "NPT"),
 * numerals, and the nouns and compound stems of counted things ("Achse", "achsig", "rollers").
 * UTF-8, five TAB-separated columns
 *
 * <pre>kind  lang  word  meaning  source</pre>
 *
 * <p>The kinds and what their meaning holds: {@code size-prefix} (mm or inch: the scale of the
 * number after it), {@code size-thread} (inch), {@code numeral} and {@code numeral-stem} (a whole
 * number), {@code counted} and {@code counted-stem} (the counted thing in English, plural),
 * {@code false-head} (-: a German word that ends like a name or a counted noun without being a
 * compound of it), {@code bound-before}, {@code bound-before-alone} and {@code bound-after} (the
 * direction of the bound the word makes of a value: {@code >}, {@code >=} or {@code <}), {@code
 * rating} (-: words before a value the product is rated to) and {@code underwater} (-: the start of a
 * word that makes a text one about underwater goods). Blank lines and {@code #} comments are skipped. A bad row is refused with a
 * {@link FactWordFormatException} naming the file and the line. Words are kept in lower case.
 * Immutable and thread-safe.
 */
final class FactWords {

  static final String RESOURCE = "fact-words.tsv";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|\\*");
  private static final List<String> KINDS = List.of("size-prefix", "size-thread", "numeral", "numeral-stem",
      "counted", "counted-stem", "false-head", "bound-before", "bound-before-alone", "bound-after",
      "rating", "underwater");

  private static final FactWords BUNDLED = readResource(RESOURCE);

  /** Size designation to its scale, "mm" or "inch". */
  final Map<String, String> sizePrefixes;
  final Set<String> sizeThreads;
  final Map<String, Integer> numerals;
  final Map<String, Integer> numeralStems;
  /** Noun as written (lower case) to the counted thing in English, plural. */
  final Map<String, String> counted;
  /** The German counted nouns: only these may end a compound ("Drückrolle"; "controller" is no roller). */
  final Map<String, String> countedGerman;
  final Map<String, String> countedStems;
  final Set<String> falseHeads;
  /** Words right before a value that make it a bound, as written (lower case), to the bound's direction. */
  final Map<String, Comparison> boundsBefore;
  /** Like {@link #boundsBefore}, but only for a value with no other value before it in its clause. */
  final Map<String, Comparison> boundsBeforeAlone;
  /** Words right after a value (and its unit) that make it a bound. */
  final Map<String, Comparison> boundsAfter;
  /** Words right before a value that say the product is rated to it ("rated to", "ausgelegt für"). */
  final Set<String> ratings;
  /** Starts of words that make a text one about underwater goods ("subsea", "unterwasser"). */
  final Set<String> underwater;

  private FactWords(Map<String, String> sizePrefixes, Set<String> sizeThreads, Map<String, Integer> numerals,
      Map<String, Integer> numeralStems, Map<String, String> counted, Map<String, String> countedGerman,
      Map<String, String> countedStems, Set<String> falseHeads, Map<String, Comparison> boundsBefore,
      Map<String, Comparison> boundsBeforeAlone, Map<String, Comparison> boundsAfter, Set<String> ratings,
      Set<String> underwater) {
    this.sizePrefixes = Map.copyOf(sizePrefixes);
    this.sizeThreads = Set.copyOf(sizeThreads);
    this.numerals = Map.copyOf(numerals);
    this.numeralStems = Map.copyOf(numeralStems);
    this.counted = Map.copyOf(counted);
    this.countedGerman = Map.copyOf(countedGerman);
    this.countedStems = Map.copyOf(countedStems);
    this.falseHeads = Set.copyOf(falseHeads);
    this.boundsBefore = Map.copyOf(boundsBefore);
    this.boundsBeforeAlone = Map.copyOf(boundsBeforeAlone);
    this.boundsAfter = Map.copyOf(boundsAfter);
    this.ratings = Set.copyOf(ratings);
    this.underwater = Set.copyOf(underwater);
  }

  /** The bundled words. */
  static FactWords bundled() {
    return BUNDLED;
  }

  static FactWords readResource(String name) {
    InputStream in = FactWords.class.getResourceAsStream(name);
    if (in == null) {
      throw new FactWordFormatException(name, 0, "resource missing from the core module");
    }
    // core's words serve every list
    return read(DataFileLines.declaredFile(in, name, Set.of(DataFileLines.ANY_LIST)), name);
  }

  /**
   * Reads a fact words file.
   *
   * @param source the file name errors carry
   * @throws FactWordFormatException naming the source and line of the first bad row
   */
  static FactWords read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Map<String, String> sizePrefixes = new LinkedHashMap<>();
    Set<String> sizeThreads = new HashSet<>();
    Map<String, Integer> numerals = new LinkedHashMap<>();
    Map<String, Integer> numeralStems = new LinkedHashMap<>();
    Map<String, String> counted = new LinkedHashMap<>();
    Map<String, String> countedGerman = new LinkedHashMap<>();
    Map<String, String> countedStems = new LinkedHashMap<>();
    Set<String> falseHeads = new HashSet<>();
    Map<String, Comparison> boundsBefore = new LinkedHashMap<>();
    Map<String, Comparison> boundsBeforeAlone = new LinkedHashMap<>();
    Map<String, Comparison> boundsAfter = new LinkedHashMap<>();
    Set<String> ratings = new HashSet<>();
    Set<String> underwater = new HashSet<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    try (reader) {
      DataFileLines.forEach(reader, source, (line, lineNo) -> {
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
          throw new FactWordFormatException(source, lineNo,
              "expected kind<TAB>lang<TAB>word<TAB>meaning<TAB>source (5 columns) but found " + cols.length
                  + ": '" + line + "'");
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
          if (cols[i].isEmpty()) {
            throw new FactWordFormatException(source, lineNo, "empty column " + (i + 1) + ": '" + line + "'");
          }
        }
        String kind = cols[0];
        String word = cols[2].toLowerCase(Locale.ROOT);
        String meaning = cols[3];
        if (!KINDS.contains(kind)) {
          throw new FactWordFormatException(source, lineNo, "unknown kind '" + kind + "', expected one of " + KINDS);
        }
        if (!LANGUAGE.matcher(cols[1]).matches()) {
          throw new FactWordFormatException(source, lineNo, "bad lang '" + cols[1]
              + "': a lower-case ISO 639-1 code, or * for a designation of every language");
        }
        Integer earlier = seen.putIfAbsent(kind + "|" + cols[1] + "|" + word, lineNo);
        if (earlier != null) {
          throw new FactWordFormatException(source, lineNo, "'" + cols[2] + "' (" + kind + ", " + cols[1]
              + ") repeats line " + earlier);
        }
        switch (kind) {
          case "size-prefix" -> sizePrefixes.put(word, scale(meaning, source, lineNo, "mm", "inch"));
          case "size-thread" -> {
            scale(meaning, source, lineNo, "inch");
            sizeThreads.add(word);
          }
          case "numeral" -> putNumber(numerals, word, meaning, source, lineNo);
          case "numeral-stem" -> putNumber(numeralStems, word, meaning, source, lineNo);
          case "counted" -> {
            putThing(counted, word, meaning, source, lineNo);
            if (cols[1].equals("de")) {
              countedGerman.put(word, meaning);
            }
          }
          case "counted-stem" -> putThing(countedStems, word, meaning, source, lineNo);
          case "bound-before" -> boundsBefore.put(word, direction(meaning, source, lineNo));
          case "bound-before-alone" -> boundsBeforeAlone.put(word, direction(meaning, source, lineNo));
          case "bound-after" -> boundsAfter.put(word, direction(meaning, source, lineNo));
          default -> {
            if (!meaning.equals("-")) {
              throw new FactWordFormatException(source, lineNo, "a " + kind + " row has the meaning -, not '"
                  + meaning + "'");
            }
            (kind.equals("rating") ? ratings : kind.equals("underwater") ? underwater : falseHeads).add(word);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new FactWords(sizePrefixes, sizeThreads, numerals, numeralStems, counted, countedGerman, countedStems,
        falseHeads, boundsBefore, boundsBeforeAlone, boundsAfter, ratings, underwater);
  }

  /** The direction a bound word's meaning names: {@code >}, {@code >=} or {@code <}. */
  private static Comparison direction(String meaning, String source, int line) {
    return switch (meaning) {
      case ">" -> Comparison.GREATER_THAN;
      case ">=" -> Comparison.AT_LEAST;
      case "<" -> Comparison.LESS_THAN;
      default -> throw new FactWordFormatException(source, line, "meaning '" + meaning
          + "' of a bound word must be one of [>, >=, <]");
    };
  }

  private static String scale(String meaning, String source, int line, String... allowed) {
    if (!List.of(allowed).contains(meaning)) {
      throw new FactWordFormatException(source, line, "meaning '" + meaning + "' must be one of "
          + List.of(allowed));
    }
    return meaning;
  }

  private static void putNumber(Map<String, Integer> into, String word, String meaning, String source, int line) {
    int value;
    try {
      value = Integer.parseInt(meaning);
    } catch (NumberFormatException e) {
      throw new FactWordFormatException(source, line, "meaning '" + meaning + "' of '" + word
          + "' is not a whole number");
    }
    Integer other = into.putIfAbsent(word, value);
    if (other != null && other != value) {
      throw new FactWordFormatException(source, line, "'" + word + "' is " + other + " on an earlier line, here "
          + value);
    }
  }

  private static void putThing(Map<String, String> into, String word, String meaning, String source, int line) {
    if (!meaning.matches("[a-z][a-z -]*")) {
      throw new FactWordFormatException(source, line, "meaning '" + meaning
          + "' is not a counted thing in English (lower-case words)");
    }
    String other = into.putIfAbsent(word, meaning);
    if (other != null && !other.equals(meaning)) {
      throw new FactWordFormatException(source, line, "'" + word + "' counts " + other
          + " on an earlier line, here " + meaning);
    }
  }

  /**
   * A regex alternation of words, each quoted, the longest first (so that a longer word wins where a
   * shorter one is its start); a pattern that matches nothing for no words.
   */
  static String alternation(java.util.Collection<String> words) {
    return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
  }
}

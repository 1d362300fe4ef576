package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.dualuse.core.DataFileLines;
import org.dualuse.index.knowledge.DataLists;

/**
 * The words of the annex in other languages: each German, French or Italian word mapped to the
 * English words of the annex it translates ("Leistung" to "power", "refroidi" to "cooled"), so that
 * a product text in those languages is read in the annex's words as well as its own. The rows
 * translate the annex's words (those found in at least three entries), never a labelled case.
 *
 * <p>A text word is looked up by its light stem in its language (Lucene's German, French and Italian
 * light stemmers, after lower case and ASCII folding), so the rows give base forms and a text's
 * inflected forms ("Leistungen", "refroidis") find them. German compounds are split into the
 * lexicon's German words before the lookup ({@link #compoundParts}).
 *
 * <p>File format ({@code lexicon-LANG.tsv} in this package): UTF-8, {@code #} starts a comment line,
 * blank lines are skipped, a header row {@code word lang english source}, then one row per pair:
 * {@code word<TAB>lang<TAB>english<TAB>source}, the word a single word of the language, the English
 * a single lower-case word. Immutable and thread-safe.
 */
public final class Lexicon {

  /** The languages the module has a lexicon for, in the order their files are read. */
  public static final List<String> LANGUAGES = List.of("de", "fr", "it");

  private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z][a-z-]*");
  private static final String HEADER = "word\tlang\tenglish\tsource";
  private static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of());

  /** Per language, per stem of a word, the English words it translates (sorted, without repeats). */
  private final Map<String, Map<String, List<String>>> byLanguage;
  /** Per language, the folded base forms of its words: the parts its compounds are split into. */
  private final Map<String, Set<String>> words;

  private Lexicon(Map<String, Map<String, List<String>>> byLanguage, Map<String, Set<String>> words) {
    this.byLanguage = byLanguage;
    this.words = words;
  }

  /** A lexicon without rows: no text is read in other words than its own. */
  public static Lexicon empty() {
    return EMPTY;
  }

  /**
   * The module's lexicon: {@code lexicon-de.tsv}, {@code lexicon-fr.tsv} and {@code lexicon-it.tsv}
   * of this package, those present.
   *
   * @throws LexiconFormatException naming the file and line of a bad row
   */
  public static Lexicon standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Lexicon INSTANCE = readStandard();
  }

  private static Lexicon readStandard() {
    Builder b = new Builder();
    for (String language : LANGUAGES) {
      String name = "lexicon-" + language + ".tsv";
      try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
        if (in != null) {
          b.read(DataLists.declaredFile(in, name), name, language);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return b.build();
  }

  /**
   * Reads one lexicon file, every row of the language given.
   *
   * @param reader the file's text; not closed
   * @param source the file's name, for errors
   * @param language the language every row must name
   * @throws LexiconFormatException naming the source and line of a bad row
   */
  public static Lexicon read(Reader reader, String source, String language) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Builder b = new Builder();
    b.read(reader, source, language);
    return b.build();
  }

  /**
   * The English words a word of a text in a language translates, empty when the lexicon has none
   * (or no rows of that language).
   *
   * @param language ISO 639-1 code of the text's language
   * @param foldedWord the word lower-cased and ASCII-folded, as the analysis has it
   */
  public List<String> englishOf(String language, String foldedWord) {
    Map<String, List<String>> rows = byLanguage.get(language);
    if (rows == null) {
      return List.of();
    }
    return rows.getOrDefault(stem(language, foldedWord), List.of());
  }

  /** Whether the lexicon has rows of a language. */
  public boolean covers(String language) {
    return byLanguage.containsKey(language);
  }

  /** The languages the lexicon has rows of, in order. */
  public Set<String> languages() {
    return Collections.unmodifiableSet(new TreeSet<>(byLanguage.keySet()));
  }

  /** The folded base forms of a language's words, which its compounds are split into; empty when none. */
  public Set<String> compoundParts(String language) {
    return words.getOrDefault(language, Set.of());
  }

  /** The number of (word, English word) pairs of a language. */
  public int size(String language) {
    Map<String, List<String>> rows = byLanguage.get(language);
    return rows == null ? 0 : rows.values().stream().mapToInt(List::size).sum();
  }

  // Lucene's light stemmers keep no state between calls: one of each serves every thread
  private static final GermanLightStemmer GERMAN = new GermanLightStemmer();
  private static final FrenchLightStemmer FRENCH = new FrenchLightStemmer();
  private static final ItalianLightStemmer ITALIAN = new ItalianLightStemmer();

  /** The light stem of a folded word in a language: the key of its rows. */
  static String stem(String language, String folded) {
    char[] chars = folded.toCharArray();
    int n = switch (language) {
      case "de" -> GERMAN.stem(chars, chars.length);
      case "fr" -> FRENCH.stem(chars, chars.length);
      case "it" -> ITALIAN.stem(chars, chars.length);
      default -> chars.length;
    };
    return new String(chars, 0, n);
  }

  private static final class Builder {
    final Map<String, Map<String, Set<String>>> rows = new HashMap<>();
    final Map<String, Set<String>> words = new HashMap<>();

    void read(Reader reader, String source, String language) {
      if (!ONE_WORD.matcher(language).matches() || language.length() != 2) {
        throw new LexiconFormatException(source, 0, "the language must be an ISO 639-1 code, was '" + language + "'");
      }
      boolean[] header = {false};
      DataFileLines.forEach(reader, source, (line, lineNumber) -> {
        if (!header[0]) {
          if (!line.strip().equals(HEADER)) {
            throw new LexiconFormatException(source, lineNumber, "expected the header row '"
                + HEADER.replace('\t', ' ') + "' (tab-separated)");
          }
          header[0] = true;
        } else {
          add(line, source, lineNumber, language);
        }
      });
    }

    private void add(String line, String source, int lineNumber, String language) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new LexiconFormatException(source, lineNumber, "expected 4 tab-separated fields (word, lang, english, source), found " + f.length);
      }
      String word = f[0].strip();
      String lang = f[1].strip();
      String english = f[2].strip();
      if (!ONE_WORD.matcher(word).matches()) {
        throw new LexiconFormatException(source, lineNumber, "the word must be one word, was '" + word + "'");
      }
      if (!lang.equals(language)) {
        throw new LexiconFormatException(source, lineNumber, "the row is of language '" + lang + "', the file of '" + language + "'");
      }
      if (!ENGLISH_WORD.matcher(english).matches()) {
        throw new LexiconFormatException(source, lineNumber, "the English must be one lower-case word, was '" + english + "'");
      }
      if (f[3].isBlank()) {
        throw new LexiconFormatException(source, lineNumber, "the row names no source");
      }
      String folded = WordForms.fold(word);
      rows.computeIfAbsent(language, l -> new HashMap<>())
          .computeIfAbsent(stem(language, folded), k -> new TreeSet<>()).add(english);
      words.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(folded);
    }

    Lexicon build() {
      Map<String, Map<String, List<String>>> out = new HashMap<>();
      rows.forEach((language, byStem) -> {
        Map<String, List<String>> m = new HashMap<>();
        byStem.forEach((stem, english) -> m.put(stem, List.copyOf(english)));
        out.put(language, Collections.unmodifiableMap(m));
      });
      Map<String, Set<String>> w = new HashMap<>();
      words.forEach((language, set) -> w.put(language, Collections.unmodifiableSet(new LinkedHashSet<>(set))));
      return new Lexicon(Collections.unmodifiableMap(out), Collections.unmodifiableMap(w));
    }
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (String language : languages()) {
      parts.add(language + "=" + size(language));
    }
    return "Lexicon" + parts;
  }
}

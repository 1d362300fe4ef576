package org.dualuse.index.knowledge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which a product text says what its software or technology is for: the
 * {@link Purpose} ("development", "production", "use") that "design software", "Fertigungstechnik",
 * "logiciel de pilotage" or "manutenzione" state, as reviewed rows ({@code purposes.tsv} of this
 * package; its header gives the format). Every row paraphrases a word of the annex's definition of
 * its purpose, or translates one, or is trade usage for one ("CAM" for manufacture).
 *
 * <p>Matching is on words, not on the index's analysis: the text is lower-cased and split at every
 * character that is neither a letter nor a digit, and a phrase's words must follow each other. A
 * phrase word that ends in {@code *} matches every word that begins with it: German and Italian
 * write a purpose as the head of a compound ("Wartungshandbuch", "Entwicklungsunterlagen"), and
 * English words such as "manufactur*" come in several forms. Other words match exactly, so that
 * "designed" is not "design".
 *
 * <p>Immutable and thread-safe.
 */
public final class PurposeWords {

  static final String COLUMNS = "purpose<TAB>lang<TAB>phrase<TAB>source";
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PHRASE_BREAK = Pattern.compile("[^\\p{L}\\p{N}*]+");

  /** One row: the words of a phrase, for a purpose, with where it was read. */
  record Row(Purpose purpose, String language, List<String> words, String phrase, String source, String file,
      int line) {}

  private final List<Row> rows;

  private PurposeWords(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static PurposeWords of(List<Row> rows) {
    return new PurposeWords(rows);
  }

  /**
   * Reads rows in the format of {@code purposes.tsv}.
   *
   * @param reader the rows; read to the end and closed
   * @param file the file's name, for errors
   * @throws KnowledgeFormatException naming the file and line of the first bad row
   */
  static List<Row> read(Reader reader, String file) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(file, "file");
    List<Row> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    KnowledgeRows.read(reader, file, 4, COLUMNS, (c, line) -> {
      Purpose purpose = Purpose.of(c[0]);
      String language = KnowledgeRows.language(c[1]);
      String phrase = KnowledgeRows.required(c[2], "phrase");
      String source = KnowledgeRows.source(c[3]);
      List<String> words = wordsOf(phrase);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase '" + phrase + "' has no word");
      }
      for (String w : words) {
        if (w.equals("*") || w.indexOf('*') >= 0 && w.indexOf('*') != w.length() - 1) {
          throw new IllegalArgumentException("'*' may only end a word of at least one letter, in '" + phrase + "'");
        }
      }
      if (!seen.add(purpose + "\t" + language + "\t" + String.join(" ", words))) {
        throw new IllegalArgumentException("duplicate row: " + purpose.term() + " " + language + " " + phrase);
      }
      out.add(new Row(purpose, language, words, phrase, source, file, line));
    });
    return List.copyOf(out);
  }

  /** A phrase's words: lower-cased, split where neither a letter, a digit nor {@code *} stands. */
  private static List<String> wordsOf(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : PHRASE_BREAK.split(phrase.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** The rows, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** How many rows there are. */
  public int size() {
    return rows.size();
  }

  /**
   * The purposes a text states, each with the words of the text that state it first ("Bediensoftware"),
   * in the order of {@link Purpose}; empty when the text states none.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public Map<Purpose, String> statedIn(String text) {
    Objects.requireNonNull(text, "text");
    String[] surface = WORD_BREAK.split(text);
    String[] words = new String[surface.length];
    for (int i = 0; i < surface.length; i++) {
      words[i] = surface[i].toLowerCase(Locale.ROOT);
    }
    Map<Purpose, String> out = new EnumMap<>(Purpose.class);
    Map<Purpose, Integer> at = new EnumMap<>(Purpose.class);
    Map<Purpose, Integer> length = new EnumMap<>(Purpose.class);
    for (Row row : rows) {
      // the earliest words that state a purpose are its evidence, the longest phrase found there
      int n = row.words().size();
      int before = at.getOrDefault(row.purpose(), words.length);
      for (int i = 0; i <= before && i + n <= words.length; i++) {
        if ((i < before || n > length.get(row.purpose())) && startsAt(words, i, row.words())) {
          out.put(row.purpose(), String.join(" ", List.of(surface).subList(i, i + n)));
          at.put(row.purpose(), i);
          length.put(row.purpose(), n);
          break;
        }
      }
    }
    return out;
  }

  private static boolean startsAt(String[] words, int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      String p = phrase.get(k);
      String w = words[i + k];
      boolean match = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
      if (!match) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "PurposeWords[" + rows.size() + " rows]";
  }
}

package org.dualuse.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the project's reviewed data files (vocabulary, knowledge, lexicon, parameter names):
 * UTF-8 text whose blank lines and {@code #} comment lines are skipped, a byte-order mark at the
 * start ignored, every other line handed over with its 1-based line number, so that a reader's
 * errors name the line as an editor shows it.
 */
public final class DataFileLines {

  /** What is done with one line; it may throw to refuse the line. */
  @FunctionalInterface
  public interface Line {
    /**
     * @param line the line without its line terminator
     * @param number its number in the file, from 1
     */
    void accept(String line, int number);
  }

  private DataFileLines() {}

  /** The list name of general knowledge that serves every list (unit words, parameter names, synonyms). */
  public static final String ANY_LIST = "any";

  /**
   * A bundled data file read whole, its list declaration ({@link #declaredList}) checked before any
   * row is read; its loader reads the rows from the reader this returns. Closes {@code in}.
   *
   * @param in the file's bytes (UTF-8)
   * @param source the file's name, for errors
   * @param known the names the file may declare
   * @return a reader over the file's whole text
   * @throws DataFileFormatException naming the file and line when the declaration is missing,
   *     repeated or not one of {@code known}
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Reader declaredFile(InputStream in, String source, Set<String> known) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(known, "known");
    try (InputStream stream = in) {
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      declaredList(text, source, known);
      return new StringReader(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** A comment line that declares the list a file's rows belong to: {@code # list: eu-annex-i}. */
  private static final Pattern LIST_LINE = Pattern.compile("#\\s*list\\s*:(.*)");

  /**
   * The list a data file declares its rows belong to, by a comment line {@code # list: NAME} among
   * the comment lines before its first row ({@code any} for general knowledge that serves every list,
   * such as unit words and synonyms; a list's name, such as {@code eu-annex-i}, for rows that name its
   * codes or paraphrase its wording). A bundled file's loader reads it before the rows, and the list's
   * profile decides whether a classifier loads them.
   *
   * @param text the whole file
   * @param source the file's name, for errors
   * @param known the names a file may declare
   * @return the declared name
   * @throws DataFileFormatException naming the file and line when the declaration is missing (a row comes
   *     first, or the file has no row and no declaration), declared twice, or names a list not known
   */
  public static String declaredList(String text, String source, Set<String> known) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(known, "known");
    String declared = null;
    int number = 0;
    for (String line : text.split("\\R", -1)) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (!stripped.startsWith("#")) {
        if (declared == null) {
          throw new DataFileFormatException(source, number, "a row before the line that declares the file's list"
              + " ('# list: NAME', NAME one of " + new TreeSet<>(known) + ")");
        }
        return declared;
      }
      Matcher m = LIST_LINE.matcher(stripped);
      if (m.matches()) {
        String name = m.group(1).strip();
        if (declared != null) {
          throw new DataFileFormatException(source, number, "the file's list is declared twice ('" + declared
              + "', then '" + name + "')");
        }
        if (!known.contains(name)) {
          throw new DataFileFormatException(source, number, "unknown list '" + name + "' (known: "
              + new TreeSet<>(known) + ")");
        }
        declared = name;
      }
    }
    if (declared == null) {
      throw new DataFileFormatException(source, number, "no line declares the file's list ('# list: NAME', NAME one of "
          + new TreeSet<>(known) + ")");
    }
    return declared;
  }

  /**
   * Hands every line that is not blank and not a comment to {@code each}, in order.
   *
   * @param reader the file's text; read to the end and not closed
   * @param source the file's name, for the error when reading fails
   * @throws UncheckedIOException when the reader fails
   */
  public static void forEach(Reader reader, String source, Line each) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(each, "each");
    BufferedReader in = new BufferedReader(reader);
    int number = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        each.accept(line, number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}

package org.dualuse.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

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

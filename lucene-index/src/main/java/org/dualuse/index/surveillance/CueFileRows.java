package org.dualuse.index.surveillance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.dualuse.core.DualUseException;

/**
 * The row format shared by the surveillance data files: UTF-8 text, one row a line, TAB-separated
 * columns, blank lines and lines starting with {@code #} skipped. A row handler rejects a bad row by
 * throwing {@link IllegalArgumentException}; that becomes a {@link CueFileFormatException} naming the
 * file and the line, so no bad row is ever skipped.
 */
final class CueFileRows {

  /** Takes one row: its columns (not stripped) and its 1-based line number. */
  @FunctionalInterface
  interface Row {
    void accept(String[] columns, int line);
  }

  private CueFileRows() {}

  /**
   * The row's {@code source}, its last column: the wording of the regulation or annex the row rests
   * on, or the class of general knowledge (synonym, translation, trade name). A row without one is
   * refused, so that no cue exists only because of one labelled case.
   *
   * @throws IllegalArgumentException when the column is missing or blank
   */
  static String source(String[] columns, int index) {
    if (columns.length <= index || columns[index].isBlank()) {
      throw new IllegalArgumentException("missing source (column " + (index + 1)
          + "): every row names the annex wording or the class of knowledge it rests on");
    }
    return columns[index].strip();
  }

  /**
   * Checks a {@code lang} column: ISO 639-1 codes separated by commas ({@code en} or {@code en,de}).
   *
   * @throws IllegalArgumentException naming the column's value when it is not
   */
  static void languages(String column) {
    if (!column.strip().matches("[a-z]{2}(,[a-z]{2})*")) {
      throw new IllegalArgumentException("language must be ISO 639-1 codes separated by commas, was '" + column + "'");
    }
  }

  /**
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  static void read(Reader reader, String source, Row row) {
    try (BufferedReader in = new BufferedReader(reader)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        try {
          row.accept(line.split("\t", -1), lineNo);
        } catch (IllegalArgumentException | DualUseException e) {
          throw new CueFileFormatException(source, lineNo, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}

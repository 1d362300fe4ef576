package org.dualuse.index.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ControlCodeFormatException;

/**
 * The row format of the knowledge files: UTF-8, one row a line, TAB-separated columns, blank lines
 * and lines starting with {@code #} skipped (the first comment lines name the columns), a byte order
 * mark tolerated. A row handler rejects a bad row by throwing {@link IllegalArgumentException} or a
 * {@link DualUseException}; that becomes a {@link KnowledgeFormatException} naming the file and the
 * line, so no bad row is ever skipped.
 */
final class KnowledgeRows {

  /** Takes one row: its columns (stripped) and its 1-based line number. */
  @FunctionalInterface
  interface Row {
    void accept(String[] columns, int line);
  }

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  /** The placeholder for "none" in a column that may be empty. */
  static final String NONE = "-";

  private KnowledgeRows() {}

  /**
   * Reads every row of a file that has exactly {@code columns} columns.
   *
   * @throws KnowledgeFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  static void read(Reader reader, String source, int columns, String header, Row row) {
    try (reader) {
      DataFileLines.forEach(reader, source, (line, lineNo) -> {
        String[] cols = line.split("\t", -1);
        if (cols.length != columns) {
          throw new KnowledgeFormatException(source, lineNo, "expected " + header + " (" + columns
              + " columns) but found " + cols.length + ": '" + line + "'");
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        try {
          row.accept(cols, lineNo);
        } catch (IllegalArgumentException | DualUseException e) {
          throw new KnowledgeFormatException(source, lineNo, e.getMessage());
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** Reads a resource of this package; a missing one is an error naming it. */
  static void readResource(String name, int columns, String header, Row row) {
    InputStream in = KnowledgeRows.class.getResourceAsStream(name);
    if (in == null) {
      throw new KnowledgeFormatException(name, 0, "resource missing from the lucene-index module");
    }
    read(new InputStreamReader(in, StandardCharsets.UTF_8), name, columns, header, row);
  }

  /** The names of a package resource that lists other resources, one a line, {@code #} comments. */
  static List<String> resourceList(String name) {
    List<String> out = new ArrayList<>();
    readResource(name, 1, "file name", (cols, line) -> out.add(cols[0]));
    return out;
  }

  static String required(String value, String column) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty " + column);
    }
    return value;
  }

  /**
   * The row's {@code source}: the annex wording it paraphrases or the class of knowledge it rests on.
   * A row without one is refused, so that no row exists only because of one labelled case.
   */
  static String source(String value) {
    if (value.isEmpty() || value.equals(NONE)) {
      throw new IllegalArgumentException(
          "missing source: every row names the annex wording or the class of knowledge it rests on");
    }
    return value;
  }

  static String language(String value) {
    if (!LANGUAGE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "language must be a lower-case ISO 639-1 code such as 'en' or 'de', was '" + value + "'");
    }
    return value;
  }

  static ControlCode code(String value) {
    try {
      return ControlCode.parse(value);
    } catch (ControlCodeFormatException e) {
      throw new IllegalArgumentException("bad code '" + value + "': " + e.getMessage(), e);
    }
  }

  /** The {@code |}-separated items of a column; empty for {@code -}. Empty items are refused. */
  static List<String> items(String value, String column) {
    if (value.equals(NONE) || value.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String item : value.split("\\|", -1)) {
      String s = item.strip();
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty item in " + column + ": '" + value + "'");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /** Codes separated by {@code ,}, {@code ;} or {@code |}; empty for {@code -}. */
  static List<ControlCode> codes(String value) {
    if (value.equals(NONE) || value.isEmpty()) {
      return List.of();
    }
    List<ControlCode> out = new ArrayList<>();
    for (String raw : value.split("[,;|]", -1)) {
      String s = raw.strip();
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty code in '" + value + "'");
      }
      out.add(code(s.endsWith(".") ? s.substring(0, s.length() - 1) : s));
    }
    return List.copyOf(out);
  }
}

package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: fields split by a separator, a comma unless told otherwise,
 * optionally in double quotes, {@code ""} for a quote inside quotes, quoted fields may span lines)
 * one at a time, with the line each starts on.
 *
 * <p>A malformed record does not stop the reading: it comes back as a record with an error naming
 * its line and column, and reading resumes after its first line. A record that spans lines and
 * fails (a quote left open, a stray character after a closing quote) gives back every line after
 * its first, and those are read again as records of their own: one stray quote costs one row, never
 * the rows it swallowed. A caller that finds a multi-line record wrong for its own reasons (a field
 * count that does not fit the header) can {@link #giveBack()} its lines the same way. A quote left
 * open is given up after {@code maxRecordLines} lines, or when the record grows past the line limit
 * of its {@link InputLines}. Blank lines are not records. Memory is bounded by {@code maxRecordLines}
 * lines of bounded length.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordReader implements Closeable {

  /**
   * One record.
   *
   * @param line the 1-based line it starts on
   * @param lines how many physical lines it spans
   * @param fields its fields; empty when {@code error} is set
   * @param error what is wrong with it, naming line and column; null when fine
   */
  record Record(long line, int lines, List<String> fields, String error) {
    Record {
      fields = List.copyOf(fields);
    }
  }

  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final InputLines in;
  private final int maxRecordLines;
  private final long maxRecordChars;
  private final char separator;
  private final Deque<InputLines.Line> reread = new ArrayDeque<>();
  private List<InputLines.Line> lastTaken = List.of();
  private long bytesRead;
  private long bytesToReread;

  /**
   * @param in the input's lines, read to their end
   * @param separator the field separator: {@code ,}, {@code ;} or a tab
   * @param maxRecordLines the most physical lines one record may span, at least 1
   * @param maxRecordChars the most characters one record may hold
   */
  CsvRecordReader(InputLines in, char separator, int maxRecordLines, long maxRecordChars) {
    if (maxRecordLines < 1) {
      throw new IllegalArgumentException("maxRecordLines must be at least 1, was " + maxRecordLines);
    }
    this.in = in;
    this.separator = separator;
    this.maxRecordLines = maxRecordLines;
    this.maxRecordChars = maxRecordChars;
  }

  /** The next record, or null at the end of the input. */
  Record next() throws IOException {
    InputLines.Line first;
    do {
      first = nextLine();
      if (first == null) {
        lastTaken = List.of();
        return null;
      }
    } while (first.problem() == null && first.text().isBlank());
    List<InputLines.Line> taken = new ArrayList<>();
    taken.add(first);
    lastTaken = taken;
    if (first.problem() != null) {
      return error(first, first.problem());
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    State state = State.FIELD_START;
    InputLines.Line current = first;
    long chars = 0;
    while (true) {
      String s = current.text();
      chars += s.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (state) {
          case FIELD_START -> {
            if (c == '"') {
              state = State.QUOTED;
            } else if (c == separator) {
              fields.add("");
            } else {
              field.append(c);
              state = State.UNQUOTED;
            }
          }
          case UNQUOTED -> {
            if (c == separator) {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else if (c == '"') {
              return failed(taken, "quote inside an unquoted field (line " + current.number() + ", column " + (i + 1) + ")");
            } else {
              field.append(c);
            }
          }
          case QUOTED -> {
            if (c == '"') {
              state = State.QUOTE_IN_QUOTED;
            } else {
              field.append(c);
            }
          }
          case QUOTE_IN_QUOTED -> {
            if (c == '"') {
              field.append('"');
              state = State.QUOTED;
            } else if (c == separator) {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else {
              return failed(taken, "unexpected character '" + c + "' after a closing quote (line "
                  + current.number() + ", column " + (i + 1) + ")");
            }
          }
        }
      }
      if (state != State.QUOTED) {
        fields.add(field.toString());
        return new Record(first.number(), taken.size(), fields, null);
      }
      InputLines.Line more = taken.size() < maxRecordLines && chars <= maxRecordChars ? nextLine() : null;
      if (more == null || more.problem() != null) {
        if (more != null) {
          taken.add(more);
        }
        return failed(taken, "quoted field opened at line " + first.number() + " never closed");
      }
      taken.add(more);
      field.append('\n');
      current = more;
    }
  }

  /** The record fails on its first line; the lines after it are read again. */
  private Record failed(List<InputLines.Line> taken, String problem) {
    InputLines.Line first = taken.get(0);
    giveBack();
    return error(first, problem);
  }

  /**
   * Gives back every line of the last record after its first, to be read again as records of their
   * own; the last record then counts as its first line only.
   */
  void giveBack() {
    for (int k = lastTaken.size() - 1; k >= 1; k--) {
      reread.addFirst(lastTaken.get(k));
      bytesToReread += lastTaken.get(k).bytes();
    }
    lastTaken = lastTaken.isEmpty() ? List.of() : List.of(lastTaken.get(0));
  }

  /** Puts a line read by someone else (a header sniffed for its separator) before the rest. */
  void pushBack(InputLines.Line l) {
    reread.addFirst(l);
    bytesRead += l.bytes();
    bytesToReread += l.bytes();
  }

  private static Record error(InputLines.Line first, String problem) {
    return new Record(first.number(), 1, List.of(), problem);
  }

  /**
   * About how many bytes of input the records returned so far span, for progress estimates.
   */
  long position() {
    return bytesRead - bytesToReread;
  }

  /** The UTF-8 length of a line plus one for its line end. */
  static long utf8Length(String s) {
    long n = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private InputLines.Line nextLine() throws IOException {
    if (!reread.isEmpty()) {
      InputLines.Line l = reread.pollFirst();
      bytesToReread -= l.bytes();
      return l;
    }
    InputLines.Line l = in.next();
    if (l != null) {
      bytesRead += l.bytes();
    }
    return l;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

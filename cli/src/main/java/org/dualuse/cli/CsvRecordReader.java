package org.dualuse.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a
 * quote inside quotes, quoted fields may span lines) one at a time, with the line each starts on.
 *
 * <p>A malformed record does not stop the reading: it comes back as a record with an error naming
 * its line, and reading resumes after it. A quote left open is given up after
 * {@code maxRecordLines} lines or at the end of the input; the lines it swallowed are then read
 * again as records of their own, so one stray quote costs one row, not the rest of the file. Blank
 * lines are not records. Memory is bounded by {@code maxRecordLines} lines.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordReader implements Closeable {

  /**
   * One record.
   *
   * @param line the 1-based line it starts on
   * @param fields its fields; empty when {@code error} is set
   * @param error what is wrong with it, null when fine
   */
  record Record(long line, List<String> fields, String error) {
    Record {
      fields = List.copyOf(fields);
    }
  }

  private record Line(long number, String text, long bytes) {}

  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final BufferedReader in;
  private final int maxRecordLines;
  private final Deque<Line> reread = new ArrayDeque<>();
  private long lastLine;
  private long bytesRead;
  private long bytesToReread;

  /**
   * @param in the input, read to its end
   * @param maxRecordLines the most physical lines one record may span, at least 1
   */
  CsvRecordReader(BufferedReader in, int maxRecordLines) {
    if (maxRecordLines < 1) {
      throw new IllegalArgumentException("maxRecordLines must be at least 1, was " + maxRecordLines);
    }
    this.in = in;
    this.maxRecordLines = maxRecordLines;
  }

  /** The next record, or null at the end of the input. */
  Record next() throws IOException {
    Line first;
    do {
      first = nextLine();
      if (first == null) {
        return null;
      }
    } while (first.text().isBlank());
    List<Line> taken = new ArrayList<>();
    taken.add(first);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    State state = State.FIELD_START;
    Line current = first;
    while (true) {
      String s = current.text();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (state) {
          case FIELD_START -> {
            if (c == '"') {
              state = State.QUOTED;
            } else if (c == ',') {
              fields.add("");
            } else {
              field.append(c);
              state = State.UNQUOTED;
            }
          }
          case UNQUOTED -> {
            if (c == ',') {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else if (c == '"') {
              return error(first, "quote inside an unquoted field (line " + current.number() + ", column " + (i + 1) + ")");
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
            } else if (c == ',') {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else {
              return error(first, "unexpected character '" + c + "' after a closing quote (line "
                  + current.number() + ", column " + (i + 1) + ")");
            }
          }
        }
      }
      if (state != State.QUOTED) {
        fields.add(field.toString());
        return new Record(first.number(), fields, null);
      }
      Line more = taken.size() < maxRecordLines ? nextLine() : null;
      if (more == null) {
        for (int k = taken.size() - 1; k >= 1; k--) {
          reread.addFirst(taken.get(k));
          bytesToReread += taken.get(k).bytes();
        }
        return error(first, "quoted field never closed (line " + first.number() + ")");
      }
      taken.add(more);
      field.append('\n');
      current = more;
    }
  }

  private static Record error(Line first, String problem) {
    return new Record(first.number(), List.of(), problem);
  }

  /**
   * About how many bytes of UTF-8 input the records returned so far span (line ends counted as one
   * byte), for progress estimates.
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

  private Line nextLine() throws IOException {
    if (!reread.isEmpty()) {
      Line l = reread.pollFirst();
      bytesToReread -= l.bytes();
      return l;
    }
    String s = in.readLine();
    if (s == null) {
      return null;
    }
    lastLine++;
    long bytes = utf8Length(s);
    bytesRead += bytes;
    if (lastLine == 1 && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return new Line(lastLine, s, bytes);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

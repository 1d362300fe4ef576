package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 input, read as bytes and decoded one line at a time, strictly.
 *
 * <p>A line ends at LF (a CR before it is dropped). A line that is not valid UTF-8 comes back with
 * a problem naming the byte column of the first bad byte, instead of being silently repaired with
 * replacement characters; a line longer than {@code maxLineChars} characters comes back with a
 * problem and without its text, its rest skipped unread into memory, so that one huge cell costs
 * one row, not the heap. A byte order mark at the start of the input is dropped. Not thread-safe.
 */
final class InputLines implements Closeable {

  /**
   * One line.
   *
   * @param number its 1-based number
   * @param text its text without the line end; empty when {@code problem} is set
   * @param bytes its length in bytes with the line end, for progress
   * @param problem why it cannot be read (bad UTF-8, too long), null when fine
   */
  record Line(long number, String text, long bytes, String problem) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final int maxLineChars;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;
  private byte[] line = new byte[256];

  /**
   * @param in the input, read to its end and closed by {@link #close()}
   * @param maxLineChars the most characters a line may have
   */
  InputLines(InputStream in, int maxLineChars) {
    this.in = in;
    this.maxLineChars = maxLineChars;
    // a character is at most 4 bytes of UTF-8
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxLineChars);
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int length = 0;
    long bytes = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      byte b = buffer[pos++];
      bytes++;
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == maxLineBytes) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        byte[] bigger = new byte[(int) Math.min(maxLineBytes, 2L * line.length)];
        System.arraycopy(line, 0, bigger, 0, length);
        line = bigger;
      }
      line[length++] = b;
    }
    number++;
    if (tooLong) {
      return new Line(number, "", bytes, "line " + number + " is longer than " + maxLineChars
          + " characters (the limit follows --max-text-length)");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int start = 0;
    if (number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
      start = 3;
    }
    String text;
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, start, length - start));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      return new Line(number, "", bytes, "line " + number + ", byte " + (firstBadByte(start, length) + 1)
          + ": not valid UTF-8 (save the file as UTF-8)");
    }
    if (text.length() > maxLineChars) {
      return new Line(number, "", bytes, "line " + number + " is longer than " + maxLineChars
          + " characters (the limit follows --max-text-length)");
    }
    return new Line(number, text, bytes, null);
  }

  /** The 0-based byte column of the first byte that does not decode. */
  private int firstBadByte(int start, int length) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(line, start, length - start);
    CharBuffer out = CharBuffer.allocate(length);
    d.decode(bb, out, true);
    return bb.position();
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

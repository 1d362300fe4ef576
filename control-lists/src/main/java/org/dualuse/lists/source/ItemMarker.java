package org.dualuse.lists.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker that opens an item line of the printed annex: a lower-case letter ({@code a.},
 * {@code aa.}) or a number ({@code 12.}), followed by a full stop. The printed layout gives only the
 * last segment of an item's code; the reader rebuilds the rest from the order of the markers.
 *
 * @param segment the segment as it appears in a code ({@code "b"}, {@code "12"})
 * @param text the rest of the line after the marker
 */
record ItemMarker(String segment, String text) {
  private static final Pattern MARKER = Pattern.compile("^([a-z]{1,2}|[1-9]\\d{0,2})\\.(?:\\s+(.*)|$)");

  ItemMarker {
    if (segment == null || segment.isEmpty() || text == null) {
      throw new IllegalArgumentException("segment and text are required");
    }
  }

  /** The marker at the start of a line, if the line starts with one. */
  static Optional<ItemMarker> at(String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new ItemMarker(m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
  }

  boolean isNumber() {
    return Character.isDigit(segment.charAt(0));
  }

  /** True for the marker that opens a list: {@code a.} or {@code 1.}. */
  boolean isFirst() {
    return segment.equals("a") || segment.equals("1");
  }

  /** True when this marker follows {@code previous} in a list of the same kind. */
  boolean follows(String previous) {
    return segment.equals(successor(previous));
  }

  /** True when {@code segment} is of this marker's kind (number or letters). */
  boolean sameKindAs(String segment) {
    return isNumber() == Character.isDigit(segment.charAt(0));
  }

  /** The segment after this one: {@code 9} gives {@code 10}, {@code z} gives {@code aa}. */
  static String successor(String segment) {
    if (Character.isDigit(segment.charAt(0))) {
      return Integer.toString(Integer.parseInt(segment) + 1);
    }
    if (segment.length() == 1) {
      return segment.equals("z") ? "aa" : String.valueOf((char) (segment.charAt(0) + 1));
    }
    // two-letter segments (aa, ab, ...) continue the alphabet in their last letter
    char last = segment.charAt(segment.length() - 1);
    return last == 'z' ? segment : segment.substring(0, segment.length() - 1) + (char) (last + 1);
  }
}

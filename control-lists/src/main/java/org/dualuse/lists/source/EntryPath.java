package org.dualuse.lists.source;

import static org.dualuse.lists.source.PrintedIndentation.ENTRY_COLUMN;
import static org.dualuse.lists.source.PrintedIndentation.FIRST_LEVEL_X;
import static org.dualuse.lists.source.PrintedIndentation.SLACK;
import static org.dualuse.lists.source.PrintedIndentation.STEP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;

/**
 * The open entry and the path of segments from it to its open item ({@code [b, 2]} under 3A001 is
 * 3A001.b.2), with the indentation each level was printed at: where the next item marker goes, and
 * which item a note belongs to. The printed text gives only a marker's last segment; the rest comes
 * from here.
 *
 * <p>A marker either opens the first child of the open item ({@code a.} or {@code 1.}) or follows
 * an item on the path ({@code c.} after {@code b.}); when several places fit, the one whose level
 * stood nearest to the marker's indentation wins, and a "{@code ... continued}" line breaks a near
 * tie. A code is never placed twice.
 *
 * <p>Not thread-safe: one instance per document read.
 */
final class EntryPath {
  private static final Pattern CONTINUED =
      Pattern.compile("^(\\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.?|Note\\s+\\d+|.{1,40}?)\\s+continued\\.?$");
  private static final Pattern MARKER_WITHOUT_STOP = Pattern.compile("^([1-9]\\d?|[a-z]) ([A-Z\"'].*)");

  /** Every entry and item code placed so far. */
  private final Set<String> placed = new HashSet<>();
  private ControlCode entry;
  private final List<String> path = new ArrayList<>();
  private final Map<Integer, Float> depthX = new HashMap<>();
  private ControlCode continuedHint;

  /** The open entry, or null while the text read is not an entry's (a document's, before the first entry). */
  ControlCode entry() {
    return entry;
  }

  /**
   * Opens an entry with an empty path.
   *
   * @return false when the entry was opened before (the entry is printed twice)
   */
  boolean open(ControlCode code) {
    entry = code;
    path.clear();
    depthX.clear();
    continuedHint = null;
    return placed.add(code.toString());
  }

  /** Leaves the open entry: what follows is a document's text. */
  void leave() {
    entry = null;
  }

  /**
   * True for a "{@code 3A001.a. continued}" line at the left margin, which repeats where the text
   * stands after a page break. Its code only narrows the choice of the next item's place.
   */
  boolean isContinued(PdfLine line, String text) {
    if (line.x() > ENTRY_COLUMN || !text.endsWith("continued") && !text.endsWith("continued.")) {
      return false;
    }
    Matcher m = CONTINUED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    continuedHint = ControlCode.tryParse(m.group(1)).orElse(null);
    return true;
  }

  /** Makes the item at {@code place}, printed at {@code x}, the open item; returns its code. */
  String openItem(List<String> place, float x) {
    path.clear();
    path.addAll(place);
    depthX.put(place.size(), x);
    continuedHint = null;
    String code = codeOf(path);
    placed.add(code);
    return code;
  }

  /**
   * The code a note label printed at {@code x} belongs to: the item one level above its
   * indentation (notes are set one level deeper than the item they qualify), never deeper than the
   * open item.
   *
   * @param awaitingChildren the open item announced a list ("... as follows:") and none of its items
   *     has come yet; a note set level with that list's items belongs to the item that announced it
   */
  String openNote(float x, boolean awaitingChildren) {
    int owner = Math.max(0, Math.min(depthAt(x) - 1, path.size()));
    if (awaitingChildren && Math.abs(expectedX(path.size()) - x) <= SLACK) {
      // a note between "... as follows:" and the first item of that list, set level with the item
      owner = path.size();
    }
    continuedHint = null;
    return codeOf(path.subList(0, owner));
  }

  /** Where an item marker goes: the segments of its code below the entry, if any place fits. */
  Optional<List<String>> place(PdfLine line, ItemMarker marker) {
    List<List<String>> candidates = new ArrayList<>();
    for (int d = 1; d <= path.size(); d++) {
      String current = path.get(d - 1);
      if (marker.sameKindAs(current) && marker.follows(current)) {
        List<String> p = new ArrayList<>(path.subList(0, d - 1));
        p.add(marker.segment());
        candidates.add(p);
      }
    }
    if (marker.isFirst()) {
      List<String> p = new ArrayList<>(path);
      p.add(marker.segment());
      candidates.add(p);
    }
    candidates.removeIf(p -> placed.contains(codeOf(p)));
    if (candidates.isEmpty()) {
      return placeByIndentation(line, marker);
    }
    candidates.sort(Comparator.comparingDouble(p -> Math.abs(expectedX(p.size()) - line.x())));
    List<String> best = candidates.get(0);
    if (continuedHint != null && candidates.size() > 1) {
      // indentation decides; the "continued" line only breaks a near tie
      float bestDistance = Math.abs(expectedX(best.size()) - line.x());
      for (List<String> p : candidates) {
        boolean near = Math.abs(expectedX(p.size()) - line.x()) - bestDistance < SLACK;
        if (near && continuedHint.isPrefixOf(codeFor(p)) && !continuedHint.equals(codeFor(p))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.of(best);
  }

  /**
   * A marker out of sequence (the printed list skips or repeats a number) is placed by its
   * indentation alone, when that matches a level of the same kind of marker.
   */
  private Optional<List<String>> placeByIndentation(PdfLine line, ItemMarker marker) {
    int d = depthAt(line.x());
    boolean kindFits = d == path.size() + 1 || marker.sameKindAs(path.get(d - 1));
    List<String> p = new ArrayList<>(path.subList(0, d - 1));
    p.add(marker.segment());
    if (!kindFits || Math.abs(expectedX(d) - line.x()) > SLACK || placed.contains(codeOf(p))) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /**
   * A marker printed without its full stop ("12 Clostridium ...", "f Mobile ...") that continues a
   * list exactly, at that list's indentation.
   */
  Optional<ItemMarker> markerWithoutStop(PdfLine line, String text) {
    Matcher m = MARKER_WITHOUT_STOP.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (int d = 1; d <= path.size(); d++) {
      String current = path.get(d - 1);
      if (m.group(1).equals(ItemMarker.successor(current))
          && Math.abs(expectedX(d) - line.x()) <= SLACK) {
        return Optional.of(new ItemMarker(m.group(1), m.group(2)));
      }
    }
    return Optional.empty();
  }

  private ControlCode codeFor(List<String> segments) {
    ControlCode c = entry;
    for (String s : segments) {
      c = c.child(s);
    }
    return c;
  }

  /** The depth whose items stand nearest to this indentation. */
  private int depthAt(float x) {
    int best = 1;
    float bestDistance = Float.MAX_VALUE;
    for (int d = 1; d <= path.size() + 1; d++) {
      float distance = Math.abs(expectedX(d) - x);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Where items of a depth stand: as this entry printed them, else one step per level from its first level. */
  private float expectedX(int depth) {
    Float seen = depthX.get(depth);
    if (seen != null) {
      return seen;
    }
    Float first = depthX.get(1);
    return (first == null ? FIRST_LEVEL_X : first) + STEP * (depth - 1);
  }

  private String codeOf(List<String> segments) {
    return segments.isEmpty() ? entry.toString() : entry + "." + String.join(".", segments);
  }
}

package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Alternatives of which one must occur in a text ({@code intercept|wiretap}), or, when negated
 * ({@code !covert channel}), of which none may occur.
 *
 * @param cues the alternatives, in the order written
 * @param negated true when the group forbids rather than requires
 */
record CueGroup(List<Cue> cues, boolean negated) {
  CueGroup {
    cues = List.copyOf(cues);
    if (cues.isEmpty()) {
      throw new IllegalArgumentException("empty group of cues");
    }
  }

  /**
   * Parses {@code cue|cue|...}, negated when it starts with {@code !}.
   *
   * @throws IllegalArgumentException naming the bad cue
   */
  static CueGroup parse(String text) {
    String t = text.strip();
    boolean negated = t.startsWith("!");
    if (negated) {
      t = t.substring(1);
    }
    return new CueGroup(
        Arrays.stream(t.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).map(Cue::parse).toList(),
        negated);
  }

  /** Where each cue first occurs in one text. */
  interface Places {
    /** The start and end offsets of the cue's first occurrence ({@link Cue#locate(ProductText)}), or null. */
    int[] of(Cue cue);
  }

  /** As {@link #findAllIn(String, List)}, on a text read once whose cues were located already. */
  List<String> findAllIn(ProductText text, Places places) {
    List<String> out = List.of();
    List<int[]> spans = null;
    for (Cue cue : cues) {
      int[] span = places.of(cue);
      if (span == null) {
        continue;
      }
      if (spans == null) {
        out = new ArrayList<>();
        spans = new ArrayList<>();
      }
      boolean inside = false;
      for (int[] s : spans) {
        inside |= s[0] <= span[0] && span[1] <= s[1];
      }
      String hit = text.text().substring(span[0], span[1]);
      if (!inside && !out.contains(hit)) {
        spans.add(span);
        out.add(hit);
      }
    }
    return out;
  }

  /**
   * The surfaces of every alternative found in the text, in the order the cues are written; a hit
   * inside the span of an earlier one ("posts" inside "public posts") is left out.
   */
  List<String> findAllIn(String source, List<Word> words) {
    List<String> out = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (Cue cue : cues) {
      cue.locate(words).ifPresent(span -> {
        boolean inside = spans.stream().anyMatch(s -> s[0] <= span[0] && span[1] <= s[1]);
        String hit = source.substring(span[0], span[1]);
        if (!inside && !out.contains(hit)) {
          spans.add(span);
          out.add(hit);
        }
      });
    }
    return out;
  }
}

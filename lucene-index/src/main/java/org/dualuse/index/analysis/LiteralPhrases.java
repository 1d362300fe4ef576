package org.dualuse.index.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Phrases written with digits or unit-like abbreviations (alloy grades and material numbers:
 * "Ti-6Al-4V", "17-4PH", "Inconel 718", "1.4301") found in a text as written, ignoring case, accents,
 * spaces and hyphens. The word analysis drops such tokens ({@link ListAnalyzer#keepsEveryWord}), so
 * these phrases cannot be matched on analyzed terms.
 *
 * <p>Both phrase and text are reduced to their letters and digits, folded to lower-case ASCII; a
 * point or comma between two digits is kept ("1.4301" is not "14301"). A phrase matches where its
 * reduced form starts and ends at a boundary of the text: its start or end, or a character the
 * reduction dropped (so "Inconel718" and "Inconel 718" match, "Inconel 7180" does not). A phrase
 * whose reduced form is shorter than {@value #MIN_LENGTH} characters is refused: too short to say
 * anything. Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class LiteralPhrases<T> {

  static final int MIN_LENGTH = 4;

  /** A phrase found: what it stands for, the phrase, and where in the text. */
  public record Match<T>(T value, String phrase, int start, int end) {}

  private record Entry<T>(int order, String reduced, String phrase, T value) {}

  private final List<Entry<T>> entries;
  /**
   * The phrases by the first {@value #MIN_LENGTH} characters of their reduced form: a text is read
   * once, looking up the phrases that can start at each boundary, instead of once per phrase.
   */
  private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();

  private LiteralPhrases(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
    for (Entry<T> e : this.entries) {
      byPrefix.computeIfAbsent(e.reduced.substring(0, MIN_LENGTH), k -> new ArrayList<>()).add(e);
    }
  }

  /** Whether a phrase is long enough to be matched ({@value #MIN_LENGTH} letters and digits or more). */
  public static boolean isMatchable(String phrase) {
    return reduce(phrase).text.length() >= MIN_LENGTH;
  }

  /** A builder of phrases. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<T> {
    private final List<Entry<T>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a phrase.
     *
     * @throws IllegalArgumentException when the phrase is too short ({@link #isMatchable})
     */
    public Builder<T> add(String phrase, T value) {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(value, "value");
      String reduced = reduce(phrase).text;
      if (reduced.length() < MIN_LENGTH) {
        throw new IllegalArgumentException("phrase '" + phrase + "' is too short to match as written");
      }
      entries.add(new Entry<>(entries.size(), reduced, phrase, value));
      return this;
    }

    public LiteralPhrases<T> build() {
      return new LiteralPhrases<>(entries);
    }
  }

  /** Whether there are no phrases. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Every occurrence of a phrase in a text, in order of the phrases, then of position.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public List<Match<T>> findIn(String text) {
    Objects.requireNonNull(text, "text");
    if (entries.isEmpty()) {
      return List.of();
    }
    Reduced r = reduce(text);
    // a phrase starts at a boundary: only there are phrases looked up, by the characters that follow
    List<Entry<T>> found = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + MIN_LENGTH <= r.text.length(); i++) {
      if (!r.boundaryBefore[i]) {
        continue;
      }
      List<Entry<T>> candidates = byPrefix.get(r.text.substring(i, i + MIN_LENGTH));
      if (candidates == null) {
        continue;
      }
      for (Entry<T> e : candidates) {
        int end = i + e.reduced.length();
        if (r.text.startsWith(e.reduced, i) && (end == r.text.length() || r.boundaryBefore[end])) {
          found.add(e);
          at.add(i);
        }
      }
    }
    if (found.isEmpty()) {
      return List.of(); // most texts name none of a list's phrases
    }
    // in order of the phrases, then of position, as the phrases were added
    Integer[] order = new Integer[found.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(found.get(a).order, found.get(b).order);
      return c != 0 ? c : Integer.compare(at.get(a), at.get(b));
    });
    List<Match<T>> out = new ArrayList<>(order.length);
    for (int k : order) {
      Entry<T> e = found.get(k);
      int start = at.get(k);
      int end = start + e.reduced.length();
      out.add(new Match<>(e.value, e.phrase, r.offsets[start], r.offsets[end - 1] + 1));
    }
    return out;
  }

  /** Letters and digits folded to lower-case ASCII, with the offset of each and where words break. */
  private record Reduced(String text, int[] offsets, boolean[] boundaryBefore) {}

  private static Reduced reduce(String s) {
    String folded = foldKeepingLength(s);
    StringBuilder b = new StringBuilder(s.length());
    int[] offsets = new int[s.length() + 1];
    boolean[] boundary = new boolean[s.length() + 1];
    boolean dropped = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean keep = Character.isLetterOrDigit(c)
          || ((c == '.' || c == ',') && i > 0 && i + 1 < folded.length()
              && Character.isDigit(folded.charAt(i - 1)) && Character.isDigit(folded.charAt(i + 1)));
      if (keep) {
        offsets[b.length()] = i;
        boundary[b.length()] = dropped;
        b.append(Character.toLowerCase(c));
        dropped = false;
      } else {
        dropped = true;
      }
    }
    boundary[b.length()] = true;
    return new Reduced(b.toString(), offsets, boundary);
  }

  // accents folded one character for one, so that offsets stay those of the text
  private static String foldKeepingLength(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String f = c < 0x80 ? null : WordForms.fold(String.valueOf(c));
      out[i] = f == null || f.length() != 1 ? c : f.charAt(0);
    }
    return new String(out);
  }
}

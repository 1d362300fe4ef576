package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every cue of a fixed list of cue rules (the rules of a screen, or its rows of element words),
 * each distinct cue numbered once, and per cue the rules that can fire only where it occurs. A text
 * is then read once for all of them ({@link #lookUp}): the cues its stems and surfaces make
 * possible are located, each once, and only the rules one of whose first required group's cues
 * occurs are tried, each group taking its cues' places from that reading instead of locating them
 * anew. The same cue written in several rules ("IMSI" in a rule and in a release) is located once.
 *
 * <p>What a rule finds this way is what it finds locating every cue itself: a cue that is not
 * possible cannot occur, and a rule none of whose first required group's cues occurs cannot fire.
 *
 * <p>Immutable and thread-safe; a {@link Reading} belongs to one text.
 */
final class CueBook {
  private final List<Cue> cues = new ArrayList<>();
  /** Each cue object of the rules, by identity, to its number (equal cues share one). */
  private final Map<Cue, Integer> numbers = new IdentityHashMap<>();
  /** The cues by the word under which they can occur. */
  private final CueIndex index;
  /** Per cue, the rules (in their order) whose first required group holds it. */
  private final int[][] rulesByCue;
  private final int ruleCount;

  /** @param rules per rule, its groups as written; the rules are numbered in the order given */
  CueBook(List<List<CueGroup>> rules) {
    this.ruleCount = rules.size();
    Map<Cue, Integer> byValue = new HashMap<>();
    List<List<Integer>> firing = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      boolean first = true;
      for (CueGroup group : rules.get(r)) {
        for (Cue cue : group.cues()) {
          int n = byValue.computeIfAbsent(cue, c -> {
            cues.add(c);
            firing.add(new ArrayList<>(1));
            return cues.size() - 1;
          });
          numbers.put(cue, n);
          List<Integer> of = firing.get(n);
          if (first && !group.negated() && (of.isEmpty() || of.get(of.size() - 1) != r)) {
            of.add(r);
          }
        }
        first &= group.negated();
      }
    }
    this.index = new CueIndex(cues.stream().map(List::of).toList());
    this.rulesByCue = firing.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  /** Where the cues occur in the text, each located once, and which rules may fire there. */
  Reading lookUp(ProductText text) {
    // few cues occur in any text: their places by number, not an array over all cues
    Map<Integer, int[]> spans = new HashMap<>();
    BitSet rules = new BitSet();
    BitSet possible = index.possible(text);
    for (int c = possible.nextSetBit(0); c >= 0; c = possible.nextSetBit(c + 1)) {
      Optional<int[]> span = cues.get(c).locate(text);
      if (span.isPresent()) {
        spans.put(c, span.get());
        for (int r : rulesByCue[c]) {
          rules.set(r);
        }
      }
    }
    return new Reading(spans, rules);
  }

  /** The places of the cues in one text. */
  final class Reading implements CueGroup.Places {
    private final Map<Integer, int[]> spans;
    private final BitSet rules;

    private Reading(Map<Integer, int[]> spans, BitSet rules) {
      this.spans = spans;
      this.rules = rules;
    }

    /** The rules, by their number, that may fire on the text: every rule that does, in order. */
    BitSet mayFire() {
      return rules;
    }

    @Override
    public int[] of(Cue cue) {
      Integer n = numbers.get(cue);
      if (n == null) {
        throw new IllegalArgumentException("cue '" + cue.text() + "' is not one of this book's rules");
      }
      return spans.get(n);
    }
  }

  @Override
  public String toString() {
    return "CueBook[" + cues.size() + " cues, " + ruleCount + " rules]";
  }
}

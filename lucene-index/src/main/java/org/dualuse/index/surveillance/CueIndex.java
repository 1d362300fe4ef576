package org.dualuse.index.surveillance;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a fixed list of cue alternatives (a group's cues, numbered in the order given) can occur
 * in a product text at all. A cue can only occur where its first word that matches by stem or as an
 * acronym occurs, so the cues are filed under that word; a text then looks up its own few stems and
 * surfaces instead of every cue trying every word. Cues with only wildcard words ({@code abhör*})
 * are always possible. "Possible" does not promise a match: the caller still locates the cue.
 *
 * <p>Immutable and thread-safe.
 */
final class CueIndex {
  private final int size;
  private final Map<String, BitSet> byStem = new HashMap<>();
  private final Map<String, BitSet> byAcronym = new HashMap<>();
  private final BitSet always = new BitSet();

  /** @param alternatives per target, the cues of which one must occur for the target to be possible */
  CueIndex(List<List<Cue>> alternatives) {
    this.size = alternatives.size();
    for (int i = 0; i < alternatives.size(); i++) {
      for (Cue cue : alternatives.get(i)) {
        file(cue, i);
      }
    }
  }

  private void file(Cue cue, int target) {
    for (Cue.CueWord w : cue.words()) {
      switch (w.kind()) {
        case STEM -> {
          byStem.computeIfAbsent(w.form(), k -> new BitSet()).set(target);
          return;
        }
        case ACRONYM -> {
          byAcronym.computeIfAbsent(w.form(), k -> new BitSet()).set(target);
          return;
        }
        default -> {
          // a wildcard word tells nothing here; try the next word
        }
      }
    }
    always.set(target);
  }

  /** The targets that may occur in the text. */
  BitSet possible(ProductText text) {
    BitSet out = (BitSet) always.clone();
    for (String stem : text.stems()) {
      BitSet b = byStem.get(stem);
      if (b != null) {
        out.or(b);
      }
    }
    if (!byAcronym.isEmpty()) {
      for (String form : text.acronymForms()) {
        BitSet b = byAcronym.get(form);
        if (b != null) {
          out.or(b);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CueIndex[" + size + " targets]";
  }
}

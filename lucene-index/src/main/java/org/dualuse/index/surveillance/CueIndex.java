package org.dualuse.index.surveillance;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a fixed list of cue alternatives (a group's cues, numbered in the order given) can occur
 * in a product text at all. A cue can only occur where its first word that matches by stem or as an
 * acronym occurs, so the cues are filed under that word; a text then looks up its own few stems and
 * surfaces instead of every cue trying every word. A cue with only wildcard words ({@code abhör*},
 * {@code *überwachung}) can only occur where a word begins (ends) as its first wildcard word does,
 * so it is filed under that word's first (last) {@value ProductText#EDGE} letters, which the text
 * looks up likewise; a cue whose wildcard words are all shorter is always possible. "Possible" does
 * not promise a match: the caller still locates the cue.
 *
 * <p>Immutable and thread-safe.
 */
final class CueIndex {
  private final int size;
  private final Map<String, BitSet> byStem = new HashMap<>();
  private final Map<String, BitSet> byAcronym = new HashMap<>();
  private final Map<String, BitSet> byHead = new HashMap<>();
  private final Map<String, BitSet> byTail = new HashMap<>();
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
          // a wildcard word tells less than a whole one: try the next word first
        }
      }
    }
    for (Cue.CueWord w : cue.words()) {
      int n = w.form().length();
      if (n >= ProductText.EDGE) {
        if (w.kind() == Cue.CueWord.Kind.PREFIX) {
          byHead.computeIfAbsent(w.form().substring(0, ProductText.EDGE), k -> new BitSet()).set(target);
        } else {
          byTail.computeIfAbsent(w.form().substring(n - ProductText.EDGE), k -> new BitSet()).set(target);
        }
        return;
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
    orAll(out, byHead, text.foldedHeads());
    orAll(out, byTail, text.foldedTails());
    return out;
  }

  private static void orAll(BitSet out, Map<String, BitSet> filed, Set<String> keys) {
    if (filed.isEmpty()) {
      return;
    }
    for (String key : keys) {
      BitSet b = filed.get(key);
      if (b != null) {
        out.or(b);
      }
    }
  }

  @Override
  public String toString() {
    return "CueIndex[" + size + " targets]";
  }
}

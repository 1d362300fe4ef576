package org.dualuse.index.surveillance;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.NoteWordRule;

/**
 * The distinctive words of a piece of release-note text: the words left after dropping those already
 * known (stop words, the annex's boilerplate, the words of the nodes the note describes), as
 * light stems ({@link Word#light()}: plurals folded, not stemmed; see {@link NoteWordRule} on why), the acronyms among them, the text
 * itself, and the supplement's user phrases that stand for its note phrases, in the supplement's order.
 *
 * @param text the piece of note text
 * @param all every word of the text
 * @param stems the distinctive words, as light stems, in text order
 * @param acronyms the distinctive words written as acronyms ({@code PMR}, {@code QoS})
 * @param userPhrases the supplement's phrases users write for a note phrase of the piece
 */
record DistinctiveWords(String text, List<Word> all, Set<String> stems, Set<String> acronyms, List<Cue> userPhrases) {

  /** The annex's boilerplate ({@link NoteWordRule#BOILERPLATE}) as light stems. */
  static final Set<String> BOILERPLATE = stems(String.join(" ", NoteWordRule.BOILERPLATE));

  /** The distinctive words of the text, those in {@code known} and those of one letter left out. */
  static DistinctiveWords of(String text, Set<String> known, List<Cue> userPhrases) {
    List<Word> all = Word.of(text);
    Set<String> stems = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    for (Word w : all) {
      if (isStopWord(w) || known.contains(w.light()) || w.light().length() < 2) {
        continue;
      }
      stems.add(w.light());
      // an acronym has at least two capitals and no more small letters than capitals (PMR, QoS)
      long upper = w.surface().chars().filter(Character::isUpperCase).count();
      long lower = w.surface().chars().filter(Character::isLowerCase).count();
      if (upper >= 2 && lower <= upper) {
        acronyms.add(w.light());
      }
    }
    return new DistinctiveWords(text, all, stems, acronyms, List.copyOf(userPhrases));
  }

  /** The same words with these user phrases. */
  DistinctiveWords withUserPhrases(List<Cue> phrases) {
    return new DistinctiveWords(text, all, stems, acronyms, List.copyOf(phrases));
  }

  /** The light stems of the words of a text that are no stop words. */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (Word w : Word.of(text)) {
      if (!isStopWord(w)) {
        out.add(w.light());
      }
    }
    return out;
  }

  /** A stop word of the one analysis ({@link ListAnalyzer#STOP_WORDS}), compared folded as the analyzer does. */
  private static boolean isStopWord(Word w) {
    return ListAnalyzer.STOP_WORDS.contains(w.folded());
  }
}

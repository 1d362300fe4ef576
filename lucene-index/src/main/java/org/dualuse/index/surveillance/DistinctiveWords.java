package org.dualuse.index.surveillance;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinctive words of a piece of release-note text: the words left after dropping those already
 * known (function words, the annex's boilerplate, the words of the nodes the note describes), as
 * light stems ({@link Word#light()}: plurals folded, not stemmed), the acronyms among them, the text
 * itself, and the supplement's user phrases that stand for its note phrases, in the supplement's order.
 *
 * @param text the piece of note text
 * @param all every word of the text
 * @param stems the distinctive words, as light stems, in text order
 * @param acronyms the distinctive words written as acronyms ({@code PMR}, {@code QoS})
 * @param userPhrases the supplement's phrases users write for a note phrase of the piece
 */
record DistinctiveWords(String text, List<Word> all, Set<String> stems, Set<String> acronyms, List<Cue> userPhrases) {

  /** Words that never say what a release note releases: function words and the annex's boilerplate. */
  static final Set<String> BOILERPLATE = stems(
      "a an the of for to and or in on by with from at as any all following specially specifically "
          + "designed modified equipment system systems item items software technology component "
          + "components device devices use used using purpose purposes limited provide providing "
          + "meeting only operates operate receiving it its is are be being not that which this "
          + "these those such other than control controls include includes note specified type "
          + "types e g i ie eg one more after before whether there their them they");

  /** The distinctive words of the text, those in {@code known} and those of one letter left out. */
  static DistinctiveWords of(String text, Set<String> known, List<Cue> userPhrases) {
    List<Word> all = Word.of(text);
    Set<String> stems = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    for (Word w : all) {
      if (known.contains(w.light()) || w.light().length() < 2) {
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

  /** The light stems of every word of a text. */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    Word.of(text).forEach(w -> out.add(w.light()));
    return out;
  }
}

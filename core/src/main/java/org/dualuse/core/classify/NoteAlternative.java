package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * One alternative of a note decided by its words, as checked against a product text: the
 * distinctive words the note's reader looked for (as analysed: stems, lower case), those the text
 * has and those it lacks. Immutable.
 *
 * @param words the alternative's distinctive words, in a stable order
 * @param had those the text has (not under a negation, or through the words users write for them)
 * @param missing those the text lacks
 */
public record NoteAlternative(List<String> words, List<String> had, List<String> missing) {
  public NoteAlternative {
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    had = List.copyOf(Objects.requireNonNull(had, "had"));
    missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
  }
}

package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * A subject (a kind of goods) the product text names that concerns a candidate: the subject of the
 * candidate's node or of a node above or below it, with the words of the text that named it.
 * Immutable.
 *
 * @param subject the subject in English, as the knowledge files name it ("thermal imaging camera")
 * @param codes the nodes whose subject it is
 * @param name the name the knowledge files matched ("Wärmebildkamera")
 * @param words the words of the product text that matched it, as written there
 * @param language the language of the name
 * @param denied true when the text names a look-alike of the subject ("not a ..."), which speaks
 *     against the candidate; false when it names goods of the subject
 */
public record SubjectMatch(String subject, List<ControlCode> codes, String name, String words, String language,
    boolean denied) {
  public SubjectMatch {
    Objects.requireNonNull(subject, "subject");
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(language, "language");
  }
}

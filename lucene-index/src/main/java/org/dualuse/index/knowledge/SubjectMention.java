package org.dualuse.index.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A subject a text names, with the words that showed it. Immutable.
 *
 * @param codes the nodes whose subject it is, in list order
 * @param subject the English subject
 * @param name the name of the knowledge files that matched ("Wärmebildkamera", "microcontroller")
 * @param words the words of the text that matched it, as written there
 * @param language the language of the name
 * @param relation {@link ProductType.Relation#IS_A} when the text names goods of the subject (by a
 *     subject name or a product type), {@link ProductType.Relation#IS_NOT_A} when it names a
 *     look-alike of them
 */
public record SubjectMention(List<org.dualuse.core.code.ControlCode> codes, String subject, String name, String words,
    String language, ProductType.Relation relation) {
  public SubjectMention {
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(relation, "relation");
  }
}

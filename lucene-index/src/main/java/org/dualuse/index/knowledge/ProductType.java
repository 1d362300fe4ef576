package org.dualuse.index.knowledge;

import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * What products are called, mapped to the subjects of the list: a microcontroller is an integrated
 * circuit; a riot shield is not body armour. Immutable.
 *
 * @param term the product name as written on products ("microcontroller", "Schutzschild")
 * @param language ISO 639-1 code of the term
 * @param relation whether a product so named is, or is a look-alike of, the subject
 * @param subject an English subject of a subjects file
 * @param source the class of knowledge the row rests on
 * @param file the file it was read from
 * @param line its line number there
 */
public record ProductType(String term, String language, Relation relation, String subject, String source, String file,
    int line) {

  /** How a product type relates to a subject. */
  public enum Relation {
    /** A product so named is goods of the subject ("is-a"). */
    IS_A,
    /** A product so named looks like goods of the subject but is not ("is-not-a"). */
    IS_NOT_A;

    /** The relation written {@code is-a} or {@code is-not-a}. */
    static Relation parse(String s) {
      return switch (s) {
        case "is-a" -> IS_A;
        case "is-not-a" -> IS_NOT_A;
        default -> throw new IllegalArgumentException("relation must be 'is-a' or 'is-not-a', was '" + s + "'");
      };
    }
  }

  public ProductType {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    if (term.isBlank() || subject.isBlank()) {
      throw new DualUseException("a product type needs a term and a subject");
    }
  }
}

package org.dualuse.index.knowledge;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * A name that points retrieval at nodes: a subject's name, a product type, a chemical's name or CAS
 * number, a material designation. Immutable.
 *
 * @param phrase the name as written
 * @param codes the nodes it points at, at least one
 * @param language ISO 639-1 code, or {@value Knowledge#ANY_LANGUAGE} for a name written alike in every
 *     language
 * @param file the knowledge file it comes from
 * @param line its line there
 * @param kind what the name names
 */
public record Pointer(String phrase, List<ControlCode> codes, String language, String file, int line, Kind kind) {

  /** What a pointer's name names. */
  public enum Kind {
    /** The kind of goods of a node: a subject's name or other name. */
    SUBJECT,
    /** What products of a subject are called (an is-a product type). */
    PRODUCT_TYPE,
    /** A chemical: its English or German name or its CAS number, which identify the substance. */
    CHEMICAL,
    /** Another name of a chemical: a synonym, abbreviation or trade name, in any language. */
    CHEMICAL_SYNONYM,
    /** A material designation (grade, trade name, material number). */
    MATERIAL
  }

  public Pointer {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(file, "file");
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
  }
}

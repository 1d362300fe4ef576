package org.dualuse.core.model;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * A term of the annex's "Definitions of terms used in this Annex" (global), or a 'local' term
 * defined by a technical note.
 *
 * @param term the term as defined, e.g. {@code "Monolithic Microwave Integrated Circuit" ("MMIC")}
 *     is stored as {@code Monolithic Microwave Integrated Circuit}
 * @param acronyms acronyms the definition gives for the term, e.g. {@code MMIC}
 * @param definition the verbatim definition text
 * @param categories the categories named in brackets after the term (empty: all, e.g. "(GTN)")
 * @param kind global or local
 */
public record DefinedTerm(
    String term, List<String> acronyms, String definition, List<String> categories, TermKind kind) {
  public DefinedTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(kind, "kind");
    if (term.isBlank()) {
      throw new DualUseException("a defined term needs words, was " + DualUseException.quote(term));
    }
    acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}

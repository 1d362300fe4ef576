package org.dualuse.core.model;

import java.util.List;

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
    if (term == null || term.isBlank() || definition == null || kind == null) {
      throw new IllegalArgumentException("term, definition and kind are required");
    }
    acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}

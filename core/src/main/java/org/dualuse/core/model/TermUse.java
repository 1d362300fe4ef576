package org.dualuse.core.model;

import java.util.Objects;

/**
 * A quoted term as it appears in a node's text, and the definition it resolves to.
 *
 * @param surface the words between the quotes as printed ("MMICs", 'channel switching time')
 * @param term the defined term it resolves to, or null when it does not resolve
 * @param kind global (double quotes) or local (single quotes)
 */
public record TermUse(String surface, String term, TermKind kind) {
  public TermUse {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(kind, "kind");
  }

  public boolean resolved() {
    return term != null;
  }
}

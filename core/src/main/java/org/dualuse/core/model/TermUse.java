package org.dualuse.core.model;

/**
 * A quoted term as it appears in a node's text, and the definition it resolves to.
 *
 * @param surface the words between the quotes as printed ("MMICs", 'channel switching time')
 * @param term the defined term it resolves to, or null when it does not resolve
 * @param kind global (double quotes) or local (single quotes)
 */
public record TermUse(String surface, String term, TermKind kind) {
  public TermUse {
    if (surface == null || kind == null) {
      throw new IllegalArgumentException("surface and kind are required");
    }
  }

  public boolean resolved() {
    return term != null;
  }
}

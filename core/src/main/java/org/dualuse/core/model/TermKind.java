package org.dualuse.core.model;

/** Defined terms: "double-quoted" ones are defined for the whole annex, 'single-quoted' ones locally. */
public enum TermKind {
  GLOBAL,
  LOCAL
}

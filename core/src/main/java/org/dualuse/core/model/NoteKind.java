package org.dualuse.core.model;

/** The kinds of note the annex prints below an item. */
public enum NoteKind {
  /** "Note:" — may extend, explain or release (see {@link Note#releaseClause()}). */
  NOTE,
  /** "Technical Note:" — defines 'local' terms and how to measure. */
  TECHNICAL_NOTE,
  /** "N.B." — points the reader to another entry or list. */
  NB
}

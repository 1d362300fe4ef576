package org.dualuse.core.classify;

/**
 * What a note of the list did to a candidate when it was checked against a product ({@link NoteCheck}).
 */
public enum NoteAction {
  /** The note takes the candidate out of the list: the text shows its release condition, or the facts meet it. */
  RELEASED,
  /** An N.B. sends the product to other codes of the list, which are checked in turn. */
  REDIRECTED,
  /**
   * The note was checked and does not release: the facts fail its condition, or the text shows only
   * some of the conditions of a note whose conditions must all hold.
   */
  NOT_RELEASED,
  /**
   * The note may release, but it was not taken as the release: a fact its condition needs is
   * missing; or the facts meet its condition but it was not what released the candidate (met only on
   * a value no word names, a guess that must not hide a controlled item; a note whose conditions
   * must all hold, judged whole with its words by the note reader; or another note released first).
   */
  UNDECIDED
}

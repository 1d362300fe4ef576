package org.dualuse.lists.diff;

/** What happened to a node between two versions of a list. */
public enum ChangeKind {
  /** The code exists only in the newer version. */
  ADDED,
  /** The code exists only in the older version. */
  REMOVED,
  /** The code exists in both, with different wording (typography aside, see {@link ListDiff}). */
  TEXT_CHANGED,
  /**
   * The code exists in both, with different thresholds or ranges: in its typed criteria, or, where
   * the criteria are untyped, in the quantities its text states (the change's remark says so).
   */
  THRESHOLD_CHANGED,
  /** The code exists in both, with notes, technical notes or N.B.s added, removed or reworded. */
  NOTES_CHANGED,
  /** The same wording stands under another code: the item was moved or renumbered. */
  MOVED,
  /** The same note, technical note or N.B. (typography aside) now stands on another node. */
  NOTE_MOVED,
  /** The item's wording now stands as a row of a table in its parent's text, labelled as before. */
  BECAME_TABLE_ROW;

  /** True for the kinds that name where something went ({@link ListChange#movedTo()}). */
  public boolean namesTarget() {
    return this == MOVED || this == NOTE_MOVED || this == BECAME_TABLE_ROW;
  }
}

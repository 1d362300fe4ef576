package org.dualuse.lists.diff;

/** What happened to a node between two versions of a list. */
public enum ChangeKind {
  /** The code exists only in the newer version. */
  ADDED,
  /** The code exists only in the older version. */
  REMOVED,
  /** The code exists in both, with different wording (typography aside). */
  TEXT_CHANGED,
  /** The code exists in both, with different thresholds or ranges in its criteria. */
  THRESHOLD_CHANGED,
  /** The code exists in both, with different notes, technical notes or N.B.s (typography aside). */
  NOTES_CHANGED,
  /** The same wording stands under another code: the item was moved or renumbered. */
  MOVED
}

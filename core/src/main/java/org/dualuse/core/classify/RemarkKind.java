package org.dualuse.core.classify;

/** What a {@link Remark} on a candidate is about. */
public enum RemarkKind {
  /**
   * The text speaks against words of the node: it negates them ("not radiation hardened"), denies a
   * condition of an "all of the following" list the node needs, or names what the node excludes by
   * "non-".
   */
  NEGATION,
  /** The text states what the product is for, and the node's own purpose agrees or differs. */
  PURPOSE,
  /**
   * The text describes a whole that incorporates another candidate (the part), or the candidate is
   * the part, released with the whole.
   */
  WHOLE_AND_PART,
  /**
   * The kind of goods the text names: software or technology found through the goods it is for, or a
   * name of the knowledge files that points at the node.
   */
  KIND,
  /** The facts fail the node's thresholds and meet none, or the criteria of the equipment it is for. */
  FACTS,
  /** A note of the list checked for the candidate; the {@link NoteCheck} says what it did. */
  NOTE
}

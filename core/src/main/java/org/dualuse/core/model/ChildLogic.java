package org.dualuse.core.model;

/** How a node's children combine, as its text says ("any of the following", "all of the following"). */
public enum ChildLogic {
  /** "having any of the following": one child suffices. */
  ANY_OF,
  /** "having all of the following": every child must hold. */
  ALL_OF,
  /** "as follows": a list of kinds of item, each controlled on its own (so, in effect, any of). */
  AS_FOLLOWS,
  /** A leaf, or a node whose text does not say. */
  NONE
}

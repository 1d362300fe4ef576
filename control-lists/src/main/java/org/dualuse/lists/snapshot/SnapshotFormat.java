package org.dualuse.lists.snapshot;

/**
 * The binary form of a parsed {@link org.dualuse.core.model.ControlList}, as {@link ListSnapshotWriter}
 * writes it and {@link ListSnapshotReader} reads it back.
 *
 * <p>Layout: the {@link #MAGIC} number and the {@link #VERSION} (4 bytes each), then the list: id,
 * title, jurisdiction, effective date (days since 1970-01-01), provenance, definitions, documents,
 * entries, each node with its children after it. Counts and numbers are unsigned variable-length
 * integers (7 bits a byte, low bits first); doubles are 8 bytes; enums are their ordinal (the
 * snapshot is only ever read by the code that wrote it, see {@link SnapshotInfo}).
 *
 * <p>Strings, control codes, and the objects whose identity the classifiers use (criteria, notes,
 * parameters, units) are written once: the first occurrence as {@code 0} followed by its content, each
 * later one as its number in order of first occurrence plus one. So the list read back shares those
 * objects exactly as the parsed list did: a parametric decontrol note's condition and the leaves it is
 * made of are the same instances wherever they occur.
 */
final class SnapshotFormat {
  /** "DUL1": dualuse list. */
  static final int MAGIC = 0x44554C31;
  /**
   * Raise it with every change of the layout (2: a node's cyber-surveillance flag with its scope, items
   * and reason; 3: a feature's flag of a material alternative; 4: a note's release clauses in place of
   * its decontrol flag).
   */
  static final int VERSION = 4;

  // criterion kinds
  static final int THRESHOLD = 0;
  static final int RANGE = 1;
  static final int FEATURE = 2;
  static final int ALL_OF = 3;
  static final int ANY_OF = 4;
  static final int NOT = 5;

  private SnapshotFormat() {}
}

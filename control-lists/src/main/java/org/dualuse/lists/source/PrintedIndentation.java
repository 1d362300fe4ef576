package org.dualuse.lists.source;

/**
 * Where the printed annex sets its text, in points from the page's left edge. The layout is read
 * from these positions: the entry column tells entry codes from indented text, the step and the
 * first level give where the items of a depth are expected until the entry has printed one.
 */
final class PrintedIndentation {
  /** Indentation step of the printed list: one centimetre. */
  static final float STEP = 28.35f;
  /** Where first-level items of an entry usually start. */
  static final float FIRST_LEVEL_X = 113.3f;
  /** Entry codes stand at the left margin (70.8 pt); anything right of this is indented text. */
  static final float ENTRY_COLUMN = 100f;
  /** Tolerance when comparing indentations. */
  static final float SLACK = 5f;

  private PrintedIndentation() {}
}

package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;

/** The rows of a batch input, read one at a time in input order. Not thread-safe. */
interface RowSource extends Closeable {

  /** The next row (possibly one that failed to read), or null at the end of the input. */
  BatchRow next() throws IOException;

  /**
   * About how many bytes of the input the rows returned so far span, for progress estimates (UTF-8
   * lengths of the lines, line ends counted as one byte).
   */
  long position();

  /**
   * The fact columns that no row has had so far: a field a JSON Lines input never holds, most likely
   * a misspelt name. Empty for a CSV input, whose header has every mapped column or is refused.
   */
  default java.util.List<FactColumn> unseenFactColumns() {
    return java.util.List.of();
  }
}

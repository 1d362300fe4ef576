package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;

/** The rows of a batch input, read one at a time in input order. Not thread-safe. */
interface RowSource extends Closeable {

  /** The next row (possibly one that failed to read), or null at the end of the input. */
  BatchRow next() throws IOException;
}

package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;

/** Writes batch outcomes, one record per input row, in the order given. Not thread-safe. */
interface RowWriter extends Closeable {

  void write(BatchOutcome outcome) throws IOException;
}

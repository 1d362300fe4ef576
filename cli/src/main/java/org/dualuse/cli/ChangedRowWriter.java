package org.dualuse.cli;

import java.io.Closeable;
import java.io.IOException;
import org.dualuse.core.classify.Classification;
import org.dualuse.lists.diff.ScreeningChange;

/**
 * Writes the rows of {@code dualuse rescreen} whose screening changed, and the rows it could not
 * re-screen, in the order given. Not thread-safe.
 */
interface ChangedRowWriter extends Closeable {

  /** A row whose decision or code changed, with its new classification. */
  void change(ResultRow row, ScreeningChange change, Classification after) throws IOException;

  /** A row that could not be re-screened; {@code error} names the results file's line. */
  void error(ResultRow row, String error) throws IOException;
}

package org.dualuse.index.decision;

import org.dualuse.core.DataFileFormatException;

/** A bad line in a decision model file: names the file, the line and what is wrong. */
public final class DecisionModelFormatException extends DataFileFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number (0 when the file itself is missing or incomplete)
   * @param problem what is wrong, with the offending value
   */
  public DecisionModelFormatException(String source, int line, String problem) {
    super(source, line, problem);
  }
}

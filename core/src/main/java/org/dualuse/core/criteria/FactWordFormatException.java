package org.dualuse.core.criteria;

import org.dualuse.core.DataFileFormatException;

/** The fact words file ({@code fact-words.tsv}) has a bad row; names the file and the line. */
public final class FactWordFormatException extends DataFileFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number (0 when the file itself is missing)
   * @param problem what is wrong, with the offending value
   */
  public FactWordFormatException(String source, int line, String problem) {
    super(source, line, problem);
  }
}

package org.dualuse.index.knowledge;

import org.dualuse.core.DataFileFormatException;

/** A knowledge file (subjects, product types, chemicals, materials) has a bad line; names the file and the line. */
public final class KnowledgeFormatException extends DataFileFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number (0 when the file itself is missing)
   * @param problem what is wrong, with the offending value
   */
  public KnowledgeFormatException(String source, int line, String problem) {
    super(source, line, problem);
  }
}

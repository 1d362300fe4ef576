package org.dualuse.index;

import org.dualuse.core.DataFileFormatException;

/** A vocabulary file has a line that does not follow the format; names the file and the line. */
public final class VocabularyFormatException extends DataFileFormatException {
  private static final long serialVersionUID = 1L;

  public VocabularyFormatException(String source, int line, String problem) {
    super(source, line, problem);
  }
}

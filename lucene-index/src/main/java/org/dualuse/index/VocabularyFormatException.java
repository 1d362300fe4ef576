package org.dualuse.index;

import org.dualuse.core.DualUseException;

/** A vocabulary file has a line that does not follow the format; names the file and the line. */
public final class VocabularyFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public VocabularyFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}

package org.dualuse.index.surveillance;

import org.dualuse.core.DualUseException;

/**
 * A bad row in one of the surveillance data files (Article 5 cue rules, release-note supplements,
 * surveillance vocabulary): names the file, the line and what is wrong with it.
 */
public class CueFileFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number
   * @param problem what is wrong, with the offending value
   */
  public CueFileFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}

package org.dualuse.index.surveillance;

import org.dualuse.core.DataFileFormatException;

/**
 * A bad row in one of the surveillance data files (Article 5 cue rules, release-note supplements,
 * surveillance vocabulary): names the file, the line and what is wrong with it.
 */
public class CueFileFormatException extends DataFileFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number
   * @param problem what is wrong, with the offending value
   */
  public CueFileFormatException(String source, int line, String problem) {
    super(source, line, problem);
  }
}

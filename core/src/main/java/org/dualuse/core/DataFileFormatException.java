package org.dualuse.core;

/**
 * A bad line in a data file that is not a control list (a vocabulary, a cue file of the
 * surveillance screening): names the file, the line and what is wrong with it. Each file kind throws
 * its own subclass, so a caller can tell them apart or catch them all.
 */
public class DataFileFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number (0 when the file itself is missing)
   * @param problem what is wrong, with the offending value
   */
  public DataFileFormatException(String source, int line, String problem) {
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

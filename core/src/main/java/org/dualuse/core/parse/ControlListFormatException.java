package org.dualuse.core.parse;

import org.dualuse.core.DualUseException;

/**
 * A publication that cannot be read into a complete list. Names the file, the line and the code
 * where reading failed and what was expected there; no partial list is ever returned.
 */
public final class ControlListFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String code;

  /**
   * @param source the file (or resource) being read
   * @param line the 1-based line, or 0 when not known
   * @param code the code at that place, or null when not known
   * @param problem what was found and what was expected
   */
  public ControlListFormatException(String source, int line, String code, String problem) {
    super(source + (line > 0 ? ":" + line : "") + (code != null ? " [" + code + "]" : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.code = code;
  }

  public ControlListFormatException(String source, int line, String code, String problem, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + (code != null ? " [" + code + "]" : "") + ": " + problem, cause);
    this.source = source;
    this.line = line;
    this.code = code;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  /** The code at the failing place, or null. */
  public String code() {
    return code;
  }
}

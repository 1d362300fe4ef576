package org.dualuse.eval;

import org.dualuse.core.DualUseException;

/** A dataset line that cannot be read as a case; names the file and the 1-based line. */
public final class DatasetFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  public DatasetFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  public DatasetFormatException(String source, int line, String problem, Throwable cause) {
    super(source + ":" + line + ": " + problem, cause);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** The file (or stream name) that failed. */
  public String source() {
    return source;
  }

  /** The 1-based line that failed. */
  public int line() {
    return line;
  }

  /** What was wrong with the line, without the location. */
  public String problem() {
    return problem;
  }
}

package org.dualuse.core.code;

import org.dualuse.core.DualUseException;

/** A string that is not a control code; carries the input and the index where it stopped making sense. */
public final class ControlCodeFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int errorIndex;

  public ControlCodeFormatException(String reason, String input, int errorIndex) {
    super(reason + " in control code '" + input + "' at index " + errorIndex);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }

  /** Index into {@link #input()} of the first character that does not fit the grammar. */
  public int errorIndex() {
    return errorIndex;
  }
}

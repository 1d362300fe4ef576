package org.dualuse.core.quantity;

import org.dualuse.core.DualUseException;

/**
 * Text that is not a quantity or not a known unit; carries the input and the index where it stopped
 * making sense, like {@code java.time.format.DateTimeParseException}.
 */
public final class QuantityFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  private final String input;
  private final int errorIndex;

  public QuantityFormatException(String reason, String input, int errorIndex) {
    super(reason + " in '" + shorten(input) + "' at index " + errorIndex);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  // a product text can be megabytes long; the message stays readable in a log line
  private static String shorten(String input) {
    return input.length() <= SHOWN ? input : input.substring(0, SHOWN) + "...";
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

package org.dualuse.core;

/**
 * The one unchecked root of every exception the dualuse library throws on purpose.
 *
 * <p>Callers who embed the library can catch this type to handle all of its failures; the
 * subclasses say what went wrong ({@code ControlCodeFormatException}, {@code QuantityFormatException},
 * {@code ControlListFormatException}, ...) and carry the input and the position that failed.
 */
public class DualUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DualUseException(String message) {
    super(message);
  }

  public DualUseException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.dualuse.core;

/**
 * The one unchecked root of every exception the dualuse library throws on purpose.
 *
 * <p>Callers who embed the library can catch this type to handle all of its failures; the
 * subclasses say what went wrong ({@code ControlCodeFormatException}, {@code QuantityFormatException},
 * {@code ControlListFormatException}, {@code NoSuchNodeException}, {@code UnknownListException}, ...)
 * and carry the input and the position that failed. A value that breaks the rule of a type (a
 * non-finite quantity, a range whose low bound is above its high bound, a code listed twice) throws
 * this class itself with a message naming the value, as {@code java.time} throws
 * {@code DateTimeException}. A null argument of a public method is a programming error and throws
 * {@link NullPointerException} naming the argument, unless its documentation says null stands for
 * "none".
 */
public class DualUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most characters of an input that a message quotes. */
  public static final int QUOTED_CHARS = 80;

  public DualUseException(String message) {
    super(message);
  }

  public DualUseException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An input as a message quotes it: in single quotes, cut to {@value #QUOTED_CHARS} characters
   * with its full length named when longer, line breaks shown as spaces; {@code null} as
   * {@code null}.
   */
  public static String quote(String input) {
    if (input == null) {
      return "null";
    }
    String s = input.length() <= QUOTED_CHARS ? input : input.substring(0, QUOTED_CHARS);
    s = s.replace('\n', ' ').replace('\r', ' ');
    return input.length() <= QUOTED_CHARS
        ? "'" + s + "'"
        : "'" + s + "...' (" + input.length() + " characters)";
  }
}

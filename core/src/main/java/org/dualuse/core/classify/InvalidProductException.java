package org.dualuse.core.classify;

import org.dualuse.core.DualUseException;

/**
 * A product that cannot be classified: its text has no usable words (empty, blank, only emoji or
 * invisible characters), or it is longer than {@link ProductConstraints#maxTextLength()}. Bad input,
 * never an answer: a text with nothing to read is not "not listed".
 */
public class InvalidProductException extends DualUseException {
  private static final long serialVersionUID = 1L;

  public InvalidProductException(String message) {
    super(message);
  }
}

package org.dualuse.core.quantity;

import org.dualuse.core.DualUseException;

/** A conversion that has no answer: different dimensions, or a non-positive value in decibels. */
public final class UnitConversionException extends DualUseException {
  private static final long serialVersionUID = 1L;

  public UnitConversionException(String message) {
    super(message);
  }
}

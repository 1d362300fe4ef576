package org.dualuse.core.criteria;

import org.dualuse.core.DualUseException;

/**
 * A stated fact that cannot be used: no name, no value, not one value with a unit, a dimension that
 * does not fit the named parameter, a number out of range, or a negative or zero value of a quantity
 * that is never negative ("power=-5 W"). Carries the fact's name and value as given.
 */
public class FactFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String value;

  public FactFormatException(String name, String value, String message) {
    super(message);
    this.name = name;
    this.value = value;
  }

  /** The fact's name as given; may be null or blank when that is what was wrong. */
  public String name() {
    return name;
  }

  /** The fact's value as given; may be null or blank when that is what was wrong. */
  public String value() {
    return value;
  }
}

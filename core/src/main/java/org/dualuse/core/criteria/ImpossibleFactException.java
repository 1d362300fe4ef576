package org.dualuse.core.criteria;

/**
 * A stated fact that reads, but states a value no product can have: not a finite number
 * ("1e999 W"), or negative or zero where the quantity is a positive magnitude ("frame rate=-60 Hz",
 * "power=-5 W", "0 K"). Such a value would flip an answer (a negative frame rate meets every
 * "9 Hz or less" release), so a classifier rejects the product instead of reading it.
 */
public class ImpossibleFactException extends FactFormatException {
  private static final long serialVersionUID = 1L;

  public ImpossibleFactException(String name, String value, String message) {
    super(name, value, message);
  }
}

package org.dualuse.core.criteria;

import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;

/**
 * A named technical parameter in words users understand ("operating frequency", "peak saturated
 * output power"), with the dimension its values must have and the question that asks for it.
 *
 * @param name canonical lower-case name, the key of facts
 * @param dimension the physical dimension every value of this parameter has
 * @param question the question a user is asked when the value is missing
 */
public record Parameter(String name, Dimension dimension, String question) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dimension, "dimension");
    if (name.isBlank()) {
      throw new DualUseException("a parameter needs a name, was " + DualUseException.quote(name));
    }
    if (question == null || question.isBlank()) {
      question = "What is the " + name + "?";
    }
  }

  /**
   * The hash of the name and dimension only: equal parameters have them equal, and the record's own
   * hash would hash the question's text too each time a product's facts are looked up by parameter.
   */
  @Override
  public int hashCode() {
    return name.hashCode() * 31 + dimension.hashCode();
  }
}

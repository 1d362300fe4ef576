package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * A condition without a number that only text evidence can satisfy: "specially designed to
 * withstand gamma radiation", "employing spread spectrum techniques".
 *
 * @param description the condition in the provision's words
 * @param keywords lower-case words or phrases whose presence in a product's text supports it
 */
public record Feature(String description, List<String> keywords) implements Criterion {
  public Feature {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new DualUseException("a feature needs a description, was " + DualUseException.quote(description));
    }
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  @Override
  public String describe() {
    return description;
  }
}

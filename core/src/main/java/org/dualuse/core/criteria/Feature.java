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
 * @param material whether it is one of the materials a provision lists as alternatives ("glass",
 *     "silicon carbide" beside "nickel or alloys with more than 40 % nickel", {@link MaterialAlternatives}):
 *     a text that names the material of its item rules out such a feature when it names another
 *     material ({@link FeatureJudge#keywords(String, List)}); no other feature is ever ruled out so
 */
public record Feature(String description, List<String> keywords, boolean material) implements Criterion {
  public Feature {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new DualUseException("a feature needs a description, was " + DualUseException.quote(description));
    }
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** A feature that is no material alternative. */
  public Feature(String description, List<String> keywords) {
    this(description, keywords, false);
  }

  /** This feature as one of the material alternatives of a provision. */
  public Feature asMaterial() {
    return material ? this : new Feature(description, keywords, true);
  }

  @Override
  public String describe() {
    return description;
  }
}

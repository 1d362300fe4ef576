package org.dualuse.core.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user wants classified: free text, optional typed facts, optional language.
 *
 * @param text the description, e.g. a material master's long text
 * @param facts parameter name to value with unit ("frame rate" to "60 Hz"), in the order given
 * @param language ISO 639-1 code of the text ("en", "de"), or empty when not known
 */
public record Product(String text, Map<String, String> facts, String language) {
  public Product {
    if (text == null) {
      throw new IllegalArgumentException("product text is required (may be empty, not null)");
    }
    facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    language = language == null ? "" : language;
  }

  public static Product of(String text) {
    return new Product(text, Map.of(), "");
  }

  /** A copy with one more fact. */
  public Product withFact(String name, String value) {
    Map<String, String> f = new LinkedHashMap<>(facts);
    f.put(name, value);
    return new Product(text, f, language);
  }
}

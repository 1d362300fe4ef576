package org.dualuse.core.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.language.LanguageDetector;

/**
 * What a user wants classified: free text, optional typed facts, optional language.
 *
 * <p>The text, the facts' names and values are kept in the normal form {@code ProductText}
 * describes: Unicode NFKC with invisible format characters (soft hyphen, zero-width space, ...)
 * removed, so that text copied from a PDF or a web page reads as it looks. A product may hold any
 * text; a classifier rejects one with no usable words or beyond its {@link ProductConstraints}.
 *
 * @param text the description, e.g. a material master's long text
 * @param facts parameter name to value with unit ("frame rate" to "60 Hz"), in the order given; no
 *     null name or value
 * @param language ISO 639-1 code of the text ("en", "de"), or empty when not known
 * @throws NullPointerException when {@code text}, {@code facts}, {@code language}, or a fact's name
 *     or value is null
 */
public record Product(String text, Map<String, String> facts, String language) {
  public Product {
    text = ProductText.normalise(Objects.requireNonNull(text, "text"));
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(language, "language");
    Map<String, String> f = new LinkedHashMap<>();
    facts.forEach((name, value) ->
        f.put(ProductText.normalise(Objects.requireNonNull(name, "fact name")),
            ProductText.normalise(Objects.requireNonNull(value, "value of fact '" + name + "'"))));
    facts = Collections.unmodifiableMap(f);
  }

  /** A product of this text, no facts, language not known. */
  public static Product of(String text) {
    return new Product(text, Map.of(), "");
  }

  /**
   * The language of the text: the one stated in {@link #language()}, else the guess of the {@link
   * LanguageDetector} (English, German, French or Italian); empty when neither tells.
   */
  public Optional<String> textLanguage() {
    return language.isBlank() ? LanguageDetector.detect(text) : Optional.of(language.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A copy with one more fact.
   *
   * @throws NullPointerException when {@code name} or {@code value} is null
   */
  public Product withFact(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> f = new LinkedHashMap<>(facts);
    f.put(name, value);
    return new Product(text, f, language);
  }
}

package org.dualuse.core.classify;

import org.dualuse.core.DualUseException;

/**
 * The limits a classifier puts on a {@link Product} before it reads it, in the manner of
 * jackson-core's {@code StreamReadConstraints}: immutable, built with {@link #builder()}, passed to
 * the classifier that applies them (never held in a static default).
 *
 * <p>A product description is a material master's text, a few hundred characters; the default
 * {@linkplain #maxTextLength() limit} of {@value #DEFAULT_MAX_TEXT_LENGTH} characters leaves room
 * for a full data sheet while keeping one text from taking minutes or the heap. The error that hits
 * a limit names the setting to change.
 *
 * <p>Thread-safe.
 */
public final class ProductConstraints {

  /** The default most characters of a product text: 64 Ki. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 64 * 1024;

  private static final ProductConstraints DEFAULTS = builder().build();

  private final int maxTextLength;

  private ProductConstraints(Builder b) {
    this.maxTextLength = b.maxTextLength;
  }

  /** The defaults: texts of at most {@value #DEFAULT_MAX_TEXT_LENGTH} characters. */
  public static ProductConstraints defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The most characters (UTF-16 units, after {@link Product}'s normalisation) a product text may have. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Checks a product against these limits.
   *
   * @throws NullPointerException when {@code product} is null
   * @throws InvalidProductException when its text is too long or has no usable words (no letter
   *     and no digit)
   */
  public void validate(Product product) {
    java.util.Objects.requireNonNull(product, "product");
    String text = product.text();
    if (text.length() > maxTextLength) {
      throw new InvalidProductException("product text of " + text.length() + " characters is longer than the limit of "
          + maxTextLength + " (ProductConstraints.maxTextLength)");
    }
    if (!hasUsableWords(text)) {
      throw new InvalidProductException("product text has no usable words (no letter or digit): "
          + DualUseException.quote(text));
    }
  }

  /** True when the text has a letter or a digit: something a classifier can read. */
  public static boolean hasUsableWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  @Override
  public String toString() {
    return "ProductConstraints[maxTextLength=" + maxTextLength + "]";
  }

  /** Builds {@link ProductConstraints}; not thread-safe. */
  public static final class Builder {
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

    private Builder() {}

    /**
     * @param n the most characters of a product text, at least 1
     * @throws DualUseException when {@code n} is less than 1
     */
    public Builder maxTextLength(int n) {
      if (n < 1) {
        throw new DualUseException("maxTextLength must be at least 1, was " + n);
      }
      this.maxTextLength = n;
      return this;
    }

    public ProductConstraints build() {
      return new ProductConstraints(this);
    }
  }
}

package org.dualuse.core.classify;

import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * One item of a batch and what became of it: its classification, or the failure that stopped it.
 * A {@link BatchClassifier} gives one for every item it reads, failed ones included, so that nothing
 * is dropped. Immutable; equal when index, item, product, classification and failure are.
 *
 * @param <T> the type of the batch's items
 */
public final class ClassifiedItem<T> {
  private final long index;
  private final T item;
  private final Product product;
  private final Classification classification;
  private final RuntimeException failure;

  private ClassifiedItem(long index, T item, Product product, Classification classification,
      RuntimeException failure) {
    if (index < 0) {
      throw new DualUseException("the index of an item must be 0 or more, was " + index);
    }
    this.index = index;
    this.item = item;
    this.product = product;
    this.classification = classification;
    this.failure = failure;
  }

  /**
   * An item that was classified.
   *
   * @param index its 0-based position in the batch's input
   * @param item the item as the input gave it; null when the input held null
   * @param product the product made of it
   * @param classification its classification
   * @throws DualUseException when the index is negative
   */
  public static <T> ClassifiedItem<T> of(long index, T item, Product product, Classification classification) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(classification, "classification");
    return new ClassifiedItem<>(index, item, product, classification, null);
  }

  /**
   * An item that has no classification.
   *
   * @param index its 0-based position in the batch's input
   * @param item the item as the input gave it; null when the input held null
   * @param product the product made of it; null when making it failed
   * @param failure why: what making its product threw (a row that cannot be read), or what the
   *     classifier threw ({@link DualUseException} for a product it refuses, such as one with no
   *     usable words)
   * @throws DualUseException when the index is negative
   */
  public static <T> ClassifiedItem<T> failed(long index, T item, Product product, RuntimeException failure) {
    Objects.requireNonNull(failure, "failure");
    return new ClassifiedItem<>(index, item, product, null, failure);
  }

  /** The item's 0-based position in the batch's input. */
  public long index() {
    return index;
  }

  /** The item as the input gave it; null when the input held null. */
  public T item() {
    return item;
  }

  /** The product made of the item; null when making it failed. */
  public Product product() {
    return product;
  }

  /** The classification; null when the item {@link #failed()}. */
  public Classification classification() {
    return classification;
  }

  /** Why the item has no classification; null when it has one. */
  public RuntimeException failure() {
    return failure;
  }

  /** True when the item has no classification, only a {@link #failure()}. */
  public boolean failed() {
    return failure != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassifiedItem<?> other && index == other.index && Objects.equals(item, other.item)
        && Objects.equals(product, other.product) && Objects.equals(classification, other.classification)
        && Objects.equals(failure, other.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, item, product, classification, failure);
  }

  @Override
  public String toString() {
    return "item " + index + (failed() ? " failed: " + failure : ": " + classification.decision());
  }
}

package org.dualuse.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed on first access, once: for the parts of a report that are costly to
 * find (the parameters that would decide a node) and that most callers never read, and for the
 * criteria of an {@link org.dualuse.core.classify.Evidence} in words, which most callers of a classifier never read either.
 * Value objects keep such a list as it is instead of copying it (a copy would compute it now).
 * Thread-safe: the supplier runs at most once, and every reader sees its result.
 */
public final class DeferredList<T> extends AbstractList<T> {
  private Supplier<? extends List<? extends T>> supplier;
  private volatile List<T> items;

  DeferredList(Supplier<? extends List<? extends T>> supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  /**
   * A list that is what the supplier gives, copied, when first read; the supplier must give the same
   * elements whenever it runs (it runs once) and may be called from any thread.
   *
   * @throws NullPointerException when the supplier is null
   */
  public static <T> List<T> of(Supplier<? extends List<? extends T>> supplier) {
    return new DeferredList<>(supplier);
  }

  private List<T> items() {
    List<T> found = items;
    if (found == null) {
      synchronized (this) {
        found = items;
        if (found == null) {
          found = List.copyOf(supplier.get());
          items = found;
          supplier = null; // let what it held go
        }
      }
    }
    return found;
  }

  @Override
  public T get(int index) {
    return items().get(index);
  }

  @Override
  public int size() {
    return items().size();
  }
}

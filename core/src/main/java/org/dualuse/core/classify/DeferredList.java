package org.dualuse.core.classify;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed on first access, once: for the parts of a report that are costly to
 * find (the parameters that would decide a node) and that most callers never read. Thread-safe: the
 * supplier runs at most once, and every reader sees its result.
 */
final class DeferredList<T> extends AbstractList<T> {
  private Supplier<List<T>> supplier;
  private volatile List<T> items;

  DeferredList(Supplier<List<T>> supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
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

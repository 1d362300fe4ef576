package org.dualuse.spark;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dualuse.core.classify.Classifier;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;

/**
 * The classifiers of this JVM, one per list, each built on first use and then shared by every
 * task the JVM runs: a Spark executor builds its index once, not once per task or row.
 *
 * <p>A holder per list id, not {@link ConcurrentHashMap#computeIfAbsent} with the build inside:
 * building takes seconds, and the map's lock would hold up tasks asking for another list in the
 * same bin. Tasks asking for the same list wait for the one build. A build that fails is not kept,
 * so the next task tries again and reports its own failure. Thread-safe.
 */
final class ExecutorClassifiers {
  private static final ConcurrentMap<String, Holder> BY_LIST_ID = new ConcurrentHashMap<>();

  private ExecutorClassifiers() {}

  /**
   * The classifier of this JVM for the list.
   *
   * @param listId a bundled list's id or alias, as {@link ControlLists#get(String)} takes it
   */
  static Classifier forList(String listId) {
    Objects.requireNonNull(listId, "listId");
    return BY_LIST_ID.computeIfAbsent(listId, Holder::new).classifier();
  }

  /** Builds the classifier of one list at most once. */
  private static final class Holder {
    private final String listId;
    private volatile Classifier classifier;

    Holder(String listId) {
      this.listId = listId;
    }

    Classifier classifier() {
      Classifier c = classifier;
      if (c == null) {
        synchronized (this) {
          c = classifier;
          if (c == null) {
            c = HybridClassifier.of(ControlLists.get(listId));
            classifier = c;
          }
        }
      }
      return c;
    }
  }
}

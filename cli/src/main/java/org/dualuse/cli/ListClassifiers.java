package org.dualuse.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.UnknownListException;

/**
 * The classifier the CLI uses for a list id or alias ({@code eu}, {@code eu-annex-i-2025-11-15}):
 * the {@link HybridClassifier} over the bundled list, built once per list and shared.
 *
 * <p>Thread-safe.
 */
final class ListClassifiers {
  private static final Map<String, Classifier> BY_LIST_ID = new ConcurrentHashMap<>();

  private ListClassifiers() {}

  /**
   * The classifier for a list id or alias.
   *
   * @throws UnknownListException for an unknown list, naming the known ones
   */
  static Classifier forList(String listId) {
    return forList(listId, ProductConstraints.defaults());
  }

  /**
   * The classifier for a list id or alias, with these limits on products.
   *
   * @throws UnknownListException for an unknown list, naming the known ones
   */
  static Classifier forList(String listId, ProductConstraints constraints) {
    return forList(listId, constraints, null);
  }

  /**
   * The classifier for a list id or alias, with these limits on products and, when given, this
   * listing threshold instead of the decision model's own (a screening that must miss less lists
   * from a lower probability).
   *
   * @param threshold a probability in (0, 1), or null for the model's own
   * @throws UnknownListException for an unknown list, naming the known ones
   * @throws IllegalArgumentException for a threshold outside (0, 1)
   */
  static Classifier forList(String listId, ProductConstraints constraints, Double threshold) {
    checkThreshold(threshold);
    var list = ControlLists.get(listId);
    Classifier shared = BY_LIST_ID.computeIfAbsent(list.id(), id -> HybridClassifier.of(list));
    if (constraints.maxTextLength() == ProductConstraints.DEFAULT_MAX_TEXT_LENGTH && threshold == null) {
      return shared;
    }
    HybridClassifier.Builder b = HybridClassifier.builder(((HybridClassifier) shared).index()).constraints(constraints);
    return threshold == null ? b.build() : b.listingThreshold(threshold).build();
  }

  /**
   * Refuses a {@code --threshold} outside (0, 1), so that a command can name the option before it
   * reads its input; null (no option) passes.
   */
  static void checkThreshold(Double threshold) {
    if (threshold != null && !(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("--threshold must lie between 0 and 1 (exclusive), was " + threshold);
    }
  }

  /** True when {@code alias} names the list whose id is {@code listId}; false for an unknown alias. */
  static boolean resolvesTo(String alias, String listId) {
    if (alias.equalsIgnoreCase(listId)) {
      return true;
    }
    try {
      return ControlLists.get(alias).id().equals(listId);
    } catch (UnknownListException e) {
      return false;
    }
  }
}

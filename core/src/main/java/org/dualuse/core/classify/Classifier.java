package org.dualuse.core.classify;

/**
 * Classifies products against one control list.
 *
 * <p>Implementations are thread-safe: one instance serves many threads. They are deterministic:
 * the same product gives the same classification, ties broken by code order.
 */
public interface Classifier {

  /**
   * @param product what to classify
   * @return the decision, candidates and evidence; never null
   */
  Classification classify(Product product);

  /** The id of the list this classifier answers for. */
  String listId();
}

package org.dualuse.core.classify;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;

/**
 * The node evaluations of one report, each put together when first read: a product's facts change
 * dozens of nodes of an entry, and a classifier reads a few of them. The code and truth of every
 * node are known from the start, so that a search by them builds only the nodes it keeps.
 *
 * <p>An unmodifiable list. Thread-safe: a node read by two threads at once may be built twice, equal
 * (a {@link NodeEvaluation} is immutable, so either may be kept).
 */
final class NodeList extends AbstractList<NodeEvaluation> implements RandomAccess {
  private final ControlCode[] codes;
  private final Truth[] truths;
  private final IntFunction<NodeEvaluation> build;
  private final NodeEvaluation[] built;

  NodeList(ControlCode[] codes, Truth[] truths, IntFunction<NodeEvaluation> build) {
    this.codes = codes;
    this.truths = truths;
    this.build = build;
    this.built = new NodeEvaluation[codes.length];
  }

  /**
   * Nodes {@code [from, to)} of this list, built through it (a node built by either is built for
   * both).
   */
  NodeList range(int from, int to) {
    return new NodeList(Arrays.copyOfRange(codes, from, to), Arrays.copyOfRange(truths, from, to),
        k -> get(from + k));
  }

  /** Builds every node now. */
  void buildAll() {
    for (int i = 0; i < built.length; i++) {
      get(i);
    }
  }

  /** The code of node i, without building it. */
  ControlCode code(int i) {
    return codes[i];
  }

  /** The truth of node i, without building it. */
  Truth truth(int i) {
    return truths[i];
  }

  @Override
  public NodeEvaluation get(int index) {
    NodeEvaluation n = built[index];
    if (n == null) {
      n = build.apply(index);
      built[index] = n;
    }
    return n;
  }

  @Override
  public int size() {
    return built.length;
  }
}

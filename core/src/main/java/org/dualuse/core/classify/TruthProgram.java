package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.List;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Truth;

/**
 * A criterion's structure laid out flat, for combining its leaves' truths once per product: the
 * parts of a plan nest the criteria of a whole subtree, and walking the criterion objects for each
 * of them costs more than the logic. Gives what {@link
 * org.dualuse.core.criteria.CriterionEvaluator#combine} gives (Kleene and, or, not), but stops an
 * "all of" at the first NO_MATCH and an "any of" at the first MATCH, which decide it whatever the
 * rest is. Immutable and thread-safe.
 */
final class TruthProgram {
  private static final byte LEAF = 0;
  private static final byte ALL = 1;
  private static final byte ANY = 2;
  private static final byte NOT = 3;

  /** Per node of the criterion, in prefix order: its kind, children, where its subtree ends, its leaves. */
  private final byte[] kind;
  private final int[] children;
  private final int[] end;
  private final int[] leaves;

  private TruthProgram(byte[] kind, int[] children, int[] end, int[] leaves) {
    this.kind = kind;
    this.children = children;
    this.end = end;
    this.leaves = leaves;
  }

  static TruthProgram of(Criterion criterion) {
    List<int[]> nodes = new ArrayList<>();
    lay(criterion, nodes);
    int n = nodes.size();
    byte[] kind = new byte[n];
    int[] children = new int[n];
    int[] end = new int[n];
    int[] leaves = new int[n];
    for (int i = 0; i < n; i++) {
      int[] node = nodes.get(i);
      kind[i] = (byte) node[0];
      children[i] = node[1];
      end[i] = node[2];
      leaves[i] = node[3];
    }
    return new TruthProgram(kind, children, end, leaves);
  }

  /** Adds the criterion's nodes in prefix order; returns its number of leaves. */
  private static int lay(Criterion c, List<int[]> nodes) {
    int[] node = new int[4];
    nodes.add(node);
    List<Criterion> sub;
    if (c instanceof AllOf all) {
      node[0] = ALL;
      sub = all.criteria();
    } else if (c instanceof AnyOf any) {
      node[0] = ANY;
      sub = any.criteria();
    } else if (c instanceof Not not) {
      node[0] = NOT;
      sub = List.of(not.criterion());
    } else {
      node[0] = LEAF;
      sub = List.of();
    }
    int leafCount = sub.isEmpty() ? 1 : 0;
    for (Criterion s : sub) {
      leafCount += lay(s, nodes);
    }
    node[1] = sub.size();
    node[2] = nodes.size();
    node[3] = leafCount;
    return leafCount;
  }

  /** The criterion's truth from its leaves' results, in the order of {@link Criterion#leaves()}. */
  Truth run(CriterionResult[] results) {
    return run(0, 0, results);
  }

  private Truth run(int at, int leaf, CriterionResult[] results) {
    switch (kind[at]) {
      case LEAF:
        return results[leaf].truth();
      case NOT:
        return run(at + 1, leaf, results).not();
      case ALL: {
        Truth t = Truth.MATCH;
        int c = at + 1;
        for (int i = 0; i < children[at]; i++) {
          t = t.and(run(c, leaf, results));
          if (t == Truth.NO_MATCH) {
            return t;
          }
          leaf += leaves[c];
          c = end[c];
        }
        return t;
      }
      default: {
        Truth t = Truth.NO_MATCH;
        int c = at + 1;
        for (int i = 0; i < children[at]; i++) {
          t = t.or(run(c, leaf, results));
          if (t == Truth.MATCH) {
            return t;
          }
          leaf += leaves[c];
          c = end[c];
        }
        return t;
      }
    }
  }
}

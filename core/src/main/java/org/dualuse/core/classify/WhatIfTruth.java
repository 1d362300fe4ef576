package org.dualuse.core.classify;

import java.util.Arrays;
import java.util.List;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;

/**
 * A plan's truth had some of its leaves come out otherwise: what the questions of a node
 * ({@link DecidingParameters}) and its near misses rest on. Static helpers only.
 */
final class WhatIfTruth {
  private WhatIfTruth() {}

  /**
   * The plan's truth with some leaves' truths replaced: {@code index} gives, per part, the position
   * of each leaf in {@code assigned} (-1 for a leaf kept), or null for a part with none replaced,
   * whose truth is taken as evaluated.
   */
  static Truth truthWith(NodePlan plan, List<List<CriterionResult>> partResults, Truth[] partTruth,
      int[][] index, Truth[] assigned) {
    Truth truth = Truth.MATCH;
    for (int p = 0; p < plan.parts().size(); p++) {
      PlanPart part = plan.parts().get(p);
      int[] positions = index[p];
      Truth t;
      if (positions == null) {
        t = partTruth[part.id()];
      } else {
        List<CriterionResult> results = partResults.get(part.id());
        int[] next = {0};
        t = CriterionEvaluator.combine(part.criterion(), leaf -> {
          int k = next[0]++;
          return positions[k] >= 0 ? assigned[positions[k]] : results.get(k).truth();
        });
      }
      truth = truth.and(t);
      if (truth == Truth.NO_MATCH) {
        return truth;
      }
    }
    return truth;
  }

  /** Per part of the plan, where each of its leaves stands among {@code replaced} (by identity). */
  static int[][] indexOf(NodePlan plan, List<List<CriterionResult>> partResults, List<Criterion> replaced) {
    int[][] index = new int[plan.parts().size()][];
    for (int p = 0; p < index.length; p++) {
      List<CriterionResult> results = partResults.get(plan.parts().get(p).id());
      for (int k = 0; k < results.size(); k++) {
        Criterion c = results.get(k).criterion();
        for (int j = 0; j < replaced.size(); j++) {
          if (replaced.get(j) == c) {
            if (index[p] == null) {
              index[p] = new int[results.size()];
              Arrays.fill(index[p], -1);
            }
            index[p][k] = j;
            break;
          }
        }
      }
    }
    return index;
  }
}

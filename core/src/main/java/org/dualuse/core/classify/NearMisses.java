package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;

/**
 * The near misses of an evaluation: the deepest classifiable NO_MATCH nodes, not released, that a
 * single failed threshold or range within {@link ParameterClassifier#NEAR_MISS} of its bound keeps
 * from matching. Read from the plans' parts rather than from the nodes, which are built only when
 * read. Stateless beyond the tables, so thread-safe.
 */
final class NearMisses {
  private final PlanTables tables;

  NearMisses(PlanTables tables) {
    this.tables = tables;
  }

  /** The near misses among the candidate plans, deepest only, in code order. */
  List<NearMiss> among(List<Integer> candidates, Truth[] planTruth,
      List<List<CriterionResult>> partResults, Truth[] partTruth, DecontrolOutcome[] outcomeOfPart) {
    Map<ControlCode, NearMiss> found = null;
    for (int i : candidates) {
      NodePlan plan = tables.plans.get(i);
      if (planTruth[i] != Truth.NO_MATCH || !plan.classifiable() || released(plan, outcomeOfPart)) {
        continue;
      }
      CriterionResult miss = nearMiss(plan, partResults, partTruth);
      if (miss != null) {
        if (found == null) {
          found = new LinkedHashMap<>();
        }
        found.putIfAbsent(plan.node().code(), new NearMiss(plan.node().code(), miss));
      }
    }
    if (found == null) {
      return List.of();
    }
    List<NearMiss> out = new ArrayList<>();
    for (ControlCode c : OutcomeCombiner.deepest(List.copyOf(found.keySet()))) {
      out.add(found.get(c));
    }
    return List.copyOf(out);
  }

  /** As {@link NodeEvaluation#released()}: whether a decontrol note of the plan releases the product. */
  private static boolean released(NodePlan plan, DecontrolOutcome[] outcomeOfPart) {
    for (PlanPart part : plan.parts()) {
      if (part.release() != null && outcomeOfPart[part.id()].released() == Truth.MATCH) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first result the node shows (in the order of {@link NodeEvaluation#results()}) that fails
   * within {@link ParameterClassifier#NEAR_MISS} and alone keeps the node from matching; null if none.
   */
  private CriterionResult nearMiss(NodePlan plan, List<List<CriterionResult>> partResults, Truth[] partTruth) {
    for (PlanPart part : plan.parts()) {
      if (part.release() != null) {
        continue;
      }
      List<CriterionResult> own = partResults.get(part.id());
      boolean[] release = tables.partReleaseLeaves[part.id()];
      for (int k = 0; k < release.length; k++) {
        CriterionResult r = own.get(k);
        if (r.assumed() || release[k]) {
          continue; // not shown
        }
        if (r.truth() != Truth.NO_MATCH || !r.isParametric() || Double.isNaN(r.gap())
            || r.gap() > ParameterClassifier.NEAR_MISS) {
          continue;
        }
        int[][] index = WhatIfTruth.indexOf(plan, partResults, List.of(r.criterion()));
        if (WhatIfTruth.truthWith(plan, partResults, partTruth, index, new Truth[] {Truth.MATCH}) == Truth.MATCH) {
          return r;
        }
      }
    }
    return null;
  }
}

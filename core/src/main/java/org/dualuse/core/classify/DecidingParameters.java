package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.Truth;

/**
 * The questions of an open node: the smallest set of parameters whose values decide it, found by
 * trying every outcome of their open leaves ({@link WhatIfTruth}). The search is exponential, so it
 * looks among the first {@value #MAX_SEARCHED_PARAMETERS} parameters, at sets of up to
 * {@value #MAX_SET_SIZE}, with up to {@value #MAX_SEARCHED_LEAVES} open leaves. Static helpers only.
 */
final class DecidingParameters {
  private static final int MAX_SEARCHED_LEAVES = 8;
  private static final int MAX_SET_SIZE = 3;
  private static final int MAX_SEARCHED_PARAMETERS = 8;

  private DecidingParameters() {}

  /** The smallest set of parameters whose values decide the node, by trying every outcome of their leaves. */
  static List<String> deciding(NodePlan plan, List<List<CriterionResult>> partResults, Truth[] partTruth) {
    // the node's own parameters first, those of decontrol notes after: the former are the usual question
    List<String> parameters = new ArrayList<>();
    for (boolean releases : new boolean[] {false, true}) {
      for (PlanPart part : plan.parts()) {
        if ((part.release() != null) != releases) {
          continue;
        }
        for (CriterionResult r : partResults.get(part.id())) {
          if (r.truth() == Truth.UNKNOWN && r.isParametric()) {
            String name = r.parameter().orElseThrow().name();
            if (!parameters.contains(name)) {
              parameters.add(name);
            }
          }
        }
      }
    }
    // the search is exponential: it looks among the first few parameters only, the node's own first
    List<String> searched = parameters.subList(0, Math.min(MAX_SEARCHED_PARAMETERS, parameters.size()));
    for (int size = 1; size <= Math.min(MAX_SET_SIZE, searched.size()); size++) {
      for (List<String> subset : subsets(searched, size)) {
        if (decides(plan, partResults, partTruth, Set.copyOf(subset))) {
          return subset;
        }
      }
    }
    // no small set decides alone (features stay open): every parameter still helps
    return parameters;
  }

  private static boolean decides(NodePlan plan, List<List<CriterionResult>> partResults, Truth[] partTruth,
      Set<String> subset) {
    List<Criterion> open = new ArrayList<>();
    for (PlanPart part : plan.parts()) {
      for (CriterionResult r : partResults.get(part.id())) {
        if (r.truth() == Truth.UNKNOWN && r.isParametric() && answers(subset, r.parameter().get())
            && !containsIdentical(open, r.criterion())) {
          if (open.size() == MAX_SEARCHED_LEAVES) {
            return false;
          }
          open.add(r.criterion());
        }
      }
    }
    if (open.isEmpty()) {
      return false;
    }
    int[][] index = WhatIfTruth.indexOf(plan, partResults, open);
    Truth[] assigned = new Truth[open.size()];
    // all met and all failed are the likeliest to leave the node open; try them first
    for (Truth uniform : List.of(Truth.MATCH, Truth.NO_MATCH)) {
      Arrays.fill(assigned, uniform);
      if (WhatIfTruth.truthWith(plan, partResults, partTruth, index, assigned) == Truth.UNKNOWN) {
        return false;
      }
    }
    for (int mask = 1; mask < (1 << open.size()) - 1; mask++) {
      for (int k = 0; k < open.size(); k++) {
        assigned[k] = (mask & (1 << k)) != 0 ? Truth.MATCH : Truth.NO_MATCH;
      }
      if (WhatIfTruth.truthWith(plan, partResults, partTruth, index, assigned) == Truth.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsIdentical(List<Criterion> criteria, Criterion c) {
    for (Criterion o : criteria) {
      if (o == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether asking for the subset's parameters answers this one (directly or as a broader parameter). */
  private static boolean answers(Set<String> subset, Parameter parameter) {
    if (subset.contains(parameter.name())) {
      return true;
    }
    for (String broader : Parameters.answeredBy(parameter)) {
      if (subset.contains(broader)) {
        return true;
      }
    }
    return false;
  }

  private static List<List<String>> subsets(List<String> items, int size) {
    List<List<String>> out = new ArrayList<>();
    collect(items, size, 0, new ArrayList<>(), out);
    return out;
  }

  private static void collect(List<String> items, int size, int from, List<String> current, List<List<String>> out) {
    if (current.size() == size) {
      out.add(List.copyOf(current));
      return;
    }
    for (int i = from; i < items.size(); i++) {
      current.add(items.get(i));
      collect(items, size, i + 1, current, out);
      current.remove(current.size() - 1);
    }
  }
}

package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.FeatureKeywords;
import org.dualuse.core.criteria.FeaturePolicy;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.Note;

/**
 * The plans of a {@link ParameterClassifier} laid out as numbered tables, so that an evaluation
 * walks arrays instead of criteria: slots (one leaf under the feature policy it is evaluated with,
 * computed once per evaluation however many parts hold it), parts and plans, and the relations
 * between them both ways; which slots a parameter's facts or a feature's verdict change; and each
 * slot's result when nothing is known.
 *
 * <p>Slots are numbered in order of first use, parameters and features in order of their first slot.
 * Immutable after construction (the arrays are shared, never written), so thread-safe.
 */
final class PlanTables {
  final List<NodePlan> plans;
  final List<PlanPart> parts;
  /** The code of each plan's node, by plan. */
  final ControlCode[] planCodes;
  final Map<ControlCode, Integer> planIndex = new HashMap<>();

  final Criterion[] slotLeaf;
  final FeaturePolicy[] slotPolicy;
  /** Per slot, its result when no fact and no judge speaks to it. */
  final CriterionResult[] fixedResults;
  final int[][] partSlots;
  /** Per part, its criterion's structure, to combine its leaves' truths. */
  final TruthProgram[] partPrograms;
  /** Per part, which of its leaves belong to a release condition (never shown among a node's own results). */
  final boolean[][] partReleaseLeaves;
  final int[][] slotParts;
  /** Per plan, the ids of its parts, in order. */
  final int[][] planParts;
  final int[][] partPlans;
  /** The distinct parameters of the slots, and the slots each one's facts would change. */
  final Parameter[] parameters;
  final int[][] parameterSlots;
  /** The distinct features of the slots, and the slots a judge's verdict on each would change. */
  final Feature[] features;
  final int[][] featureSlots;
  /** Their keywords, so that a text judge is asked only about features whose keywords may occur. */
  final FeatureKeywords featureKeywords;
  /** One part per parametric decontrol note the plans hold, in code order of its host. */
  final int[] releaseParts;
  /**
   * Per plan, whether its node may be a match: classifiable, in use, and with a part that is no
   * release note (that no note releases an item does not list it).
   */
  final boolean[] matchable;

  PlanTables(List<NodePlan> plans, List<PlanPart> parts, Set<Criterion> releaseLeaves) {
    this.plans = plans;
    this.parts = List.copyOf(parts);
    this.planCodes = plans.stream().map(p -> p.node().code()).toArray(ControlCode[]::new);
    for (int i = 0; i < plans.size(); i++) {
      planIndex.putIfAbsent(plans.get(i).node().code(), i);
    }

    // slots: one per leaf and policy, numbered in order of first use
    Map<Criterion, int[]> slotOf = new IdentityHashMap<>();
    List<Criterion> leaves = new ArrayList<>();
    List<FeaturePolicy> policies = new ArrayList<>();
    this.partSlots = new int[parts.size()][];
    this.partPrograms = new TruthProgram[parts.size()];
    this.partReleaseLeaves = new boolean[parts.size()][];
    for (PlanPart part : parts) {
      int[] slots = new int[part.leaves().size()];
      boolean[] release = new boolean[slots.length];
      for (int k = 0; k < slots.length; k++) {
        Criterion leaf = part.leaves().get(k);
        release[k] = releaseLeaves.contains(leaf);
        FeaturePolicy policy = releaseLeaves.contains(leaf) ? FeaturePolicy.PROVEN : part.policy();
        int[] byPolicy = slotOf.computeIfAbsent(leaf, l -> new int[] {-1, -1, -1});
        if (byPolicy[policy.ordinal()] < 0) {
          byPolicy[policy.ordinal()] = leaves.size();
          leaves.add(leaf);
          policies.add(policy);
        }
        slots[k] = byPolicy[policy.ordinal()];
      }
      partSlots[part.id()] = slots;
      partPrograms[part.id()] = TruthProgram.of(part.criterion());
      partReleaseLeaves[part.id()] = release;
    }
    this.slotLeaf = leaves.toArray(new Criterion[0]);
    this.slotPolicy = policies.toArray(new FeaturePolicy[0]);
    CriterionEvaluator nothingKnown = new CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE);
    this.fixedResults = new CriterionResult[slotLeaf.length];
    for (int s = 0; s < slotLeaf.length; s++) {
      fixedResults[s] = nothingKnown.evaluateLeaf(slotLeaf[s], slotPolicy[s]);
    }
    this.slotParts = invert(partSlots, slotLeaf.length);
    int[][] planParts = new int[plans.size()][];
    for (int i = 0; i < plans.size(); i++) {
      planParts[i] = plans.get(i).parts().stream().mapToInt(PlanPart::id).toArray();
    }
    this.planParts = planParts;
    this.partPlans = invert(planParts, parts.size());

    Map<String, List<Integer>> byParameter = new LinkedHashMap<>();
    Map<String, Parameter> parameterByKey = new HashMap<>();
    Map<Criterion, List<Integer>> byFeature = new IdentityHashMap<>();
    List<Feature> featureOrder = new ArrayList<>();
    for (int s = 0; s < slotLeaf.length; s++) {
      Parameter parameter = parameterOf(slotLeaf[s]);
      if (parameter != null) {
        String key = parameter.name() + "|" + parameter.dimension();
        parameterByKey.putIfAbsent(key, parameter);
        byParameter.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      } else if (slotLeaf[s] instanceof Feature feature) {
        byFeature.computeIfAbsent(feature, f -> {
          featureOrder.add(feature);
          return new ArrayList<>();
        }).add(s);
      }
    }
    this.parameters = byParameter.keySet().stream().map(parameterByKey::get).toArray(Parameter[]::new);
    this.parameterSlots = byParameter.values().stream().map(PlanTables::ints).toArray(int[][]::new);
    this.features = featureOrder.toArray(new Feature[0]);
    this.featureKeywords = FeatureKeywords.of(featureOrder);
    this.featureSlots = featureOrder.stream().map(f -> ints(byFeature.get(f))).toArray(int[][]::new);

    // each note once, by the first plan that holds it; the stable sort keeps plan order among one host's notes
    Map<Note, PlanPart> releaseOf = new IdentityHashMap<>();
    List<PlanPart> releaseOrder = new ArrayList<>();
    for (NodePlan plan : plans) {
      for (PlanPart part : plan.parts()) {
        if (part.release() != null && releaseOf.putIfAbsent(part.release(), part) == null) {
          releaseOrder.add(part);
        }
      }
    }
    releaseOrder.sort((a, b) -> a.host().compareTo(b.host()));
    this.releaseParts = releaseOrder.stream().mapToInt(PlanPart::id).toArray();

    this.matchable = new boolean[plans.size()];
    for (int i = 0; i < plans.size(); i++) {
      NodePlan plan = plans.get(i);
      matchable[i] = plan.classifiable() && !plan.node().notUsed()
          && plan.parts().stream().anyMatch(part -> part.release() == null);
    }
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** For a relation from {@code 0..from.length} to {@code 0..size}, the relation back, each row ascending. */
  static int[][] invert(int[][] from, int size) {
    List<List<Integer>> back = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      back.add(new ArrayList<>(2));
    }
    for (int i = 0; i < from.length; i++) {
      for (int j : from[i]) {
        List<Integer> row = back.get(j);
        if (row.isEmpty() || row.get(row.size() - 1) != i) {
          row.add(i);
        }
      }
    }
    int[][] out = new int[size][];
    for (int i = 0; i < size; i++) {
      out[i] = ints(back.get(i));
    }
    return out;
  }

  private static Parameter parameterOf(Criterion leaf) {
    if (leaf instanceof Threshold t) {
      return t.parameter();
    }
    if (leaf instanceof Range r) {
      return r.parameter();
    }
    return null;
  }
}

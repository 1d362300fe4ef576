package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.FeatureKeywords;
import org.dualuse.core.criteria.FeaturePolicy;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;

/**
 * Matches a product's parameters against every node of a list that has typed criteria.
 *
 * <p>A node's effective criteria are, as its logic says: the own criteria of each ancestor (and, for
 * an ancestor "having all of the following", the criteria of its other children too); its own
 * criteria; its children's, combined by its child logic ("any of" as or, "all of" as and); and, as
 * {@code NOT release condition}, each parametric decontrol note that releases it or an ancestor.
 * Features that describe the kind of item (the own words of the node and its ancestors, where the
 * subtree has numbers) count as met: text retrieval decides the kind, parameters decide the rest.
 * Features among the children stay UNKNOWN unless the {@link FeatureJudge} decides them; features of
 * a release condition count only when shown, so that an unproven release never hides a controlled
 * item.
 *
 * <p>For the deepest UNKNOWN nodes the facts engage (one of their typed criteria met), the report
 * names the smallest set of parameters whose values would decide them. Near misses are NO_MATCH
 * nodes that a single failed criterion within 10 % of its bound keeps from matching.
 *
 * <p>The plans, and their evaluation when nothing is known, are computed once in the constructor;
 * {@link #evaluate} evaluates only the leaves a product's facts or judge speak to and the nodes
 * that hold them, and keeps no state, so one instance serves any number of threads.
 */
public final class ParameterClassifier {

  /** Relative distance to a bound within which a failed criterion makes a near miss. */
  public static final double NEAR_MISS = 0.10;


  private final ControlList list;
  private final List<NodePlan> plans;
  /** The code of each plan's node, by plan. */
  private final ControlCode[] planCodes;
  private final Map<ControlCode, Integer> planIndex = new HashMap<>();
  private final Set<Criterion> releaseLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
  // parts are shared between plans, so that one evaluation computes each once
  private final List<PlanPart> parts = new ArrayList<>();
  private final Map<Criterion, Map<FeaturePolicy, PlanPart>> partsByCriterion = new IdentityHashMap<>();

  // A slot is one leaf under the feature policy it is evaluated with; an evaluation computes each once.
  private final Criterion[] slotLeaf;
  private final FeaturePolicy[] slotPolicy;
  /** Per slot, its result when no fact and no judge speaks to it. */
  private final CriterionResult[] fixedResults;
  private final int[][] partSlots;
  /** Per part, its criterion's structure, to combine its leaves' truths. */
  private final TruthProgram[] partPrograms;
  /** Per part, which of its leaves belong to a release condition (never shown among a node's own results). */
  private final boolean[][] partReleaseLeaves;
  private final int[][] slotParts;
  /** Per plan, the ids of its parts, in order. */
  private final int[][] planParts;
  private final int[][] partPlans;
  /** The distinct parameters of the slots, and the slots each one's facts would change. */
  private final Parameter[] parameters;
  private final int[][] parameterSlots;
  /** The distinct features of the slots, and the slots a judge's verdict on each would change. */
  private final Feature[] features;
  private final int[][] featureSlots;
  /** Their keywords, so that a text judge is asked only about features whose keywords may occur. */
  private final FeatureKeywords featureKeywords;
  /** One part per parametric decontrol note the plans hold, in code order of its host. */
  private final int[] releaseParts;
  /**
   * Per plan, whether its node may be a match: classifiable, in use, and with a part that is no
   * release note (that no note releases an item does not list it).
   */
  private final boolean[] matchable;
  /** The evaluation when nothing is known, which most of any product's evaluation repeats. */
  private final Outcome baseline;

  /**
   * Precomputes the effective criteria of every node, and their evaluation when nothing is known.
   *
   * @param list the list to match against
   */
  public ParameterClassifier(ControlList list) {
    this.list = Objects.requireNonNull(list, "list");
    Map<ControlCode, List<PlanPart>> releases = releasesByCode(list);
    Map<ControlCode, Criterion> local = new HashMap<>();
    Map<ControlCode, Boolean> parametricSubtree = new HashMap<>();
    for (ControlNode entry : list.entries()) {
      localOf(entry, releases, local, parametricSubtree);
    }
    List<NodePlan> built = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      NodePlan plan = plan(node, releases, local, parametricSubtree);
      if (plan.parts().stream().anyMatch(p -> p.criterion().isParametric())) {
        built.add(plan);
      }
    }
    built.sort((a, b) -> a.node().code().compareTo(b.node().code()));
    this.plans = List.copyOf(built);
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
    this.parameterSlots = byParameter.values().stream().map(ParameterClassifier::ints).toArray(int[][]::new);
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
    boolean[] allParts = new boolean[parts.size()];
    Arrays.fill(allParts, true);
    this.baseline = evaluate(ProductFacts.NONE, fixedResults, allParts, allParts, null);
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** For a relation from {@code 0..from.length} to {@code 0..size}, the relation back, each row ascending. */
  private static int[][] invert(int[][] from, int size) {
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

  /** The id of the list this classifier matches against. */
  public String listId() {
    return list.id();
  }

  /** How many nodes have typed criteria or a parametric decontrol note. */
  public int parametricNodes() {
    return plans.size();
  }

  /**
   * Where the node's evaluation stands in {@link ParameterReport#nodes()} of every report this
   * classifier makes, or -1 for a node without typed criteria: a lookup by position instead of a
   * search, for callers that read a few nodes of many reports.
   */
  public int nodeIndex(ControlCode code) {
    Integer i = planIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The effective criteria of a node with typed criteria, as evaluated: its ancestors' and its own,
   * its children's by its logic, and {@code NOT} the release condition of each parametric decontrol
   * note that applies; empty for a node without typed criteria.
   */
  public Optional<Criterion> effectiveCriteria(ControlCode code) {
    Integer i = planIndex.get(code);
    if (i == null) {
      return Optional.empty();
    }
    List<Criterion> all = plans.get(i).parts().stream().map(PlanPart::criterion).toList();
    return Optional.of(all.size() == 1 ? all.get(0) : new AllOf(all));
  }

  /**
   * Evaluates a product's stated facts and text, with no opinion on features.
   *
   * @throws org.dualuse.core.criteria.FactFormatException when a stated fact cannot be read (the message names it)
   */
  public ParameterReport evaluate(Product product) {
    return evaluate(product, FeatureJudge.NONE);
  }

  /**
   * Evaluates a product with a judge for features (e.g. {@link FeatureJudge#keywords} of its text).
   *
   * @throws org.dualuse.core.criteria.FactFormatException when a stated fact cannot be read (the message names it)
   */
  public ParameterReport evaluate(Product product, FeatureJudge judge) {
    Objects.requireNonNull(product, "product");
    return evaluate(ProductFacts.of(product.facts(), product.text(), product.textLanguage().orElse("")), judge);
  }

  /**
   * Evaluates facts read elsewhere.
   *
   * <p>Only the leaves a fact answers or the judge decides are evaluated; every other leaf, and
   * every node none of whose leaves changed, keeps its result from when nothing is known.
   */
  public ParameterReport evaluate(ProductFacts facts, FeatureJudge judge) {
    return evaluate(facts, judge, 0, plans.size(), null);
  }

  /**
   * The report of the nodes at and below {@code under}: what {@link #evaluate(ProductFacts,
   * FeatureJudge)} says of them, with every other node left out (of its nodes, matches, near misses and
   * missing facts; its decontrol notes are those the plans of these nodes hold). A node's evaluation
   * depends only on the parts of its own plan (its ancestors' own criteria and notes, its siblings' in an
   * "all of" list, its own and its children's), so only the leaves of those plans are evaluated: a
   * classifier that asks about one retrieved node of an entry does not pay for the whole entry.
   *
   * @param under a node of the list (or any code: no node lies under a code the list lacks)
   */
  public ParameterReport evaluate(ProductFacts facts, FeatureJudge judge, ControlCode under) {
    Objects.requireNonNull(under, "under");
    int from = firstPlanUnder(under);
    int to = from;
    while (to < planCodes.length && under.isPrefixOf(planCodes[to])) {
      to++;
    }
    if (from == 0 && to == plans.size()) {
      return evaluate(facts, judge);
    }
    boolean[] partInScope = new boolean[parts.size()];
    for (int i = from; i < to; i++) {
      for (int p : planParts[i]) {
        partInScope[p] = true;
      }
    }
    return evaluate(facts, judge, from, to, partInScope);
  }

  /**
   * Where a node's evaluation stands in {@link ParameterReport#nodes()} of the reports of {@link
   * #evaluate(ProductFacts, FeatureJudge, ControlCode)} for {@code under}; -1 for a node without typed
   * criteria or not under it.
   */
  public int nodeIndex(ControlCode code, ControlCode under) {
    int i = nodeIndex(code);
    return i < 0 || !under.isPrefixOf(code) ? -1 : i - firstPlanUnder(under);
  }

  /** The first plan whose code is not before {@code under} in code order: where the plans under it start. */
  private int firstPlanUnder(ControlCode under) {
    int lo = 0;
    int hi = planCodes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (planCodes[mid].compareTo(under) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The report of plans {@code [from, to)}, evaluating only the slots of parts in scope ({@code null}:
   * every part, and the plans are all of them).
   */
  private ParameterReport evaluate(ProductFacts facts, FeatureJudge judge, int from, int to, boolean[] partInScope) {
    ProductFacts known = facts == null ? ProductFacts.NONE : facts;
    boolean noJudge = judge == null || judge == FeatureJudge.NONE;
    boolean[] slotChanged = null;
    if (!known.isEmpty()) {
      for (int g = 0; g < parameters.length; g++) {
        if (inScope(parameterSlots[g], partInScope) && known.answers(parameters[g])) {
          slotChanged = mark(slotChanged, parameterSlots[g]);
        }
      }
    }
    if (!noJudge) {
      for (int f = 0; f < features.length; f++) {
        if (inScope(featureSlots[f], partInScope) && featureKeywords.mayDecide(judge, f)
            && judge.judge(features[f]) != Truth.UNKNOWN) {
          slotChanged = mark(slotChanged, featureSlots[f]);
        }
      }
    }
    if (slotChanged == null && partInScope == null) {
      return baseline.report(list.id(), known);
    }
    CriterionEvaluator evaluator = new CriterionEvaluator(known, judge);
    CriterionResult[] results = fixedResults.clone();
    boolean[] partChanged = new boolean[parts.size()];
    // a part whose leaves keep their truths (a feature assumed and now also shown) keeps its truth
    boolean[] partRecombined = new boolean[parts.size()];
    for (int s = 0; slotChanged != null && s < slotChanged.length; s++) {
      if (slotChanged[s] && inScope(s, partInScope)) {
        results[s] = evaluator.evaluateLeaf(slotLeaf[s], slotPolicy[s]);
        boolean truthChanged = results[s].truth() != fixedResults[s].truth();
        for (int p : slotParts[s]) {
          partChanged[p] = true;
          partRecombined[p] |= truthChanged;
        }
      }
    }
    return evaluate(known, results, partChanged, partRecombined, baseline, from, to, partInScope)
        .report(list.id(), known);
  }

  /** Whether some slot of these lies in a part in scope (every slot does when there is no scope). */
  private boolean inScope(int[] slots, boolean[] partInScope) {
    if (partInScope == null) {
      return true;
    }
    for (int s : slots) {
      if (inScope(s, partInScope)) {
        return true;
      }
    }
    return false;
  }

  private boolean inScope(int slot, boolean[] partInScope) {
    if (partInScope == null) {
      return true;
    }
    for (int p : slotParts[slot]) {
      if (partInScope[p]) {
        return true;
      }
    }
    return false;
  }

  private boolean[] mark(boolean[] changed, int[] slots) {
    boolean[] out = changed == null ? new boolean[slotLeaf.length] : changed;
    for (int s : slots) {
      out[s] = true;
    }
    return out;
  }

  /** What one evaluation found; the report is made from it. */
  private record Outcome(List<NodeEvaluation> nodes, List<ControlCode> matches, List<NearMiss> nearMisses,
      List<DecontrolOutcome> decontrols, List<MissingFact> missingFacts, Truth[] partTruth,
      List<List<CriterionResult>> partResults, DecontrolOutcome[] outcomeOfPart, Truth[] planTruth) {
    ParameterReport report(String listId, ProductFacts facts) {
      return new ParameterReport(listId, facts, nodes, matches, nearMisses, decontrols, missingFacts);
    }
  }

  /**
   * Evaluates the parts marked changed from the slot results, and takes every other part and every
   * node none of whose parts changed from {@code base} (everything is marked when base is null).
   */
  private Outcome evaluate(ProductFacts facts, CriterionResult[] results, boolean[] partChanged,
      boolean[] partRecombined, Outcome base) {
    return evaluate(facts, results, partChanged, partRecombined, base, 0, plans.size(), null);
  }

  /**
   * As {@link #evaluate(ProductFacts, CriterionResult[], boolean[], boolean[], Outcome)} for plans
   * {@code [from, to)} only, whose parts are those marked in scope (null: all plans): the outcome's
   * nodes, matches, near misses and missing facts are of those plans, its decontrols those of parts in
   * scope. A part out of scope is never marked changed.
   */
  private Outcome evaluate(ProductFacts facts, CriterionResult[] results, boolean[] partChanged,
      boolean[] partRecombined, Outcome base, int from, int to, boolean[] partInScope) {
    int partCount = parts.size();
    Truth[] partTruth = base == null ? new Truth[partCount] : base.partTruth().clone();
    List<List<CriterionResult>> partResults = new ArrayList<>(base == null
        ? Collections.nCopies(partCount, null) : base.partResults());
    boolean[] planChanged = new boolean[plans.size()];
    for (int p = 0; p < partCount; p++) {
      if (!partChanged[p]) {
        continue;
      }
      int[] slots = partSlots[p];
      CriterionResult[] own = new CriterionResult[slots.length];
      for (int k = 0; k < slots.length; k++) {
        own[k] = results[slots[k]];
      }
      partResults.set(p, List.of(own));
      if (partRecombined[p]) {
        partTruth[p] = partPrograms[p].run(own);
      }
      for (int i : partPlans[p]) {
        if (i >= from && i < to) {
          planChanged[i] = true;
        }
      }
    }
    DecontrolOutcome[] outcomeOfPart = base == null ? new DecontrolOutcome[partCount] : base.outcomeOfPart().clone();
    for (int p : releaseParts) {
      if (partChanged[p]) {
        outcomeOfPart[p] = outcome(parts.get(p), partResults.get(p), partTruth[p]);
      }
    }
    Truth[] planTruth = base == null ? new Truth[plans.size()] : base.planTruth().clone();
    for (int i = from; i < to; i++) {
      if (planChanged[i]) {
        Truth truth = Truth.MATCH;
        for (int part : planParts[i]) {
          truth = truth.and(partTruth[part]);
        }
        planTruth[i] = truth;
      }
    }
    // the questions go to the deepest open nodes the facts engage; their ancestors would ask the same
    // (a node whose parts did not change has no typed criterion met, so it is never open)
    boolean[] open = new boolean[plans.size()];
    List<Integer> changed = new ArrayList<>();
    // whether a part has a typed criterion met, asked once per part: a part (an ancestor's, or the
    // children's criteria, which hold the whole subtree's leaves) is shared by many plans
    byte[] partEngaged = new byte[partCount];
    for (int i = from; i < to; i++) {
      if (planChanged[i]) {
        changed.add(i);
        open[i] = planTruth[i] == Truth.UNKNOWN && plans.get(i).classifiable()
            && engaged(plans.get(i), partResults, partEngaged);
      }
    }
    boolean[] deepestOpen = new boolean[plans.size()];
    for (int i : changed) {
      deepestOpen[i] = open[i] && !openBelow(i, open);
    }
    // a changed node is put together (its results shown, in words) only when read: most are not
    IntFunction<NodeEvaluation> nodeOf = i -> planChanged[i]
        ? node(i, partResults, partTruth, outcomeOfPart, planTruth, deepestOpen[i])
        : base.nodes().get(i);
    NodeList nodeList = new NodeList(planCodes, planTruth, nodeOf);
    if (base == null) {
      nodeList.buildAll(); // the evaluation when nothing is known is shared: put it together once, now
    }
    List<ControlCode> matchCodes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      // a node matches on what it requires: a "Not used" node never, nor one whose only parts are
      // release notes shown not to apply (that no note releases an item does not list it)
      if (planTruth[i] == Truth.MATCH && matchable[i]) {
        matchCodes.add(plans.get(i).node().code());
      }
    }
    List<ControlCode> matches = deepest(matchCodes);
    List<DecontrolOutcome> decontrols = new ArrayList<>(releaseParts.length);
    for (int p : releaseParts) {
      if (partInScope == null || partInScope[p]) {
        decontrols.add(outcomeOfPart[p]);
      }
    }
    // a failed threshold needs a fact, and a missing fact an engaged node: both lie among the changed nodes
    // read by few callers (the classifier never): found when first read, like the missing facts
    List<NearMiss> nearMisses = base == null ? nearMisses(changed, planTruth, partResults, partTruth, outcomeOfPart)
        : new DeferredList<>(() -> nearMisses(changed, planTruth, partResults, partTruth, outcomeOfPart));
    List<MissingFact> missingFacts = new DeferredList<>(() -> missingFacts(changed, nodeList));
    List<NodeEvaluation> nodes = from == 0 && to == plans.size() ? nodeList : nodeList.range(from, to);
    return new Outcome(nodes, matches, nearMisses, List.copyOf(decontrols), missingFacts, partTruth,
        Collections.unmodifiableList(partResults), outcomeOfPart, planTruth);
  }

  /** The evaluation of plan i as shown: its own leaves' results (not those assumed or of a release) and its notes. */
  private NodeEvaluation node(int i, List<List<CriterionResult>> partResults, Truth[] partTruth,
      DecontrolOutcome[] outcomeOfPart, Truth[] planTruth, boolean deepestOpen) {
    NodePlan plan = plans.get(i);
    List<CriterionResult> shown = new ArrayList<>();
    List<DecontrolOutcome> decontrols = new ArrayList<>();
    for (PlanPart part : plan.parts()) {
      if (part.release() != null) {
        decontrols.add(outcomeOfPart[part.id()]);
      } else {
        List<CriterionResult> own = partResults.get(part.id());
        boolean[] release = partReleaseLeaves[part.id()];
        for (int k = 0; k < release.length; k++) {
          CriterionResult r = own.get(k);
          if (!r.assumed() && !release[k]) {
            shown.add(r);
          }
        }
      }
    }
    // the search for deciding parameters is the costliest part: done only when someone reads it
    List<String> missing = deepestOpen ? new DeferredList<>(() -> DecidingParameters.deciding(plan, partResults, partTruth)) : List.of();
    return new NodeEvaluation(plan.node().code(), planTruth[i], shown, decontrols, plan.classifiable(), missing);
  }

  // ---- plans

  private Map<ControlCode, List<PlanPart>> releasesByCode(ControlList list) {
    Map<ControlCode, List<PlanPart>> out = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        if (!note.decontrol() || note.exclusion().isEmpty()) {
          continue;
        }
        Criterion exclusion = note.exclusion().get();
        releaseLeaves.addAll(exclusion.leaves());
        Criterion notReleased = new Not(exclusion);
        List<ControlCode> released = note.releases().isEmpty() ? List.of(node.code()) : note.releases();
        for (ControlCode code : released) {
          out.computeIfAbsent(code, k -> new ArrayList<>())
              .add(part(notReleased, FeaturePolicy.PROVEN, note, node.code()));
        }
      }
    }
    return out;
  }

  /** The node's own criteria, its releases and its children's, as its logic combines them; null if none. */
  private static Criterion localOf(ControlNode node, Map<ControlCode, List<PlanPart>> releases,
      Map<ControlCode, Criterion> local, Map<ControlCode, Boolean> parametricSubtree) {
    for (ControlNode child : node.children()) {
      localOf(child, releases, local, parametricSubtree);
    }
    List<Criterion> together = new ArrayList<>();
    node.criteria().ifPresent(together::add);
    for (PlanPart r : releases.getOrDefault(node.code(), List.of())) {
      together.add(r.criterion());
    }
    Criterion down = downFromLocal(node, local);
    if (down != null) {
      together.add(down);
    }
    boolean parametric = node.criteria().map(Criterion::isParametric).orElse(false)
        || node.children().stream().anyMatch(c -> parametricSubtree.getOrDefault(c.code(), false));
    parametricSubtree.put(node.code(), parametric);
    Criterion c = together.isEmpty() ? null : together.size() == 1 ? together.get(0) : new AllOf(together);
    local.put(node.code(), c);
    return c;
  }

  private static Criterion downFromLocal(ControlNode node, Map<ControlCode, Criterion> local) {
    List<Criterion> children = new ArrayList<>();
    for (ControlNode child : node.children()) {
      Criterion c = local.get(child.code());
      if (c != null && !child.notUsed()) {
        children.add(c);
      }
    }
    if (children.isEmpty()) {
      return null;
    }
    if (children.size() == 1) {
      return children.get(0);
    }
    return node.childLogic() == ChildLogic.ALL_OF ? new AllOf(children) : new AnyOf(children);
  }

  private NodePlan plan(ControlNode node, Map<ControlCode, List<PlanPart>> releases, Map<ControlCode, Criterion> local,
      Map<ControlCode, Boolean> parametricSubtree) {
    List<ControlNode> path = new ArrayList<>(list.ancestorsOf(node.code()));
    Collections.reverse(path);
    List<PlanPart> parts = new ArrayList<>();
    boolean classifiable = true;
    for (int i = 0; i < path.size(); i++) {
      ControlNode ancestor = path.get(i);
      ControlCode towards = i + 1 < path.size() ? path.get(i + 1).code() : node.code();
      addOwn(parts, ancestor, releases, parametricSubtree);
      if (ancestor.childLogic() == ChildLogic.ALL_OF) {
        for (ControlNode sibling : ancestor.children()) {
          Criterion c = local.get(sibling.code());
          if (!sibling.code().equals(towards) && c != null && !sibling.notUsed()) {
            parts.add(part(c, FeaturePolicy.JUDGED, null, null));
          }
        }
        if (i == path.size() - 1) {
          classifiable = false;
        }
      }
    }
    addOwn(parts, node, releases, parametricSubtree);
    // the children's precomputed criteria, so that leaves keep their identity across plans
    Criterion down = downFromLocal(node, local);
    if (down != null) {
      parts.add(part(down, FeaturePolicy.JUDGED, null, null));
    }
    return new NodePlan(node, parts, classifiable);
  }

  private void addOwn(List<PlanPart> parts, ControlNode node, Map<ControlCode, List<PlanPart>> releases,
      Map<ControlCode, Boolean> parametricSubtree) {
    // the node's own words are the kind of item where numbers below decide; elsewhere they are a condition
    FeaturePolicy policy = parametricSubtree.getOrDefault(node.code(), false) ? FeaturePolicy.ASSUMED : FeaturePolicy.JUDGED;
    node.criteria().ifPresent(c -> parts.add(part(c, policy, null, null)));
    parts.addAll(releases.getOrDefault(node.code(), List.of()));
  }

  private PlanPart part(Criterion criterion, FeaturePolicy policy, Note release, ControlCode host) {
    Map<FeaturePolicy, PlanPart> byPolicy = partsByCriterion.computeIfAbsent(criterion, c -> new java.util.EnumMap<>(FeaturePolicy.class));
    PlanPart existing = byPolicy.get(policy);
    if (existing != null && existing.release() == release) {
      return existing;
    }
    PlanPart p = new PlanPart(parts.size(), criterion, policy, release, host, List.copyOf(criterion.leaves()));
    parts.add(p);
    if (existing == null) {
      byPolicy.put(policy, p);
    }
    return p;
  }

  private static Parameter parameterOf(Criterion leaf) {
    if (leaf instanceof org.dualuse.core.criteria.Threshold t) {
      return t.parameter();
    }
    if (leaf instanceof org.dualuse.core.criteria.Range r) {
      return r.parameter();
    }
    return null;
  }

  // ---- results

  private static DecontrolOutcome outcome(PlanPart part, List<CriterionResult> results, Truth notReleased) {
    Note note = part.release();
    Criterion exclusion = ((Not) part.criterion()).criterion();
    // the part is NOT the release condition, and Kleene not is its own inverse
    Truth released = notReleased.not();
    List<ControlCode> codes = note.releases().isEmpty() ? List.of(part.host()) : note.releases();
    return new DecontrolOutcome(part.host(), note.label(), note.text(), codes, exclusion, released, results);
  }

  /**
   * Whether a node below plan i's node is open. The plans are in code order, in which a node's
   * descendants follow it without a gap: they are the plans after it that its code is a prefix of.
   */
  private boolean openBelow(int i, boolean[] open) {
    ControlCode code = planCodes[i];
    for (int j = i + 1; j < planCodes.length && code.isPrefixOf(planCodes[j]); j++) {
      if (open[j]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a typed criterion of the node itself (not of a decontrol note) is met. {@code partEngaged}
   * keeps each part's answer for the evaluation: 0 not asked yet, 1 no, 2 yes.
   */
  private static boolean engaged(NodePlan plan, List<List<CriterionResult>> partResults, byte[] partEngaged) {
    for (PlanPart part : plan.parts()) {
      if (part.release() != null) {
        continue;
      }
      if (partEngaged[part.id()] == 0) {
        partEngaged[part.id()] = 1;
        for (CriterionResult r : partResults.get(part.id())) {
          if (r.truth() == Truth.MATCH && r.isParametric()) {
            partEngaged[part.id()] = 2;
            break;
          }
        }
      }
      if (partEngaged[part.id()] == 2) {
        return true;
      }
    }
    return false;
  }

  /** The codes no other of them lies under, in code order. */
  private static List<ControlCode> deepest(List<ControlCode> chosen) {
    Set<ControlCode> above = new HashSet<>();
    for (ControlCode c : chosen) {
      above.addAll(c.ancestors());
    }
    List<ControlCode> out = new ArrayList<>();
    for (ControlCode c : chosen) {
      if (!above.contains(c)) {
        out.add(c);
      }
    }
    out.sort(ControlCode::compareTo);
    return List.copyOf(out);
  }

  /**
   * The deepest classifiable NO_MATCH nodes, not released, that a single failed threshold or range
   * within {@link #NEAR_MISS} of its bound keeps from matching. Read from the plans' parts rather than
   * from the nodes, which are built only when read.
   */
  private List<NearMiss> nearMisses(List<Integer> candidates, Truth[] planTruth,
      List<List<CriterionResult>> partResults, Truth[] partTruth, DecontrolOutcome[] outcomeOfPart) {
    Map<ControlCode, NearMiss> found = null;
    for (int i : candidates) {
      NodePlan plan = plans.get(i);
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
    for (ControlCode c : deepest(List.copyOf(found.keySet()))) {
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
   * within {@link #NEAR_MISS} and alone keeps the node from matching; null if none.
   */
  private CriterionResult nearMiss(NodePlan plan, List<List<CriterionResult>> partResults, Truth[] partTruth) {
    for (PlanPart part : plan.parts()) {
      if (part.release() != null) {
        continue;
      }
      List<CriterionResult> own = partResults.get(part.id());
      boolean[] release = partReleaseLeaves[part.id()];
      for (int k = 0; k < release.length; k++) {
        CriterionResult r = own.get(k);
        if (r.assumed() || release[k]) {
          continue; // not shown
        }
        if (r.truth() != Truth.NO_MATCH || !r.isParametric() || Double.isNaN(r.gap()) || r.gap() > NEAR_MISS) {
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

  private List<MissingFact> missingFacts(List<Integer> candidates, NodeList nodes) {
    Map<String, List<ControlCode>> decides = new LinkedHashMap<>();
    Map<String, String> questions = new LinkedHashMap<>();
    for (int i : candidates) {
      if (nodes.truth(i) != Truth.UNKNOWN || !plans.get(i).classifiable()) {
        continue;
      }
      NodeEvaluation n = nodes.get(i);
      for (String p : n.missingParameters()) {
        decides.computeIfAbsent(p, k -> new ArrayList<>()).add(n.code());
        questions.putIfAbsent(p, Parameters.lookup(p).map(Parameter::question).orElse("What is the " + p + "?"));
      }
    }
    return ParameterReport.merge(decides, questions);
  }
}

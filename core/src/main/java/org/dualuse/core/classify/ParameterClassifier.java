package org.dualuse.core.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;

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
 * that hold them, and keeps no state of a product (only, per node asked about, which plans and slots
 * lie under it: {@link PlanScope}, in a concurrent map), so one instance serves any number of threads.
 *
 * <p>Its stages: {@link PlanBuilder} (the plans of the nodes), {@link PlanTables} (the plans as
 * numbered slots, parts and plans), this class (which slots a product's facts and judge change, and
 * their results), {@link OutcomeCombiner} (the parts' and plans' truths, and the report's contents)
 * with {@link NearMisses}, {@link WhatIfTruth} and {@link DecidingParameters}.
 */
public final class ParameterClassifier {

  /** Relative distance to a bound within which a failed criterion makes a near miss. */
  public static final double NEAR_MISS = 0.10;

  private final ControlList list;
  /** The plans as numbered tables of slots, parts and plans. */
  private final PlanTables tables;
  /** Combines the slots' results into the report's contents. */
  private final OutcomeCombiner combiner;
  /** The evaluation when nothing is known, which most of any product's evaluation repeats. */
  private final EvaluationOutcome baseline;
  /** Every plan in scope: an evaluation of the whole list. */
  private final PlanScope whole;
  /**
   * The scopes of the list's nodes asked about so far (a retrieved node is asked about for product after
   * product); only nodes of the list are kept, so the map holds at most one scope per node.
   */
  private final Map<ControlCode, PlanScope> scopes = new ConcurrentHashMap<>();

  /**
   * Precomputes the effective criteria of every node, and their evaluation when nothing is known.
   *
   * @param list the list to match against
   */
  public ParameterClassifier(ControlList list) {
    this.list = Objects.requireNonNull(list, "list");
    PlanBuilder built = new PlanBuilder(list);
    this.tables = new PlanTables(built.plans(), built.parts(), built.releaseLeaves());
    this.combiner = new OutcomeCombiner(tables);
    boolean[] allParts = new boolean[tables.parts.size()];
    Arrays.fill(allParts, true);
    this.baseline = combiner.combine(tables.fixedResults, allParts, allParts, null, 0, tables.plans.size(), null);
    this.whole = PlanScope.whole(tables);
  }

  /** The id of the list this classifier matches against. */
  public String listId() {
    return list.id();
  }

  /** How many nodes have typed criteria or a parametric decontrol note. */
  public int parametricNodes() {
    return tables.plans.size();
  }

  /**
   * Where the node's evaluation stands in {@link ParameterReport#nodes()} of every report this
   * classifier makes, or -1 for a node without typed criteria: a lookup by position instead of a
   * search, for callers that read a few nodes of many reports.
   */
  public int nodeIndex(ControlCode code) {
    Objects.requireNonNull(code, "code");
    Integer i = tables.planIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The effective criteria of a node with typed criteria, as evaluated: its ancestors' and its own,
   * its children's by its logic, and {@code NOT} the release condition of each parametric decontrol
   * note that applies; empty for a node without typed criteria.
   */
  public Optional<Criterion> effectiveCriteria(ControlCode code) {
    Objects.requireNonNull(code, "code");
    Integer i = tables.planIndex.get(code);
    if (i == null) {
      return Optional.empty();
    }
    List<Criterion> all = tables.plans.get(i).parts().stream().map(PlanPart::criterion).toList();
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
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(judge, "judge");
    return evaluate(facts, judge, whole);
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
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(judge, "judge");
    return evaluate(facts, judge, scopeOf(Objects.requireNonNull(under, "under")));
  }

  /**
   * Where a node's evaluation stands in {@link ParameterReport#nodes()} of the reports of {@link
   * #evaluate(ProductFacts, FeatureJudge, ControlCode)} for {@code under}; -1 for a node without typed
   * criteria or not under it.
   */
  public int nodeIndex(ControlCode code, ControlCode under) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(under, "under");
    int i = nodeIndex(code);
    return i < 0 || !under.isPrefixOf(code) ? -1 : i - scopeOf(under).from;
  }

  /** The plans at and below {@code under} and what they reach: the whole scope when they are every plan. */
  private PlanScope scopeOf(ControlCode under) {
    PlanScope known = scopes.get(under);
    if (known != null) {
      return known;
    }
    int from = firstPlanUnder(under);
    int to = from;
    while (to < tables.planCodes.length && under.isPrefixOf(tables.planCodes[to])) {
      to++;
    }
    PlanScope scope = from == 0 && to == tables.plans.size() ? whole : PlanScope.of(tables, from, to);
    if (list.contains(under)) {
      scopes.putIfAbsent(under, scope); // any other code is worked out each time: the map stays bounded
    }
    return scope;
  }

  /** The first plan whose code is not before {@code under} in code order: where the plans under it start. */
  private int firstPlanUnder(ControlCode under) {
    int lo = 0;
    int hi = tables.planCodes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tables.planCodes[mid].compareTo(under) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The report of the plans in scope, evaluating only the slots of their parts. */
  private ParameterReport evaluate(ProductFacts facts, FeatureJudge judge, PlanScope scope) {
    ProductFacts known = facts == null ? ProductFacts.NONE : facts;
    boolean noJudge = judge == null || judge == FeatureJudge.NONE;
    boolean[] slotChanged = null;
    if (!known.isEmpty()) {
      for (int g : scope.parameters) {
        if (known.answers(tables.parameters[g])) {
          slotChanged = mark(slotChanged, tables.parameterSlots[g]);
        }
      }
    }
    if (!noJudge) {
      for (int f : scope.features) {
        if (tables.featureKeywords.mayDecide(judge, f) && judge.judge(tables.features[f]) != Truth.UNKNOWN) {
          slotChanged = mark(slotChanged, tables.featureSlots[f]);
        }
      }
    }
    boolean[] partInScope = scope.partInScope;
    if (slotChanged == null && scope.isWhole()) {
      return baseline.report(list.id(), known);
    }
    CriterionEvaluator evaluator = new CriterionEvaluator(known, judge);
    CriterionResult[] results = tables.fixedResults.clone();
    boolean[] partChanged = new boolean[tables.parts.size()];
    // a part whose leaves keep their truths (a feature assumed and now also shown) keeps its truth
    boolean[] partRecombined = new boolean[tables.parts.size()];
    for (int s = 0; slotChanged != null && s < slotChanged.length; s++) {
      if (slotChanged[s] && scope.holds(s)) {
        results[s] = evaluator.evaluateLeaf(tables.slotLeaf[s], tables.slotPolicy[s]);
        boolean truthChanged = results[s].truth() != tables.fixedResults[s].truth();
        for (int p : tables.slotParts[s]) {
          partChanged[p] = true;
          partRecombined[p] |= truthChanged;
        }
      }
    }
    return combiner.combine(results, partChanged, partRecombined, baseline, scope.from, scope.to, partInScope)
        .report(list.id(), known);
  }

  private boolean[] mark(boolean[] changed, int[] slots) {
    boolean[] out = changed == null ? new boolean[tables.slotLeaf.length] : changed;
    for (int s : slots) {
      out[s] = true;
    }
    return out;
  }
}

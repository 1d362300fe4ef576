package org.dualuse.core.classify;

import java.util.ArrayList;
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
import java.util.function.Predicate;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.FeatureJudge;
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
 * <p>The plans are computed once in the constructor; {@link #evaluate} keeps no state, so one
 * instance serves any number of threads.
 */
public final class ParameterClassifier {

  /** Relative distance to a bound within which a failed criterion makes a near miss. */
  public static final double NEAR_MISS = 0.10;
  private static final int MAX_SEARCHED_LEAVES = 8;
  private static final int MAX_SET_SIZE = 3;
  private static final int MAX_SEARCHED_PARAMETERS = 8;

  private record Part(int id, Criterion criterion, FeaturePolicy policy, Note release, ControlCode host,
      List<Criterion> leaves) {}

  private record Plan(ControlNode node, List<Part> parts, boolean classifiable) {}

  private final ControlList list;
  private final List<Plan> plans;
  private final Set<Criterion> releaseLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
  // parts are shared between plans, so that one evaluation computes each once
  private final List<Part> parts = new ArrayList<>();
  private final Map<Criterion, Map<FeaturePolicy, Part>> partsByCriterion = new IdentityHashMap<>();
  // per policy, the result of each leaf when no fact and no judge speaks to it
  private final List<Map<Criterion, CriterionResult>> fixedResults = List.of(
      new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>());

  /**
   * Precomputes the effective criteria of every node.
   *
   * @param list the list to match against
   */
  public ParameterClassifier(ControlList list) {
    this.list = Objects.requireNonNull(list, "list");
    Map<ControlCode, List<Part>> releases = releasesByCode(list);
    Map<ControlCode, Criterion> local = new HashMap<>();
    Map<ControlCode, Boolean> parametricSubtree = new HashMap<>();
    for (ControlNode entry : list.entries()) {
      localOf(entry, releases, local, parametricSubtree);
    }
    List<Plan> built = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      Plan plan = plan(node, releases, local, parametricSubtree);
      if (plan.parts().stream().anyMatch(p -> p.criterion().isParametric())) {
        built.add(plan);
      }
    }
    built.sort((a, b) -> a.node().code().compareTo(b.node().code()));
    this.plans = List.copyOf(built);
    CriterionEvaluator nothingKnown = new CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE);
    for (Part part : parts) {
      for (Criterion leaf : part.leaves()) {
        for (FeaturePolicy policy : FeaturePolicy.values()) {
          fixedResults.get(policy.ordinal()).computeIfAbsent(leaf, l -> nothingKnown.evaluateLeaf(l, policy));
        }
      }
    }
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
   * The effective criteria of a node with typed criteria, as evaluated: its ancestors' and its own,
   * its children's by its logic, and {@code NOT} the release condition of each parametric decontrol
   * note that applies; empty for a node without typed criteria.
   */
  public Optional<Criterion> effectiveCriteria(ControlCode code) {
    for (Plan plan : plans) {
      if (plan.node().code().equals(code)) {
        List<Criterion> all = plan.parts().stream().map(Part::criterion).toList();
        return Optional.of(all.size() == 1 ? all.get(0) : new AllOf(all));
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates a product's stated facts and text, with no opinion on features.
   *
   * @throws IllegalArgumentException when a stated fact cannot be read (the message names it)
   */
  public ParameterReport evaluate(Product product) {
    return evaluate(product, FeatureJudge.NONE);
  }

  /**
   * Evaluates a product with a judge for features (e.g. {@link FeatureJudge#keywords} of its text).
   *
   * @throws IllegalArgumentException when a stated fact cannot be read (the message names it)
   */
  public ParameterReport evaluate(Product product, FeatureJudge judge) {
    Objects.requireNonNull(product, "product");
    return evaluate(ProductFacts.of(product.facts(), product.text()), judge);
  }

  /** Evaluates facts read elsewhere. */
  public ParameterReport evaluate(ProductFacts facts, FeatureJudge judge) {
    CriterionEvaluator evaluator = new CriterionEvaluator(facts, judge);
    List<Map<Criterion, CriterionResult>> caches = List.of(
        new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>());
    // a leaf whose parameter no fact answers, or a feature no judge decides, has a result known in advance
    Map<String, Boolean> answered = new HashMap<>();
    boolean noJudge = judge == null || judge == FeatureJudge.NONE;
    List<List<CriterionResult>> byPart = new ArrayList<>(Collections.nCopies(parts.size(), null));
    Truth[] partTruth = new Truth[parts.size()];
    List<Truth> truths = new ArrayList<>();
    List<List<List<CriterionResult>>> allResults = new ArrayList<>();
    for (Plan plan : plans) {
      List<List<CriterionResult>> partResults = new ArrayList<>(plan.parts().size());
      Truth truth = Truth.MATCH;
      for (Part part : plan.parts()) {
        List<CriterionResult> results = byPart.get(part.id());
        if (results == null) {
          results = new ArrayList<>(part.leaves().size());
          for (Criterion leaf : part.leaves()) {
            FeaturePolicy policy = releaseLeaves.contains(leaf) ? FeaturePolicy.PROVEN : part.policy();
            Map<Criterion, CriterionResult> cache = caches.get(policy.ordinal());
            CriterionResult r = cache.get(leaf);
            if (r == null) {
              Parameter parameter = parameterOf(leaf);
              boolean fixed = parameter == null ? noJudge
                  : !answered.computeIfAbsent(parameter.name() + "|" + parameter.dimension(),
                      k -> !facts.answering(parameter).isEmpty());
              r = fixed ? fixedResults.get(policy.ordinal()).get(leaf) : null;
              if (r == null) {
                r = evaluator.evaluateLeaf(leaf, policy);
              }
              cache.put(leaf, r);
            }
            results.add(r);
          }
          byPart.set(part.id(), results);
          List<CriterionResult> fixed = results;
          int[] next = {0};
          partTruth[part.id()] = CriterionEvaluator.combine(part.criterion(), l -> fixed.get(next[0]++).truth());
        }
        partResults.add(results);
        truth = truth.and(partTruth[part.id()]);
      }
      allResults.add(partResults);
      truths.add(truth);
    }
    // the questions go to the deepest open nodes the facts engage; their ancestors would ask the same
    Set<ControlCode> open = new HashSet<>();
    for (int i = 0; i < plans.size(); i++) {
      if (truths.get(i) == Truth.UNKNOWN && plans.get(i).classifiable() && engaged(plans.get(i), allResults.get(i))) {
        open.add(plans.get(i).node().code());
      }
    }
    Set<ControlCode> openBelow = new HashSet<>();
    for (ControlCode o : open) {
      for (ControlCode a : o.ancestors()) {
        openBelow.add(a);
      }
    }
    Map<Note, DecontrolOutcome> notes = new IdentityHashMap<>();
    List<NodeEvaluation> nodes = new ArrayList<>();
    Map<ControlCode, NodeEvaluation> byCode = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      List<List<CriterionResult>> partResults = allResults.get(i);
      List<CriterionResult> shown = new ArrayList<>();
      List<DecontrolOutcome> decontrols = new ArrayList<>();
      for (int p = 0; p < plan.parts().size(); p++) {
        Part part = plan.parts().get(p);
        List<CriterionResult> results = partResults.get(p);
        if (part.release() != null) {
          decontrols.add(notes.computeIfAbsent(part.release(), n -> outcome(part, results)));
        } else {
          for (CriterionResult r : results) {
            if (!r.assumed() && !releaseLeaves.contains(r.criterion())) {
              shown.add(r);
            }
          }
        }
      }
      ControlCode code = plan.node().code();
      boolean deepestOpen = open.contains(code) && !openBelow.contains(code);
      List<String> missing = deepestOpen ? deciding(plan, partResults) : List.of();
      NodeEvaluation evaluation = new NodeEvaluation(code, truths.get(i), shown, decontrols, plan.classifiable(), missing);
      nodes.add(evaluation);
      byCode.put(code, evaluation);
    }
    List<ControlCode> matches = deepest(nodes, n -> n.truth() == Truth.MATCH && n.classifiable());
    List<NearMiss> nearMisses = nearMisses(allResults, byCode);
    List<DecontrolOutcome> decontrols = new ArrayList<>(notes.values());
    decontrols.sort((a, b) -> a.host().compareTo(b.host()));
    return new ParameterReport(list.id(), facts, nodes, matches, nearMisses, decontrols, missingFacts(nodes));
  }

  // ---- plans

  private Map<ControlCode, List<Part>> releasesByCode(ControlList list) {
    Map<ControlCode, List<Part>> out = new HashMap<>();
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
  private static Criterion localOf(ControlNode node, Map<ControlCode, List<Part>> releases,
      Map<ControlCode, Criterion> local, Map<ControlCode, Boolean> parametricSubtree) {
    for (ControlNode child : node.children()) {
      localOf(child, releases, local, parametricSubtree);
    }
    List<Criterion> together = new ArrayList<>();
    node.criteria().ifPresent(together::add);
    for (Part r : releases.getOrDefault(node.code(), List.of())) {
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

  private Plan plan(ControlNode node, Map<ControlCode, List<Part>> releases, Map<ControlCode, Criterion> local,
      Map<ControlCode, Boolean> parametricSubtree) {
    List<ControlNode> path = new ArrayList<>(list.ancestorsOf(node.code()));
    Collections.reverse(path);
    List<Part> parts = new ArrayList<>();
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
    return new Plan(node, parts, classifiable);
  }

  private void addOwn(List<Part> parts, ControlNode node, Map<ControlCode, List<Part>> releases,
      Map<ControlCode, Boolean> parametricSubtree) {
    // the node's own words are the kind of item where numbers below decide; elsewhere they are a condition
    FeaturePolicy policy = parametricSubtree.getOrDefault(node.code(), false) ? FeaturePolicy.ASSUMED : FeaturePolicy.JUDGED;
    node.criteria().ifPresent(c -> parts.add(part(c, policy, null, null)));
    parts.addAll(releases.getOrDefault(node.code(), List.of()));
  }

  private Part part(Criterion criterion, FeaturePolicy policy, Note release, ControlCode host) {
    Map<FeaturePolicy, Part> byPolicy = partsByCriterion.computeIfAbsent(criterion, c -> new java.util.EnumMap<>(FeaturePolicy.class));
    Part existing = byPolicy.get(policy);
    if (existing != null && existing.release() == release) {
      return existing;
    }
    Part p = new Part(parts.size(), criterion, policy, release, host, List.copyOf(criterion.leaves()));
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

  private static DecontrolOutcome outcome(Part part, List<CriterionResult> results) {
    Note note = part.release();
    Criterion exclusion = ((Not) part.criterion()).criterion();
    int[] next = {0};
    Truth released = CriterionEvaluator.combine(exclusion, l -> results.get(next[0]++).truth());
    List<ControlCode> codes = note.releases().isEmpty() ? List.of(part.host()) : note.releases();
    return new DecontrolOutcome(part.host(), note.label(), note.text(), codes, exclusion, released, results);
  }

  private static Truth truthWith(Plan plan, List<List<CriterionResult>> partResults, Map<Criterion, Truth> override) {
    Truth truth = Truth.MATCH;
    for (int p = 0; p < plan.parts().size(); p++) {
      List<CriterionResult> results = partResults.get(p);
      int[] next = {0};
      truth = truth.and(CriterionEvaluator.combine(plan.parts().get(p).criterion(), leaf -> {
        CriterionResult r = results.get(next[0]++);
        Truth t = override == null ? null : override.get(r.criterion());
        return t != null ? t : r.truth();
      }));
      if (truth == Truth.NO_MATCH) {
        return truth;
      }
    }
    return truth;
  }

  /** Whether a typed criterion of the node itself (not of a decontrol note) is met. */
  private static boolean engaged(Plan plan, List<List<CriterionResult>> partResults) {
    for (int p = 0; p < partResults.size(); p++) {
      if (plan.parts().get(p).release() != null) {
        continue;
      }
      for (CriterionResult r : partResults.get(p)) {
        if (r.isParametric() && r.truth() == Truth.MATCH) {
          return true;
        }
      }
    }
    return false;
  }

  /** The smallest set of parameters whose values decide the node, by trying every outcome of their leaves. */
  private static List<String> deciding(Plan plan, List<List<CriterionResult>> partResults) {
    // the node's own parameters first, those of decontrol notes after: the former are the usual question
    List<String> parameters = new ArrayList<>();
    for (boolean releases : new boolean[] {false, true}) {
      for (int p = 0; p < partResults.size(); p++) {
        if ((plan.parts().get(p).release() != null) != releases) {
          continue;
        }
        for (CriterionResult r : partResults.get(p)) {
          if (r.isParametric() && r.truth() == Truth.UNKNOWN) {
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
        if (decides(plan, partResults, Set.copyOf(subset))) {
          return subset;
        }
      }
    }
    // no small set decides alone (features stay open): every parameter still helps
    return parameters;
  }

  private static boolean decides(Plan plan, List<List<CriterionResult>> partResults, Set<String> subset) {
    List<Criterion> open = new ArrayList<>();
    for (List<CriterionResult> results : partResults) {
      for (CriterionResult r : results) {
        if (r.truth() == Truth.UNKNOWN && r.isParametric() && answers(subset, r.parameter().get())
            && open.stream().noneMatch(o -> o == r.criterion())) {
          open.add(r.criterion());
        }
      }
    }
    if (open.isEmpty() || open.size() > MAX_SEARCHED_LEAVES) {
      return false;
    }
    Map<Criterion, Truth> override = new IdentityHashMap<>();
    // all met and all failed are the likeliest to leave the node open; try them first
    for (Truth uniform : List.of(Truth.MATCH, Truth.NO_MATCH)) {
      for (Criterion c : open) {
        override.put(c, uniform);
      }
      if (truthWith(plan, partResults, override) == Truth.UNKNOWN) {
        return false;
      }
    }
    for (int mask = 1; mask < (1 << open.size()) - 1; mask++) {
      for (int k = 0; k < open.size(); k++) {
        override.put(open.get(k), (mask & (1 << k)) != 0 ? Truth.MATCH : Truth.NO_MATCH);
      }
      if (truthWith(plan, partResults, override) == Truth.UNKNOWN) {
        return false;
      }
    }
    return true;
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

  private static List<ControlCode> deepest(List<NodeEvaluation> nodes, Predicate<NodeEvaluation> test) {
    List<ControlCode> chosen = nodes.stream().filter(test).map(NodeEvaluation::code).toList();
    List<ControlCode> out = new ArrayList<>();
    for (ControlCode c : chosen) {
      if (chosen.stream().noneMatch(o -> !o.equals(c) && c.isPrefixOf(o))) {
        out.add(c);
      }
    }
    out.sort(ControlCode::compareTo);
    return out;
  }

  private List<NearMiss> nearMisses(List<List<List<CriterionResult>>> allResults, Map<ControlCode, NodeEvaluation> byCode) {
    Map<ControlCode, NearMiss> found = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      NodeEvaluation n = byCode.get(plan.node().code());
      if (n.truth() != Truth.NO_MATCH || !n.classifiable() || n.released()) {
        continue;
      }
      for (CriterionResult r : n.failed()) {
        if (!r.isParametric() || Double.isNaN(r.gap()) || r.gap() > NEAR_MISS) {
          continue;
        }
        Map<Criterion, Truth> override = new IdentityHashMap<>();
        override.put(r.criterion(), Truth.MATCH);
        if (truthWith(plan, allResults.get(i), override) == Truth.MATCH) {
          found.putIfAbsent(n.code(), new NearMiss(n.code(), r));
          break;
        }
      }
    }
    List<ControlCode> deepest = deepest(found.keySet().stream().map(byCode::get).toList(), x -> true);
    return deepest.stream().map(found::get).toList();
  }

  private static List<MissingFact> missingFacts(List<NodeEvaluation> nodes) {
    Map<String, List<ControlCode>> decides = new LinkedHashMap<>();
    Map<String, String> questions = new LinkedHashMap<>();
    for (NodeEvaluation n : nodes) {
      if (n.truth() != Truth.UNKNOWN || !n.classifiable()) {
        continue;
      }
      for (String p : n.missingParameters()) {
        decides.computeIfAbsent(p, k -> new ArrayList<>()).add(n.code());
        questions.putIfAbsent(p, Parameters.lookup(p).map(Parameter::question).orElse("What is the " + p + "?"));
      }
    }
    return ParameterReport.merge(decides, questions);
  }
}

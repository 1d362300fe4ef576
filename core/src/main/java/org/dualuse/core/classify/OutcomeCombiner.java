package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.internal.DeferredList;
import org.dualuse.core.model.Note;

/**
 * The second half of an evaluation of a {@link ParameterClassifier}: from the results of its slots,
 * the truths of the parts that changed, of the plans that hold them, and what the report says (the
 * nodes, matches, near misses, decontrol outcomes and missing facts). Everything that did not change
 * is taken from the outcome it starts from. Keeps no state of an evaluation, so thread-safe.
 */
final class OutcomeCombiner {
  private final PlanTables tables;
  private final NearMisses nearMisses;

  OutcomeCombiner(PlanTables tables) {
    this.tables = tables;
    this.nearMisses = new NearMisses(tables);
  }

  /**
   * Evaluates the parts marked changed from the slot results, and takes every other part and every
   * node none of whose parts changed from {@code base} (everything is marked when base is null), for
   * plans {@code [from, to)} only, whose parts are those marked in scope (null: all plans): the
   * outcome's nodes, matches, near misses and missing facts are of those plans, its decontrols those of
   * parts in scope. A part out of scope is never marked changed.
   */
  EvaluationOutcome combine(CriterionResult[] results, boolean[] partChanged, boolean[] partRecombined,
      EvaluationOutcome base, int from, int to, boolean[] partInScope) {
    List<NodePlan> plans = tables.plans;
    int partCount = tables.parts.size();
    Truth[] partTruth = base == null ? new Truth[partCount] : base.partTruth().clone();
    List<List<CriterionResult>> partResults = new ArrayList<>(base == null
        ? Collections.nCopies(partCount, null) : base.partResults());
    boolean[] planChanged = new boolean[plans.size()];
    for (int p = 0; p < partCount; p++) {
      if (!partChanged[p]) {
        continue;
      }
      int[] slots = tables.partSlots[p];
      CriterionResult[] own = new CriterionResult[slots.length];
      for (int k = 0; k < slots.length; k++) {
        own[k] = results[slots[k]];
      }
      partResults.set(p, List.of(own));
      if (partRecombined[p]) {
        partTruth[p] = tables.partPrograms[p].run(own);
      }
      for (int i : tables.partPlans[p]) {
        if (i >= from && i < to) {
          planChanged[i] = true;
        }
      }
    }
    DecontrolOutcome[] outcomeOfPart = base == null ? new DecontrolOutcome[partCount] : base.outcomeOfPart().clone();
    for (int p : tables.releaseParts) {
      if (partChanged[p]) {
        outcomeOfPart[p] = outcome(tables.parts.get(p), partResults.get(p), partTruth[p]);
      }
    }
    Truth[] planTruth = base == null ? new Truth[plans.size()] : base.planTruth().clone();
    for (int i = from; i < to; i++) {
      if (planChanged[i]) {
        Truth truth = Truth.MATCH;
        for (int part : tables.planParts[i]) {
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
    NodeList nodeList = new NodeList(tables.planCodes, planTruth, nodeOf);
    if (base == null) {
      nodeList.buildAll(); // the evaluation when nothing is known is shared: put it together once, now
    }
    List<ControlCode> matchCodes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      // a node matches on what it requires: a "Not used" node never, nor one whose only parts are
      // release notes shown not to apply (that no note releases an item does not list it)
      if (planTruth[i] == Truth.MATCH && tables.matchable[i]) {
        matchCodes.add(plans.get(i).node().code());
      }
    }
    List<ControlCode> matches = deepest(matchCodes);
    List<DecontrolOutcome> decontrols = new ArrayList<>(tables.releaseParts.length);
    for (int p : tables.releaseParts) {
      if (partInScope == null || partInScope[p]) {
        decontrols.add(outcomeOfPart[p]);
      }
    }
    // a failed threshold needs a fact, and a missing fact an engaged node: both lie among the changed nodes
    // read by few callers (the classifier never): found when first read, like the missing facts
    List<NearMiss> misses = base == null ? nearMisses.among(changed, planTruth, partResults, partTruth, outcomeOfPart)
        : DeferredList.of(() -> nearMisses.among(changed, planTruth, partResults, partTruth, outcomeOfPart));
    List<MissingFact> missingFacts = DeferredList.of(() -> missingFacts(changed, nodeList));
    List<NodeEvaluation> nodes = from == 0 && to == plans.size() ? nodeList : nodeList.range(from, to);
    return new EvaluationOutcome(nodes, matches, misses, List.copyOf(decontrols), missingFacts, partTruth,
        Collections.unmodifiableList(partResults), outcomeOfPart, planTruth);
  }

  /** The evaluation of plan i as shown: its own leaves' results (not those assumed or of a release) and its notes. */
  private NodeEvaluation node(int i, List<List<CriterionResult>> partResults, Truth[] partTruth,
      DecontrolOutcome[] outcomeOfPart, Truth[] planTruth, boolean deepestOpen) {
    NodePlan plan = tables.plans.get(i);
    List<CriterionResult> shown = new ArrayList<>();
    List<DecontrolOutcome> decontrols = new ArrayList<>();
    for (PlanPart part : plan.parts()) {
      if (part.release() != null) {
        decontrols.add(outcomeOfPart[part.id()]);
      } else {
        List<CriterionResult> own = partResults.get(part.id());
        boolean[] release = tables.partReleaseLeaves[part.id()];
        for (int k = 0; k < release.length; k++) {
          CriterionResult r = own.get(k);
          if (!r.assumed() && !release[k]) {
            shown.add(r);
          }
        }
      }
    }
    // the search for deciding parameters is the costliest part: done only when someone reads it
    List<String> missing = deepestOpen ? DeferredList.of(() -> DecidingParameters.deciding(plan, partResults, partTruth)) : List.of();
    return new NodeEvaluation(plan.node().code(), planTruth[i], shown, decontrols, plan.classifiable(), missing);
  }

  private static DecontrolOutcome outcome(PlanPart part, List<CriterionResult> results, Truth notReleased) {
    Note note = part.release();
    Criterion exclusion = ((Not) part.criterion()).criterion();
    // the part is NOT the release condition, and Kleene not is its own inverse
    Truth released = notReleased.not();
    List<ControlCode> codes = note.releases().isEmpty() ? List.of(part.host()) : note.releases();
    return new DecontrolOutcome(part.host(), note.label(), note.text(), codes, exclusion, released, results, note.kind(),
        part.releaseAllOf());
  }

  /**
   * Whether a node below plan i's node is open. The plans are in code order, in which a node's
   * descendants follow it without a gap: they are the plans after it that its code is a prefix of.
   */
  private boolean openBelow(int i, boolean[] open) {
    ControlCode[] planCodes = tables.planCodes;
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
  static List<ControlCode> deepest(List<ControlCode> chosen) {
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

  private List<MissingFact> missingFacts(List<Integer> candidates, NodeList nodes) {
    Map<String, List<ControlCode>> decides = new LinkedHashMap<>();
    Map<String, String> questions = new LinkedHashMap<>();
    for (int i : candidates) {
      if (nodes.truth(i) != Truth.UNKNOWN || !tables.plans.get(i).classifiable()) {
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

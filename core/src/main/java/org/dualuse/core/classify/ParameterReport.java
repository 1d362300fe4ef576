package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.internal.DeferredList;

/**
 * What a product's parameters say about every node of a list that has typed criteria.
 *
 * @param listId the list evaluated
 * @param facts the facts read from the product
 * @param nodes one evaluation per node with typed criteria or a parametric decontrol note, in code
 *     order
 * @param mostSpecificMatches the deepest classifiable nodes that match, in code order
 * @param nearMisses the deepest nodes missed by one criterion within 10 % of its bound
 * @param decontrols every parametric decontrol note checked, in code order of its host
 * @param missingFacts for the nodes the facts engage but do not decide, the questions that would
 *     decide them, the most decisive first (found on first access, once)
 *
 * <p>Immutable and thread-safe; the missing facts and the near misses are computed when first read.
 */
public record ParameterReport(String listId, ProductFacts facts, List<NodeEvaluation> nodes,
    List<ControlCode> mostSpecificMatches, List<NearMiss> nearMisses, List<DecontrolOutcome> decontrols,
    List<MissingFact> missingFacts) {
  public ParameterReport {
    listId = listId == null ? "" : listId;
    facts = facts == null ? ProductFacts.NONE : facts;
    // a node list builds its nodes when read; copying it would build them all now
    nodes = nodes == null ? List.of() : nodes instanceof NodeList ? nodes : List.copyOf(nodes);
    mostSpecificMatches = mostSpecificMatches == null ? List.of() : List.copyOf(mostSpecificMatches);
    nearMisses = nearMisses == null ? List.of()
        : nearMisses instanceof DeferredList<NearMiss> ? nearMisses : List.copyOf(nearMisses);
    decontrols = decontrols == null ? List.of() : List.copyOf(decontrols);
    // a deferred list is already unmodifiable; copying it would compute it now
    missingFacts = missingFacts == null ? List.of()
        : missingFacts instanceof DeferredList<MissingFact> ? missingFacts : List.copyOf(missingFacts);
  }

  /** The evaluation of one node, empty when it has no typed criteria. */
  public Optional<NodeEvaluation> find(ControlCode code) {
    Objects.requireNonNull(code, "code");
    return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
  }

  /** The evaluation of one node by its printed code, empty when unknown or without typed criteria. */
  public Optional<NodeEvaluation> find(String code) {
    Objects.requireNonNull(code, "code");
    return ControlCode.tryParse(code).flatMap(this::find);
  }

  /** The node's truth; UNKNOWN for a node without typed criteria. */
  public Truth truthOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    return find(code).map(NodeEvaluation::truth).orElse(Truth.UNKNOWN);
  }

  /** The nodes that match, in code order. */
  public List<NodeEvaluation> matches() {
    return nodes.stream().filter(n -> n.truth() == Truth.MATCH).toList();
  }

  /** The decontrol notes whose release condition the product meets. */
  public List<DecontrolOutcome> decontrolsApplied() {
    return decontrols.stream().filter(d -> d.released() == Truth.MATCH).toList();
  }

  /**
   * The missing facts that would decide the given candidates (and the nodes below them), merged by
   * parameter, the most decisive first; what a classifier asks about its own short list.
   */
  public List<MissingFact> missingFacts(Collection<ControlCode> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    Set<ControlCode> wanted = Set.copyOf(candidates);
    Map<String, List<ControlCode>> decides = new LinkedHashMap<>();
    Map<String, String> questions = new LinkedHashMap<>();
    NodeList lazy = nodes instanceof NodeList l ? l : null;
    for (int i = 0; i < nodes.size(); i++) {
      // relevance first: the missing parameters of a node are found only when read, and of a node
      // list only the nodes kept are built
      if (lazy != null && (lazy.truth(i) != Truth.UNKNOWN || !isUnder(wanted, lazy.code(i)))) {
        continue;
      }
      NodeEvaluation n = nodes.get(i);
      if (n.truth() != Truth.UNKNOWN || !isUnder(wanted, n.code()) || n.missingParameters().isEmpty()) {
        continue;
      }
      for (String p : n.missingParameters()) {
        decides.computeIfAbsent(p, k -> new ArrayList<>()).add(n.code());
        questions.putIfAbsent(p, question(p));
      }
    }
    return merge(decides, questions);
  }

  private static boolean isUnder(Set<ControlCode> wanted, ControlCode code) {
    if (wanted.contains(code)) {
      return true;
    }
    for (ControlCode c : wanted) {
      if (c.isPrefixOf(code)) {
        return true;
      }
    }
    return false;
  }

  static List<MissingFact> merge(Map<String, List<ControlCode>> decides, Map<String, String> questions) {
    List<MissingFact> out = new ArrayList<>();
    decides.forEach((p, codes) -> out.add(new MissingFact(p, questions.get(p), codes)));
    out.sort((a, b) -> Integer.compare(b.decides().size(), a.decides().size()));
    return out;
  }

  private static String question(String parameter) {
    return org.dualuse.core.criteria.Parameters.lookup(parameter).map(Parameter::question)
        .orElse("What is the " + parameter + "?");
  }
}

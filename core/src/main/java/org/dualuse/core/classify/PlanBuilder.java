package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.FeaturePolicy;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;

/**
 * The first stage of a {@link ParameterClassifier}: the {@link NodePlan} of every node of a list
 * that has typed criteria, as the class javadoc of the classifier describes them, and the parts they
 * share.
 *
 * <p>A part is made once per criterion and feature policy (and per note, for a release), so that
 * plans sharing an ancestor's criteria or a subtree's share the part, and one evaluation computes it
 * once. The children's criteria are built bottom-up once and reused by every plan, so that leaves
 * keep their identity across plans. Used once, by one thread.
 */
final class PlanBuilder {
  private final ControlList list;
  private final Set<Criterion> releaseLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<PlanPart> parts = new ArrayList<>();
  private final Map<Criterion, Map<FeaturePolicy, PlanPart>> partsByCriterion = new IdentityHashMap<>();
  private final List<NodePlan> plans;

  PlanBuilder(ControlList list) {
    this.list = list;
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
  }

  /** The plans of the nodes with a parametric part, in code order. */
  List<NodePlan> plans() {
    return plans;
  }

  /** Every part made, by id (some belong to no plan kept). */
  List<PlanPart> parts() {
    return parts;
  }

  /** The leaves of the release conditions of parametric decontrol notes, by identity. */
  Set<Criterion> releaseLeaves() {
    return releaseLeaves;
  }

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
    Map<FeaturePolicy, PlanPart> byPolicy = partsByCriterion.computeIfAbsent(criterion, c -> new EnumMap<>(FeaturePolicy.class));
    PlanPart existing = byPolicy.get(policy);
    if (existing != null && existing.release() == release) {
      return existing;
    }
    PlanPart p = new PlanPart(parts.size(), criterion, policy, release, host, List.copyOf(criterion.leaves()),
        release != null && ReleaseClause.statesAllOf(release.text()));
    parts.add(p);
    if (existing == null) {
      byPolicy.put(policy, p);
    }
    return p;
  }
}

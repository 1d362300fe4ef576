package org.dualuse.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Reference;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.ProductKinds.Kind;
import org.dualuse.index.analysis.ProductKinds;

/**
 * The stage that tells goods from software and technology: whether the text describes goods, software
 * or technology (by phrases such as "source code", "know-how", "Konstruktionsdaten"), how much a node
 * of each product group weighs for that kind, and which D or E nodes cover the software or technology
 * for the equipment the text describes (by its code, its product group such as "7A", or "goods
 * specified in this Category").
 *
 * <p>How much a node of another group counts and what a covering node takes are the fitted
 * {@link KindFactors}.
 *
 * <p>Read once per list at construction; immutable and thread-safe.
 */
final class KindRouter {

  private static final Pattern THIS_CATEGORY = Pattern.compile("\\bspecified in this Category\\b");
  private static final Pattern GROUP_REFERENCE = Pattern.compile("(?<![0-9A-Za-z.])([0-9])([A-E])(?![0-9A-Za-z])");

  private final ControlList list;
  /** How much a node of another group counts, and what a covering D or E node takes (fitted, {@link KindFactors}). */
  private final KindFactors factors;
  /** The words that say a text offers software or technology (reviewed data, {@link ProductKinds}). */
  private final ProductKinds.Prepared kinds;
  private final Map<ControlCode, List<ControlCode>> softwareFor = new HashMap<>();
  private final Map<ControlCode, List<ControlCode>> technologyFor = new HashMap<>();
  private final Map<String, List<ControlCode>> groupUsers = new HashMap<>();

  KindRouter(ControlList list, ListAnalyzer analyzer) {
    this(list, analyzer, KindFactors.STANDARD);
  }

  KindRouter(ControlList list, ListAnalyzer analyzer, KindFactors factors) {
    this.list = list;
    this.factors = java.util.Objects.requireNonNull(factors, "factors");
    this.kinds = ProductKinds.standard().prepare(analyzer::terms);
    for (ControlNode node : list.allNodes()) {
      ProductGroup g = node.code().group();
      if (!g.isSoftwareOrTechnology()) {
        continue;
      }
      Map<ControlCode, List<ControlCode>> into = g == ProductGroup.D ? softwareFor : technologyFor;
      for (Reference r : node.references()) {
        if (!r.fromNote() && covers(g, r.target().group())) {
          addUser(into, r.target(), node.code());
        }
      }
      // "equipment specified in 7A or 7B": a whole product group of the category
      Matcher m = GROUP_REFERENCE.matcher(node.text());
      while (m.find()) {
        ProductGroup target = ProductGroup.valueOf(m.group(2));
        if (covers(g, target)) {
          addGroupUser(m.group(1) + target.name(), node.code());
        }
      }
      // "goods specified in this Category": every goods group of the node's own category
      if (THIS_CATEGORY.matcher(node.text()).find()) {
        for (ProductGroup goods : List.of(ProductGroup.A, ProductGroup.B, ProductGroup.C)) {
          addGroupUser(node.code().category().digit() + goods.name(), node.code());
        }
      }
    }
  }

  /**
   * Whether a D or E node that refers to goods of group {@code target} covers them: software covers
   * goods; technology covers goods and the software of D ("technology for the development of
   * software specified in 9D001"), so a description of such technology is led to its E node by the
   * software it names as well as by the equipment.
   */
  private static boolean covers(ProductGroup user, ProductGroup target) {
    return !target.isSoftwareOrTechnology() || (user == ProductGroup.E && target == ProductGroup.D);
  }

  private void addGroupUser(String group, ControlCode user) {
    List<ControlCode> users = groupUsers.computeIfAbsent(group, k -> new ArrayList<>());
    if (!users.contains(user)) {
      users.add(user);
    }
  }

  private static void addUser(Map<ControlCode, List<ControlCode>> into, ControlCode target, ControlCode user) {
    List<ControlCode> users = into.computeIfAbsent(target, c -> new ArrayList<>());
    if (!users.contains(user)) {
      users.add(user);
    }
  }

  /** What the text describes: technology when it has a technology phrase, else software, else goods. */
  Kind kindOf(AnalyzedText text) {
    return kinds.kindOf(text);
  }

  /**
   * The terms of the text's phrases that make it the kind a node of this group is about: the software
   * phrases for D, the technology phrases for E; empty for goods.
   */
  Set<String> kindTermsFor(AnalyzedText text, ProductGroup group) {
    if (group.isSoftwareOrTechnology()) {
      return kinds.termsOf(text, group == ProductGroup.D ? Kind.SOFTWARE : Kind.TECHNOLOGY);
    }
    return Set.of();
  }

  /** The factor a node's retrieval score takes for a text of this kind: D/E nodes lose weight for goods. */
  double groupFactor(ControlCode code, Kind kind) {
    ProductGroup g = code.group();
    double off = factors.offGroup();
    double goods = factors.goodsForSoftware();
    return switch (kind) {
      case GOODS -> g.isSoftwareOrTechnology() ? off : 1.0;
      case SOFTWARE -> g == ProductGroup.D ? 1.0 : g == ProductGroup.E ? off : goods;
      case TECHNOLOGY -> g == ProductGroup.E ? 1.0 : g == ProductGroup.D ? off : goods;
    };
  }

  /**
   * Adds to {@code scored} the D or E nodes (for a software or technology text) that cover the
   * equipment of a retrieved goods node, or (for a technology text) the software of a retrieved D
   * node, each keeping what its own words earned.
   */
  void deriveSoftwareOrTechnology(Map<ControlCode, ScoredNode> scored,
      Map<ControlCode, ListIndex.NodeHit> retrieved, ListIndex.NodeHit hit, Kind kind) {
    ControlCode code = hit.node().code();
    // goods lead to the software and technology for them; software leads to the technology for it
    boolean covered = !code.group().isSoftwareOrTechnology()
        || (code.group() == ProductGroup.D && kind == Kind.TECHNOLOGY);
    if (!covered) {
      return;
    }
    Map<ControlCode, List<ControlCode>> users = kind == Kind.SOFTWARE ? softwareFor : technologyFor;
    Set<ControlCode> derived = new LinkedHashSet<>();
    derived.addAll(users.getOrDefault(code, List.of()));
    for (ControlCode up : code.ancestors()) {
      derived.addAll(users.getOrDefault(up, List.of()));
    }
    ProductGroup wanted = kind == Kind.SOFTWARE ? ProductGroup.D : ProductGroup.E;
    for (ControlCode d : groupUsers.getOrDefault(code.category().digit() + code.group().name(), List.of())) {
      if (d.group() == wanted) {
        derived.add(d);
      }
    }
    for (ControlCode d : derived) {
      list.find(d).ifPresent(node -> {
        ListIndex.NodeHit own = retrieved.get(d);
        // the derived node keeps what its own words earned and adds the equipment's evidence
        double score = hit.score() * factors.derived() + (own == null ? 0 : own.score());
        List<String> words = new ArrayList<>(hit.matchedTerms());
        if (own != null) {
          own.matchedTerms().stream().filter(t -> !words.contains(t)).forEach(words::add);
        }
        ScoredNode s = new ScoredNode(node, score, words, hit.phrases());
        s.derivedFrom = code;
        s.remark(RemarkKind.KIND, List.of(code), List.of(), node.code() + " covers the "
            + (kind == Kind.SOFTWARE ? "software" : "technology") + " for " + code + ", which the text describes");
        ScoredNode old = scored.get(d);
        if (old == null || old.score < score) {
          scored.put(d, s);
        }
      });
    }
  }
}

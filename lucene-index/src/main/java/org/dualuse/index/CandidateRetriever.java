package org.dualuse.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.ProductKinds;

/**
 * The first stage of the hybrid classifier: the best {@value #RETRIEVED} nodes the index finds for
 * the text (a code written in the text and a vocabulary phrase found whole lift their nodes), each
 * weighted for the kind of product the text describes, and for a description of software or
 * technology the D or E nodes that cover the equipment found ({@link KindRouter}).
 *
 * <p>Immutable and thread-safe.
 */
final class CandidateRetriever {

  static final int RETRIEVED = 40;

  private final ListIndex index;
  private final KindRouter kinds;

  CandidateRetriever(ListIndex index, KindRouter kinds) {
    this.index = index;
    this.kinds = kinds;
  }

  /** The nodes found for the product, one scored node per code, in the order found. */
  Collection<ScoredNode> retrieve(ProductReader.Reading product) {
    ProductKinds.Kind kind = product.kind();
    Map<ControlCode, ScoredNode> scored = new LinkedHashMap<>();
    List<ListIndex.NodeHit> hits = index.find(product.text(), RETRIEVED, product.vocabulary());
    Map<ControlCode, ListIndex.NodeHit> retrieved = new HashMap<>();
    for (ListIndex.NodeHit hit : hits) {
      retrieved.put(hit.node().code(), hit);
      ScoredNode found = new ScoredNode(hit.node(), hit.score() * kinds.groupFactor(hit.node().code(), kind),
          hit.matchedTerms(), hit.phrases());
      if (!hit.pointers().isEmpty()) {
        found.pointed = true;
        found.remark(RemarkKind.KIND, List.of(), hit.pointers(),
            "the text names its kind of goods: " + String.join(", ", hit.pointers()));
      }
      add(scored, found);
    }
    if (kind != ProductKinds.Kind.GOODS) {
      for (ListIndex.NodeHit hit : hits) {
        kinds.deriveSoftwareOrTechnology(scored, retrieved, hit, kind);
      }
    }
    return scored.values();
  }

  private static void add(Map<ControlCode, ScoredNode> scored, ScoredNode s) {
    ScoredNode old = scored.get(s.node.code());
    if (old == null || s.score > old.score) {
      if (old != null) {
        s.notes.addAll(0, old.notes);
      }
      scored.put(s.node.code(), s);
    }
  }
}

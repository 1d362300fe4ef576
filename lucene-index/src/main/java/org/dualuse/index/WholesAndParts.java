package org.dualuse.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Reference;

/**
 * The stage that tells a complete item from the part it incorporates: a node whose own text names
 * another node as a part ("imaging cameras incorporating focal plane arrays specified in
 * 6A002.a.3.f") outranks that part when the text describes the whole, and a part is released with a
 * released whole the text fits better.
 *
 * <p>Read once per list at construction; immutable and thread-safe.
 */
final class WholesAndParts {

  /** Per node, the codes its text or an ancestor's within its entry names outside notes ({@link #incorporates}). */
  private final Map<ControlCode, List<ControlCode>> partsNamed;

  WholesAndParts(ControlList list) {
    this.partsNamed = partsNamedBy(list);
  }

  /**
   * The complete item outranks the part it incorporates when the text describes the whole: a node
   * whose own text (or an ancestor's within its entry) names another candidate as what it incorporates
   * ("imaging cameras incorporating focal plane arrays specified in 6A002.a.3.f"), and that matched
   * every word of the text the part matched and more ("camera"), ranks just above the part. A text
   * that names only the part's words stays with the part.
   */
  void preferWholes(List<ScoredNode> ranked) {
    for (ScoredNode whole : ranked) {
      if (!partsNamed.containsKey(whole.node.code())) {
        continue; // most nodes name no other code
      }
      for (ScoredNode part : ranked) {
        if (part == whole || part.score <= whole.score
            || part.node.code().entry().equals(whole.node.code().entry())
            || !incorporates(whole.node, part.node.code())) {
          continue;
        }
        Set<String> wholeWords = new HashSet<>(whole.matchedTerms);
        if (wholeWords.containsAll(part.matchedTerms) && wholeWords.size() > new HashSet<>(part.matchedTerms).size()) {
          whole.score = Math.nextUp(part.score);
          whole.remark(RemarkKind.WHOLE_AND_PART, List.of(part.node.code()), List.of(),
              "the text describes the whole, which incorporates " + part.node.code());
        }
      }
    }
    ranked.sort(ScoredNode.BEST_FIRST);
  }

  /** Whether the node (or an ancestor within its entry) names the code as a part it incorporates. */
  private boolean incorporates(ControlNode whole, ControlCode part) {
    for (ControlCode target : partsNamed.getOrDefault(whole.code(), List.of())) {
      if (target.isPrefixOf(part) || part.isPrefixOf(target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The codes a node's own text or an ancestor's within its entry names (not in a note): the parts it
   * may incorporate, for {@link #preferWholes}; read once at construction.
   */
  private static Map<ControlCode, List<ControlCode>> partsNamedBy(ControlList list) {
    Map<ControlCode, List<ControlCode>> out = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      List<ControlCode> targets = new ArrayList<>();
      List<ControlCode> within = new ArrayList<>();
      within.add(node.code());
      for (ControlCode up : node.code().ancestors()) {
        if (up.entry().equals(node.code().entry())) {
          within.add(up);
        }
      }
      for (ControlCode c : within) {
        list.find(c).ifPresent(n -> {
          for (Reference r : n.references()) {
            if (!r.fromNote()) {
              targets.add(r.target());
            }
          }
        });
      }
      if (!targets.isEmpty()) {
        out.put(node.code(), List.copyOf(targets));
      }
    }
    return out;
  }

  /**
   * A released node's own text names the parts it incorporates ("imaging cameras incorporating
   * focal plane arrays specified in 6A002.a.3.f"); when the text fitted the released whole better
   * than the part, the product is the whole, and the part is released with it.
   */
  void releaseParts(List<ScoredNode> ranked) {
    for (ScoredNode whole : ranked) {
      if (!whole.released) {
        continue;
      }
      for (Reference r : whole.node.references()) {
        if (r.fromNote()) {
          continue;
        }
        for (ScoredNode part : ranked) {
          if (part.viable() && r.target().isPrefixOf(part.node.code()) && part.beforeChecks <= whole.beforeChecks) {
            part.released = true;
            part.score *= NotesAndCriteriaCheck.RELEASED_FACTOR;
            part.remark(RemarkKind.WHOLE_AND_PART, List.of(whole.node.code()), List.of(),
                "released with " + whole.node.code() + ", which incorporates it: the text describes the whole");
          }
        }
      }
    }
  }
}

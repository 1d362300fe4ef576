package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.AnalyzedText;

/**
 * The stage that turns scored nodes into one candidate per entry: per entry the best node, moved
 * down to the deepest descendant the parameters match or, step by step, to the child whose own words
 * (its text, the nodes it refers to, its vocabulary) add most to what the text matched. Only the best
 * {@value #ENTRIES_CHECKED} entries go on; the rest cannot reach the shown candidates after the
 * checks and would cost only time.
 *
 * <p>Immutable and thread-safe.
 */
final class EntryAggregator {

  static final int ENTRIES_CHECKED = 16;

  private final ListIndex index;
  private final ControlList list;
  private final NonPrefixExclusions exclusions;

  EntryAggregator(ListIndex index, NonPrefixExclusions exclusions) {
    this.index = index;
    this.list = index.list();
    this.exclusions = exclusions;
  }

  /**
   * Per entry, the best node, moved down to the descendant the parameters match or, step by step,
   * to the child whose own words add most to what the text matched; best first.
   */
  List<ScoredNode> aggregate(Collection<ScoredNode> all, AnalyzedText text, ParameterSide.View facts) {
    Map<ControlCode, ScoredNode> byEntry = new LinkedHashMap<>();
    for (ScoredNode s : all) {
      ScoredNode old = byEntry.get(s.node.code().entry());
      if (old == null || ScoredNode.BEST_FIRST.compare(s, old) < 0) {
        byEntry.put(s.node.code().entry(), s);
      }
    }
    // the entries that can still reach the shown candidates after the checks; the rest cost only time
    List<ScoredNode> bestPerEntry = new ArrayList<>(byEntry.values());
    bestPerEntry.sort(ScoredNode.BEST_FIRST);
    List<ScoredNode> out = new ArrayList<>();
    // the text's words as every step down reads them: worked out once, not per entry, level and move
    List<String> positive = text.positiveTerms();
    for (ScoredNode best : bestPerEntry.subList(0, Math.min(ENTRIES_CHECKED, bestPerEntry.size()))) {
      ScoredNode chosen = best;
      ControlCode deepestMatch = null;
      for (ControlCode m : facts.mostSpecificMatches(best.node.code())) {
        if (best.node.code().isPrefixOf(m) && (deepestMatch == null || m.depth() > deepestMatch.depth())) {
          deepestMatch = m;
        }
      }
      if (deepestMatch != null && !deepestMatch.equals(best.node.code())) {
        chosen = moveTo(best, list.get(deepestMatch), positive);
      } else {
        chosen = descendByWords(best, positive);
      }
      out.add(chosen);
    }
    out.sort(ScoredNode.BEST_FIRST);
    return out;
  }

  /** A scored node for this node with this score, having matched the text's words that its indexed words have. */
  ScoredNode textOnly(ControlNode node, AnalyzedText text, double score) {
    return textOnly(node, text.positiveTerms(), score);
  }

  /** As {@link #textOnly(ControlNode, AnalyzedText, double)}, given the text's {@link AnalyzedText#positiveTerms}. */
  private ScoredNode textOnly(ControlNode node, List<String> positive, double score) {
    ListIndex.NodeWords words = index.wordsOf(node.code());
    List<String> matched = new ArrayList<>();
    if (words != null) {
      for (String t : positive) {
        if (words.all().contains(t)) {
          matched.add(t);
        }
      }
    }
    return new ScoredNode(node, score, matched, List.of());
  }

  private ScoredNode moveTo(ScoredNode from, ControlNode to, List<String> positive) {
    ScoredNode moved = textOnly(to, positive, from.score);
    moved.phrases.addAll(from.phrases);
    for (String t : from.matchedTerms) {
      if (!moved.matchedTerms.contains(t)) {
        moved.matchedTerms.add(t);
      }
    }
    moved.notes.addAll(from.notes);
    moved.checkedAlso(from);
    moved.pointed = from.pointed;
    moved.derivedFrom = from.derivedFrom;
    return moved;
  }

  private ScoredNode descendByWords(ScoredNode from, List<String> positive) {
    ScoredNode at = from;
    while (!at.node.children().isEmpty()) {
      // only the text's words the node has not matched yet can draw it down, in text order
      Set<String> have = new HashSet<>(at.matchedTerms);
      List<String> open = new ArrayList<>();
      for (String t : positive) {
        if (!have.contains(t)) {
          open.add(t);
        }
      }
      if (open.isEmpty()) {
        break;
      }
      double[] idf = new double[open.size()];
      for (int i = 0; i < idf.length; i++) {
        idf[i] = index.idf(open.get(i));
      }
      ControlNode bestChild = null;
      double bestGain = 0;
      for (ControlNode child : at.node.children()) {
        ListIndex.NodeWords words = index.wordsOf(child.code());
        if (words == null) {
          continue;
        }
        double gain = 0;
        Set<String> excluded = exclusions.excludedBy(child.code());
        for (int i = 0; i < idf.length; i++) {
          String t = open.get(i);
          if (words.all().contains(t) && !excluded.contains(t)) {
            gain += idf[i];
          }
        }
        if (gain > bestGain) {
          bestGain = gain;
          bestChild = child;
        }
      }
      if (bestChild == null) {
        break;
      }
      at = moveTo(at, bestChild, positive);
    }
    return at;
  }
}

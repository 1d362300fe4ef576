package org.dualuse.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.Remark;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlNode;

/**
 * A node under consideration while one product is classified: its running score and what the
 * stages found about it (the words it matched, the notes that released or redirected it, the truth
 * of its criteria). Each stage of {@link HybridClassifier} reads and adjusts it in turn; it is made
 * and dropped within one classification and never shared between threads.
 */
final class ScoredNode {

  /** Best first: the higher score, ties in code order. */
  static final Comparator<ScoredNode> BEST_FIRST = (a, b) -> {
    int c = Double.compare(b.score, a.score);
    return c != 0 ? c : a.node.code().compareTo(b.node.code());
  };

  final ControlNode node;
  double score;
  final List<String> matchedTerms;
  final List<String> phrases;
  /** The remarks on it, in the order the stages made them: the notes checked and what else moved it. */
  final List<Remark> notes = new ArrayList<>();
  /**
   * The notes of the list checked for it that released, redirected or were shown in part, as data
   * (the parametric ones the facts decided are in {@link #findings}); empty and shared until one is added.
   */
  List<NoteCheck> checks = List.of();
  /** The decontrol notes decided by words read for it that did not apply; worked out when first read. */
  List<NoteCheck> notApplied = List.of();
  boolean released;
  boolean failed;
  /** Sent here by an N.B. whose words the text has: the note's words are evidence of their own. */
  boolean redirected;
  /** A retrieval pointer (a product type of its subject) in the text points at it. */
  boolean pointed;
  boolean exclusionChecked;
  boolean excluded;
  double beforeExclusion;
  double beforeChecks;
  Optional<Truth> truth = Optional.empty();
  ParameterSide.Findings findings = ParameterSide.Findings.NONE;
  /**
   * For a software or technology node found through the goods the text describes (as {@link
   * KindRouter} derives it), those goods; null otherwise.
   */
  ControlCode derivedFrom;

  ScoredNode(ControlNode node, double score, List<String> matchedTerms, List<String> phrases) {
    this.node = node;
    this.score = score;
    this.matchedTerms = new ArrayList<>(matchedTerms);
    this.phrases = new ArrayList<>(phrases);
  }

  /** Adds a remark: what it is about, the other nodes it names, the words of the text it rests on. */
  void remark(RemarkKind kind, List<ControlCode> codes, List<String> words, String line) {
    notes.add(new Remark(kind, codes, words, line));
  }

  /** Records a note checked for it. */
  void check(NoteCheck check) {
    if (checks.isEmpty()) {
      checks = new ArrayList<>(2);
    }
    checks.add(check);
  }

  /** Takes over the notes checked for another scored node of the same product, after its own. */
  void checkedAlso(ScoredNode other) {
    for (NoteCheck c : other.checks) {
      check(c);
    }
  }

  /** Not released by a note, failed by the facts or excluded by its own text: it can still decide. */
  boolean viable() {
    return !released && !failed && !excluded;
  }
}

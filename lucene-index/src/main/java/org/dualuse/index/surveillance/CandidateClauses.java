package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;
import org.dualuse.core.parse.CyberSurveillanceRule;
import org.dualuse.core.parse.ListProfile;

/**
 * Finds the release clauses of the cyber-surveillance notes that concern a candidate and prepares
 * them for matching ({@link PreparedReleaseClause}): the clauses of the notes held by surveillance
 * nodes of the candidate's entry, and for software or technology that serves a surveillance item,
 * those of the item's entry too. Immutable and thread-safe.
 */
final class CandidateClauses {

  private final ReleaseCueSupplement supplement;

  CandidateClauses(ReleaseCueSupplement supplement) {
    this.supplement = supplement;
  }

  /** The clauses that concern the candidate, in the order they are checked. */
  List<PreparedReleaseClause> of(ControlNode candidate, ControlList list) {
    ControlCode code = candidate.code();
    CyberSurveillanceRule rule = ListProfile.of(list.id()).cyberSurveillance();
    List<ControlNode> chain = new ArrayList<>();
    chain.add(candidate);
    chain.addAll(list.ancestorsOf(code));
    List<PreparedReleaseClause> out = new ArrayList<>();
    addClauses(out, chain.get(chain.size() - 1), code, candidate, list, rule);
    // software or technology "specified in" / "performing the functions of" a surveillance item is
    // released with it: what a note takes out of the item is not the item the software serves
    ProductGroup g = code.group();
    if (g.isSoftwareOrTechnology() && isSurveillance(candidate, rule)) {
      for (ControlNode n : chain) {
        for (ControlCode named : CodesInText.codes(n.text())) {
          Optional<ControlNode> item = list.find(named);
          if (item.isPresent() && isSurveillance(item.get(), rule) && named.group() != g) {
            addClauses(out, list.get(named.entry()), named, candidate, list, rule);
          }
        }
      }
    }
    return out;
  }

  private void addClauses(List<PreparedReleaseClause> out, ControlNode entry, ControlCode concerned,
      ControlNode candidate, ControlList list, CyberSurveillanceRule rule) {
    List<ControlNode> holders = new ArrayList<>();
    entry.forEach(n -> {
      if (isSurveillance(n, rule) && !n.notes().isEmpty()) {
        holders.add(n);
      }
    });
    for (ControlNode holder : holders) {
      for (Note note : holder.notes()) {
        for (SurveillanceClause rc : SurveillanceClause.read(holder.code(), note)) {
          if (rc.concerns(concerned)) {
            out.add(prepare(rc, holder, candidate, list));
          }
        }
      }
    }
  }

  /**
   * The nodes whose notes are read here: cyber-surveillance items and the items grouped with them
   * under one heading (the notes of 5A001.f hang on the heading of both), not the software and
   * technology that merely covers them. A node under a heading of the list's rule counts even when
   * the list was built without its flags.
   */
  private static boolean isSurveillance(ControlNode n, CyberSurveillanceRule rule) {
    CyberSurveillanceScope scope = n.cyberSurveillanceFlag().scope();
    return scope == CyberSurveillanceScope.IS_ITEM || scope == CyberSurveillanceScope.GROUPED_WITH
        || rule.anchorOf(n.code()).isPresent();
  }

  /**
   * The clause with its distinctive words: the words of the holder, its ancestors and the candidate
   * describe the controlled item, not the release, so they are known; a condition of a conjunctive
   * clause does not count the words of its head either.
   */
  private PreparedReleaseClause prepare(SurveillanceClause rc, ControlNode holder, ControlNode candidate, ControlList list) {
    Set<String> known = new HashSet<>(DistinctiveWords.BOILERPLATE);
    known.addAll(DistinctiveWords.stems(holder.text()));
    list.ancestorsOf(holder.code()).forEach(a -> known.addAll(DistinctiveWords.stems(a.text())));
    known.addAll(DistinctiveWords.stems(candidate.text()));
    Set<String> headKnown = new HashSet<>(known);
    DistinctiveWords head = words(rc.head(), known);
    headKnown.addAll(head.stems());
    List<PreparedReleaseClause.Piece> alternatives = new ArrayList<>();
    for (int k = 0; k < rc.alternatives().size(); k++) {
      String alt = rc.alternatives().get(k);
      String en = rc.enumerators().get(k);
      if (rc.conjunctive()) {
        alternatives.add(PreparedReleaseClause.Piece.of(en, alt, words(alt, headKnown)));
        continue;
      }
      // "analogue PMR, IEEE 802.11 WLAN": a comma list names several things; each is an alternative
      // of its own when every part keeps a distinctive word
      List<DistinctiveWords> parts = new ArrayList<>();
      for (String part : alt.split(",\\s+")) {
        parts.add(words(part, known));
      }
      if (parts.size() > 1 && parts.stream().allMatch(w -> !w.stems().isEmpty())) {
        parts.forEach(w -> alternatives.add(PreparedReleaseClause.Piece.of(en, alt, w)));
      } else {
        alternatives.add(PreparedReleaseClause.Piece.of(en, alt, words(alt, known)));
      }
    }
    List<Cue> refusal = new ArrayList<>();
    supplement.defining().forEach((c, cues) -> {
      if (c.isPrefixOf(holder.code()) || holder.code().isPrefixOf(c) || c.isPrefixOf(candidate.code())) {
        refusal.addAll(cues);
      }
    });
    return new PreparedReleaseClause(rc, head, alternatives, refusal);
  }

  /** The distinctive words of a piece of note text, with the supplement's user phrases for it. */
  private DistinctiveWords words(String text, Set<String> known) {
    DistinctiveWords w = DistinctiveWords.of(text, known, List.of());
    return w.withUserPhrases(supplement.userPhrasesFor(w));
  }
}

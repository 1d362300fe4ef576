package org.dualuse.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.Remark;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.surveillance.CyberSurveillanceNotes;

/**
 * The stage that judges each candidate node by what the text and the facts say against or for it,
 * and by the list's notes:
 *
 * <ul>
 *   <li>a word of its own text that the product text negates ("not radiation hardened") weakens it,
 *       as does a condition of an "all of the following" list it needs that the text denies, and a
 *       word its text excludes by "non-" ({@link NonPrefixExclusions});
 *   <li>a decontrol note whose distinctive words the text has ({@link ReleaseNotes}), one whose
 *       conditions must all hold when the text and the facts show every one ({@link AllOfNote}), a
 *       cyber-surveillance release note, or a parametric exclusion the facts meet releases it; a
 *       note of the second kind that the text shows in part is told, and releases nothing;
 *   <li>criteria the facts contradict fail it, and so do thresholds the facts speak to when every one
 *       of them fails and none is met; criteria the facts meet strengthen it;
 *   <li>an N.B. whose words the text has sends the product to the node it names, which is checked in
 *       turn and replaces its entry's candidate when it scores higher.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class NotesAndCriteriaCheck {

  /** The factor of a node whose words the text negates or excludes. */
  static final double NEGATED_FACTOR = 0.3;
  /** The factor of a node a note releases. */
  static final double RELEASED_FACTOR = 0.25;
  private static final double FAILED_FACTOR = 0.3;
  /** The fewest negated own words of a sibling that deny it as a condition. */
  static final int DENIED_CONDITION_WORDS = 2;
  private static final double MATCH_FACTOR = 1.5;
  private static final double REDIRECT_FACTOR = 1.1;

  private final ListIndex index;
  private final ControlList list;
  private final ReleaseNotes releaseNotes;
  private final CyberSurveillanceNotes surveillanceNotes;
  private final NonPrefixExclusions exclusions;
  private final EntryAggregator entries;

  NotesAndCriteriaCheck(ListIndex index, ReleaseNotes releaseNotes, CyberSurveillanceNotes surveillanceNotes,
      NonPrefixExclusions exclusions, EntryAggregator entries) {
    this.index = index;
    this.list = index.list();
    this.releaseNotes = releaseNotes;
    this.surveillanceNotes = surveillanceNotes;
    this.exclusions = exclusions;
    this.entries = entries;
  }

  /** Checks one node: negated words, "non-" exclusions, release notes, and its criteria on the facts. */
  void check(ScoredNode s, ProductReader.Reading product) {
    AnalyzedText text = product.text();
    ParameterSide.View facts = product.facts();
    ControlCode code = s.node.code();
    s.beforeChecks = s.excluded ? s.beforeExclusion : s.score;
    // most texts negate nothing: then the node's words are not looked up at all
    // (the negated terms as read once per product: AnalyzedText.negatedTerms builds the set per call)
    ListIndex.NodeWords words = product.noteTerms().negated().isEmpty() ? null : index.wordsOf(code);
    if (words != null) {
      List<String> negated = negatedOwnWords(words, text);
      if (!negated.isEmpty()) {
        s.score *= NEGATED_FACTOR;
        s.remark(RemarkKind.NEGATION, List.of(), negated,
            "the text negates words of " + code + ": " + String.join(", ", negated));
      } else {
        deniedCondition(code, text).ifPresent(denial -> {
          s.score *= NEGATED_FACTOR;
          s.notes.add(denial);
        });
      }
    }
    exclusions.weakenIfExcluded(s, text);
    ReleaseNotes.Reading notes = releaseNotes.read(list, code, product.noteTerms(), facts);
    Optional<NoteCheck> release = notes.released();
    s.notApplied = notes.notApplied();
    for (NoteCheck partly : notes.partly()) {
      s.notes.add(Remark.of("not released: ", partly));
      s.check(partly);
    }
    if (release.isEmpty()) {
      release = surveillanceNotes.releaseOf(code, product.productText(), list);
    }
    if (release.isEmpty()) {
      release = facts.releasedBy(code).map(d -> NoteCheck.of(d, NoteAction.RELEASED));
    }
    if (release.isPresent()) {
      s.released = true;
      s.score *= RELEASED_FACTOR;
      s.notes.add(Remark.of("released: ", release.get()));
      s.check(release.get());
    }
    s.truth = facts.truthOf(code);
    s.findings = facts.findingsOf(code);
    if (s.derivedFrom != null) {
      forEquipment(s, facts);
    }
    if (s.truth.isPresent()) {
      if (s.truth.get() == Truth.NO_MATCH) {
        s.failed = true;
        s.score *= FAILED_FACTOR;
      } else if (s.findings.contradicted()) {
        // only features keep it open or match it; the thresholds the facts speak to all fail
        s.failed = true;
        s.score *= FAILED_FACTOR;
        s.remark(RemarkKind.FACTS, List.of(), List.of(), "the facts fail its thresholds and meet none");
      } else if (s.truth.get() == Truth.MATCH) {
        s.score *= MATCH_FACTOR;
      }
    }
  }

  /**
   * Software or technology "for" equipment the list specifies covers that equipment only: a node the
   * text reached through the equipment it describes ({@link ScoredNode#derivedFrom}) is held to the
   * equipment's criteria as well as its own. Values the text names that fail the equipment's
   * thresholds and meet none (a three-axis milling machine against 2B001's axes) fail the software for
   * it; typed conditions the facts leave open make the software's answer wait on the same questions.
   * A value no word names is a guess, and fails nothing here either.
   */
  private static void forEquipment(ScoredNode s, ParameterSide.View facts) {
    Optional<Truth> equipment = facts.truthOf(s.derivedFrom);
    if (equipment.isEmpty() || equipment.get() == Truth.MATCH) {
      return;
    }
    Truth own = s.truth.orElse(Truth.MATCH);
    if (own == Truth.NO_MATCH) {
      return;
    }
    ParameterSide.Findings of = facts.findingsOf(s.derivedFrom);
    if (of.contradicted()) {
      s.truth = Optional.of(Truth.NO_MATCH);
      s.remark(RemarkKind.FACTS, List.of(s.derivedFrom), List.of(),
          "the facts fail the criteria of " + s.derivedFrom + ", the equipment it is for");
      s.findings = of;
    } else if (own == Truth.MATCH && !of.questions().isEmpty()) {
      // only typed conditions ask: the equipment's untyped words are what the text's words already matched
      s.truth = Optional.of(Truth.UNKNOWN);
      s.findings = of;
    }
  }

  /**
   * The condition of an "all of the following" list above the node (or at its level) that the text
   * denies, as a note: a sibling item the node needs besides itself (or an item of the sibling's own
   * "all of" list), at least
   * {@value #DENIED_CONDITION_WORDS} of whose own words the text negates ("no relational or
   * contact-network mapping" denies 5A001.j.2.b, "Mapping of the relational network ...", and so every
   * item of 5A001.j). One negated word is not enough: siblings share the list's common words.
   */
  private Optional<Remark> deniedCondition(ControlCode code, AnalyzedText text) {
    ControlCode towards = code;
    for (Optional<ControlNode> parent = list.parentOf(code); parent.isPresent();
        parent = list.parentOf(parent.get().code())) {
      if (parent.get().childLogic() == ChildLogic.ALL_OF) {
        List<ControlNode> required = new ArrayList<>();
        for (ControlNode sibling : parent.get().children()) {
          if (!sibling.code().equals(towards)) {
            addRequired(sibling, required);
          }
        }
        for (ControlNode sibling : required) {
          ListIndex.NodeWords words = index.wordsOf(sibling.code());
          if (words == null) {
            continue;
          }
          List<String> negated = negatedOwnWords(words, text);
          if (negated.size() >= DENIED_CONDITION_WORDS) {
            return Optional.of(new Remark(RemarkKind.NEGATION, List.of(sibling.code(), parent.get().code()), negated,
                "the text denies " + sibling.code() + ", a condition of " + parent.get().code()
                + " that " + code + " needs: " + String.join(", ", negated)));
          }
        }
      }
      towards = parent.get().code();
    }
    return Optional.empty();
  }

  /** The words of a node's own text that the product text negates, as the text writes them. */
  private static List<String> negatedOwnWords(ListIndex.NodeWords words, AnalyzedText text) {
    List<String> negated = new ArrayList<>();
    for (String t : text.negatedTerms()) {
      if (words.own().contains(t)) {
        negated.add(text.surfaceOf(t));
      }
    }
    return negated;
  }

  /** A required item, and the items of its own "all of the following" list, which it requires in turn. */
  private static void addRequired(ControlNode item, List<ControlNode> out) {
    if (item.notUsed()) {
      return;
    }
    out.add(item);
    if (item.childLogic() == ChildLogic.ALL_OF) {
      for (ControlNode child : item.children()) {
        addRequired(child, out);
      }
    }
  }

  /**
   * The candidates with the nodes the N.B.s of the candidates send the product to: each redirected
   * node is checked and takes its entry's place when it scores higher. Not sorted.
   */
  List<ScoredNode> followRedirects(List<ScoredNode> ranked, ProductReader.Reading product) {
    List<ScoredNode> redirected = new ArrayList<>();
    for (ScoredNode s : ranked) {
      for (ReleaseNotes.Redirect r : releaseNotes.redirects(list, s.node.code(), product.noteTerms())) {
        ScoredNode t = entries.textOnly(list.get(r.to()), product.text(), s.score * REDIRECT_FACTOR);
        t.notes.add(new Remark(RemarkKind.NOTE, List.of(r.from()), r.check().decidedBy(),
            "N.B. redirect from " + r.from() + ": " + r.text()));
        t.check(r.check());
        t.redirected = true;
        check(t, product);
        redirected.add(t);
      }
    }
    if (!redirected.isEmpty()) {
      Map<ControlCode, ScoredNode> byEntry = new LinkedHashMap<>();
      for (ScoredNode s : ranked) {
        byEntry.put(s.node.code().entry(), s);
      }
      for (ScoredNode t : redirected) {
        ScoredNode old = byEntry.get(t.node.code().entry());
        if (old == null || t.score > old.score) {
          byEntry.put(t.node.code().entry(), t);
        }
      }
      return new ArrayList<>(byEntry.values());
    }
    return ranked;
  }
}

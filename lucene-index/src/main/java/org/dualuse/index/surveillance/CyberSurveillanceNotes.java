package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.parse.CyberSurveillanceRule;
import org.dualuse.index.knowledge.DataLists;

/**
 * Checks the notes that release cyber-surveillance items against a product text: the 5A001.f Note
 * (analogue PMR and WLAN interception, network operators' equipment, development and production
 * equipment), the 5A001.j Note (marketing, QoS, QoE), the 5D001.e Note (billing, QoS, QoE, mediation
 * devices, mobile payment), the 4D004 Note (authorised updates), 4E001.c Note 1 (vulnerability
 * disclosure, cyber incident response) and the Notes to 5A004.b (development and production
 * equipment; debuggers, logical extraction only, chip-off or JTAG, jail-breaking only).
 *
 * <p>The cues come from the notes' own text in the list, by one rule (see {@link SurveillanceClause} for
 * how a note is read): each alternative of a release clause keeps its <em>distinctive words</em>
 * (compared with plurals folded, not stemmed, so that "operators" does not meet "operates"),
 * the words left after dropping function words, the annex's boilerplate ("equipment", "specially
 * designed", "purposes") and every word of the node that holds the note, its ancestors and the
 * candidate (those describe the controlled item, not the release). An alternative applies when the
 * text has one of its acronyms ({@code QoS}, {@code JTAG}), or at least 60 % of its distinctive
 * words and at least two of them (the only one when it has one). A conjunctive clause ("meeting all
 * the following") needs a word of its head and of every condition it can show; conditions that
 * require something not to be the case cannot be shown from a description and are skipped. An
 * alternative that is "limited to" something is refused when the text also shows the controlled
 * function itself (the {@code defining} cues of the supplement), since then it is not limited.
 *
 * <p>A small supplement ({@code surveillance-release-cues.tsv}) adds the words users write for the
 * notes' words ({@code traffic shaping} for {@code QoS}, {@code Wi-Fi} for {@code WLAN}); its header
 * documents the format. Only candidates at, above or below a cyber-surveillance node are checked
 * (flagged in the list or an anchor of {@link CyberSurveillanceRule}), and only notes held by such
 * nodes in the candidate's entry that concern the candidate.
 *
 * <p>The clauses that concern a candidate are found and prepared by {@link CandidateClauses}, and
 * each is tested by {@link PreparedReleaseClause}. Immutable in what it answers and thread-safe; it remembers the clauses it prepared per list and
 * candidate. {@link #standard()} is loaded once.
 */
public final class CyberSurveillanceNotes {

  /** The bundled supplement, relative to this class. */
  public static final String RESOURCE = "surveillance-release-cues.tsv";

  /**
   * The label of the release a software or technology node's own note makes of what serves a
   * cyber-surveillance item ({@link #releaseOf}).
   */
  public static final String TAKEN_OUT = "release note of what serves a cyber-surveillance item";

  private final ReleaseCueSupplement supplement;
  private final CandidateClauses candidateClauses;
  // per list and candidate code, the clauses to check
  private final PreparedPerNode<List<PreparedReleaseClause>> clauses;

  private CyberSurveillanceNotes(ReleaseCueSupplement supplement) {
    this.supplement = supplement;
    this.candidateClauses = new CandidateClauses(supplement);
    this.clauses = new PreparedPerNode<>((node, list) -> List.copyOf(candidateClauses.of(node, list)));
  }

  /** The checker with the bundled supplement. */
  public static CyberSurveillanceNotes standard() {
    return Standard.NOTES;
  }

  /**
   * Reads a supplement in the format of the bundled one.
   *
   * @param reader the rows
   * @param source the name used in error messages
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static CyberSurveillanceNotes read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return new CyberSurveillanceNotes(ReleaseCueSupplement.read(reader, source));
  }

  /**
   * Whether a note of the list releases the product from this candidate.
   *
   * @param candidate a code the classifier proposes
   * @param productText the product description; null is treated as empty
   * @param list the list the candidate belongs to
   * @return the reason, naming the note and the words of the text that show it applies; empty when
   *     no surveillance release note applies (or the candidate is not a surveillance item or not in
   *     the list)
   */
  public Optional<String> release(ControlCode candidate, String productText, ControlList list) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(list, "list");
    return releaseOf(candidate, ProductText.of(productText), list).map(NoteCheck::line);
  }

  /**
   * As {@link #release(ControlCode, String, ControlList)}, on a text read once, as data: the note
   * that released the candidate, as a {@link NoteCheck} of action {@link NoteAction#RELEASED} whose
   * {@code holder} is the node the note is printed under, {@code label} its label ({@code "Note"},
   * {@code "Note 2"}), {@code kind} empty (a release clause of a note, read by the supplement's
   * rule), {@code codes} the codes the clause releases, {@code decidedBy} the words of the text that
   * show it applies (one for each condition of a clause whose conditions must all hold, one for the
   * alternative that applies otherwise) and {@code line} the reason in words.
   */
  public Optional<NoteCheck> releaseOf(ControlCode candidate, ProductText productText, ControlList list) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(productText, "productText");
    Objects.requireNonNull(list, "list");
    if (productText.isBlank()) {
      return Optional.empty();
    }
    // most candidates are not surveillance items and have no clause
    List<PreparedReleaseClause> clauses = clausesOf(candidate, list);
    Optional<NoteCheck> released = clauses.isEmpty() ? Optional.empty() : test(clauses, productText);
    return released.isPresent() ? released : takenOut(candidate, productText, list);
  }

  /**
   * Software or technology whose own release note takes cyber-surveillance items out of it
   * ({@code 5E002.a}: "does not control technology for items specified in 5A004.b"; its flag is NONE
   * with those items, see {@link CyberSurveillanceRule}) is released when the text shows the
   * controlled function of such an item by the {@code defining} cues of the supplement: one cue for
   * each of the item's all-of conditions that has cues of its own (5A004.b: raw data extracted, and
   * authentication circumvented), else one cue of the item itself.
   */
  private Optional<NoteCheck> takenOut(ControlCode candidate, ProductText productText, ControlList list) {
    Optional<ControlNode> node = list.find(candidate);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    CyberSurveillanceFlag flag = node.get().cyberSurveillanceFlag();
    if (flag.scope() != CyberSurveillanceScope.NONE || flag.items().isEmpty()) {
      return Optional.empty();
    }
    for (ControlCode item : flag.items()) {
      Optional<ControlNode> itemNode = list.find(item);
      List<List<Cue>> conditions = new ArrayList<>();
      if (itemNode.isPresent() && itemNode.get().childLogic() == ChildLogic.ALL_OF) {
        for (ControlNode condition : itemNode.get().children()) {
          List<Cue> cues = supplement.defining().get(condition.code());
          if (cues != null) {
            conditions.add(cues);
          }
        }
      }
      if (conditions.isEmpty() && supplement.defining().containsKey(item)) {
        conditions.add(supplement.defining().get(item));
      }
      List<String> shown = new ArrayList<>();
      for (List<Cue> cues : conditions) {
        cues.stream().map(c -> c.findIn(productText)).flatMap(Optional::stream).findFirst().ifPresent(shown::add);
      }
      if (!conditions.isEmpty() && shown.size() == conditions.size()) {
        String line = "Released by the release note of " + candidate + ", which takes out what serves " + item
            + ": the product text shows the function of " + item + " ("
            + String.join(", ", shown.stream().map(w -> "\"" + w + "\"").toList()) + ").";
        return Optional.of(new NoteCheck(Optional.of(candidate), Optional.empty(), TAKEN_OUT, NoteAction.RELEASED,
            List.of(candidate), shown, List.of(), line));
      }
    }
    return Optional.empty();
  }

  private static Optional<NoteCheck> test(List<PreparedReleaseClause> clauses, ProductText text) {
    for (PreparedReleaseClause clause : clauses) {
      Optional<PreparedReleaseClause.Shown> why = clause.test(text);
      if (why.isPresent()) {
        SurveillanceClause c = why.get().clause();
        return Optional.of(new NoteCheck(Optional.of(c.holder()), Optional.empty(), c.label(), NoteAction.RELEASED,
            c.releases(), why.get().words(), List.of(), why.get().reason()));
      }
    }
    return Optional.empty();
  }

  /** The clauses checked for a candidate, prepared on first use; empty when it is not in the list. */
  private List<PreparedReleaseClause> clausesOf(ControlCode candidate, ControlList list) {
    List<PreparedReleaseClause> found = clauses.get(candidate, list);
    return found == null ? List.of() : found;
  }

  /**
   * The release clauses checked for a candidate, cited as the annex would ({@code 5A001.j Note})
   * with their alternatives; for explanations and tests.
   */
  public List<String> clausesChecked(ControlCode candidate, ControlList list) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(list, "list");
    return list.find(candidate)
        .map(n -> candidateClauses.of(n, list).stream().map(PreparedReleaseClause::describe).toList())
        .orElse(List.of());
  }

  private static final class Standard {
    static final CyberSurveillanceNotes NOTES = load();

    private static CyberSurveillanceNotes load() {
      InputStream in = CyberSurveillanceNotes.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + CyberSurveillanceNotes.class.getName());
      }
      return read(DataLists.declaredFile(in, RESOURCE), RESOURCE);
    }
  }
}

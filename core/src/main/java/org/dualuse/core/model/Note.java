package org.dualuse.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;

/**
 * A note attached to a node of the list.
 *
 * @param kind Note, Technical Note or N.B.
 * @param label the label as printed ("Note 2", "Technical Notes", "N.B."), without the colon
 * @param text the verbatim text after the label
 * @param references the codes the note names, in order of appearance
 * @param releaseClauses the release clauses of the note ("does not control ..."), read once by the
 *     parser ({@link ReleaseClause#readAll}); empty when the note releases nothing. Nearly always one;
 *     two when another note was printed inside this one's text
 * @param releases the codes the note releases; the node it is attached to when it names none
 * @param exclusion for a parametric decontrol note, the condition under which items are released
 *     ("output power of 1 W or less"); empty otherwise
 */
public record Note(
    NoteKind kind,
    String label,
    String text,
    List<ControlCode> references,
    List<ReleaseClause> releaseClauses,
    List<ControlCode> releases,
    Optional<Criterion> exclusion) {
  public Note {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    label = label == null ? "" : label;
    references = references == null ? List.of() : List.copyOf(references);
    releaseClauses = List.copyOf(Objects.requireNonNull(releaseClauses, "releaseClauses"));
    releases = releases == null ? List.of() : List.copyOf(releases);
    exclusion = exclusion == null ? Optional.empty() : exclusion;
  }

  /**
   * A note built by hand (a reader of another format, a test): when {@code decontrol} is true its
   * clauses are read from its text by {@link ReleaseClause#readAll}, or, when the text has no release
   * verb, the whole text is the clause's words.
   */
  public Note(NoteKind kind, String label, String text, List<ControlCode> references, boolean decontrol,
      List<ControlCode> releases, Optional<Criterion> exclusion) {
    this(kind, label, text, references, decontrol ? clausesOf(kind, text) : List.of(), releases, exclusion);
  }

  private static List<ReleaseClause> clausesOf(NoteKind kind, String text) {
    Objects.requireNonNull(text, "text");
    List<ReleaseClause> read = ReleaseClause.readAll(NoteKind.NOTE, text);
    return read.isEmpty() ? List.of(new ReleaseClause("", "", "", text.strip(), 0, false, ReleaseClause.statesAllOf(text)))
        : read;
  }

  /** True when the note releases items ("does not control ..."): it has a release clause. */
  public boolean decontrol() {
    return !releaseClauses.isEmpty();
  }

  /** The note's (first) release clause, or empty when it releases nothing. */
  public Optional<ReleaseClause> releaseClause() {
    return releaseClauses.isEmpty() ? Optional.empty() : Optional.of(releaseClauses.get(0));
  }

  /** The note as printed: label, colon, text. */
  public String fullText() {
    return label.isEmpty() ? text : label + ": " + text;
  }
}

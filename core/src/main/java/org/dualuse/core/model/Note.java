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
 * @param decontrol true when the note releases items ("does not control ...")
 * @param releases the codes the note releases; the node it is attached to when it names none
 * @param exclusion for a parametric decontrol note, the condition under which items are released
 *     ("output power of 1 W or less"); empty otherwise
 */
public record Note(
    NoteKind kind,
    String label,
    String text,
    List<ControlCode> references,
    boolean decontrol,
    List<ControlCode> releases,
    Optional<Criterion> exclusion) {
  public Note {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    label = label == null ? "" : label;
    references = references == null ? List.of() : List.copyOf(references);
    releases = releases == null ? List.of() : List.copyOf(releases);
    exclusion = exclusion == null ? Optional.empty() : exclusion;
  }

  /** The note as printed: label, colon, text. */
  public String fullText() {
    return label.isEmpty() ? text : label + ": " + text;
  }
}

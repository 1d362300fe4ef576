package org.dualuse.core.parse;

import java.util.Map;
import java.util.Objects;

/**
 * What {@link AnnexParser} found and repaired in one publication.
 *
 * @param provisions provision lines read
 * @param entries entries built
 * @param items items built (nodes below the entries)
 * @param notesByKind notes attached, by kind, after repairs
 * @param continuationLines lines that repeated their provision's code and were joined to it
 *     ({@link AnnexParser}, rule 1)
 * @param noteListItems lettered or numbered list items of a note, split by the publisher into fake
 *     sub-codes, put back into the note (rule 2)
 * @param renumberedItems items whose code the publisher printed at the wrong level, moved back
 *     (rule 3, counting every item moved, descendants included)
 * @param notesReattached notes printed under a node other than the one they are about, moved to it
 *     (rule 4)
 * @param duplicateNotesMerged notes printed twice under different nodes that, once moved to the
 *     node they are about, are the same note; both are kept, as the text prints both (rule 4)
 * @param definitions global defined terms read
 * @param quotedTerms distinct "double-quoted" terms used in items and notes (case ignored)
 * @param quotedTermsResolved of those, the ones linked to a definition
 * @param references code references found in items and notes
 */
public record ParseReport(
    int provisions,
    int entries,
    int items,
    Map<String, Integer> notesByKind,
    int continuationLines,
    int noteListItems,
    int renumberedItems,
    int notesReattached,
    int duplicateNotesMerged,
    int definitions,
    int quotedTerms,
    int quotedTermsResolved,
    int references) {
  public ParseReport {
    Objects.requireNonNull(notesByKind, "notesByKind");
    // keep the parser's insertion order, so reports print the same every run (Map.copyOf does not)
    notesByKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notesByKind));
  }

  /** One line for a log. */
  public String summary() {
    return String.format(
        "%d provisions -> %d entries, %d items, notes %s; repairs: %d continuation lines joined, "
            + "%d note list items restored, %d items renumbered, %d notes reattached (%d duplicates merged); "
            + "%d definitions, %d/%d quoted terms resolved, %d references",
        provisions, entries, items, notesByKind, continuationLines, noteListItems, renumberedItems,
        notesReattached, duplicateNotesMerged, definitions, quotedTermsResolved, quotedTerms, references);
  }
}

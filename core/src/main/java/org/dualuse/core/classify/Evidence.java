package org.dualuse.core.classify;

import java.util.List;
import org.dualuse.core.internal.DeferredList;

/**
 * Why a candidate was proposed: the words that matched, the criteria met, failed and unknown, and
 * the notes that apply. Every list holds human-readable strings in a stable order; the criteria may
 * be given as a {@code DeferredList} (the library's own lazily worded list), kept as it is and put into words when first read.
 *
 * @param matchedWords words of the product text found in the node's text or vocabulary
 * @param criteriaMet criteria the facts satisfy, described
 * @param criteriaFailed criteria the facts contradict, described with the value that failed
 * @param criteriaUnknown criteria no fact speaks to
 * @param notes notes that apply (decontrol notes that were checked, N.B. redirections)
 * @param explanation one or two sentences that sum the evidence up
 */
public record Evidence(
    List<String> matchedWords,
    List<String> criteriaMet,
    List<String> criteriaFailed,
    List<String> criteriaUnknown,
    List<String> notes,
    String explanation) {
  public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), "");

  public Evidence {
    matchedWords = matchedWords == null ? List.of() : List.copyOf(matchedWords);
    criteriaMet = unmodifiable(criteriaMet);
    criteriaFailed = unmodifiable(criteriaFailed);
    criteriaUnknown = unmodifiable(criteriaUnknown);
    notes = notes == null ? List.of() : List.copyOf(notes);
    explanation = explanation == null ? "" : explanation;
  }

  /** A copy of the lines; a {@code DeferredList} (the library's own lazily worded list) is kept as it is, so that its lines are put into words when read. */
  private static List<String> unmodifiable(List<String> lines) {
    return lines == null ? List.of() : lines instanceof DeferredList<String> ? lines : List.copyOf(lines);
  }
}

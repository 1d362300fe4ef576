package org.dualuse.index;

import java.util.List;
import java.util.Set;
import org.dualuse.core.criteria.Criterion;

/**
 * A condition of a note whose conditions must all hold, prepared for judging ({@link AllOfNote}):
 * its words, its typed criterion, a list of further conditions, or a condition that could not be
 * read. Each keeps its label and text, by which the verdict names it. Immutable.
 */
sealed interface NoteCondition permits NoteCondition.Words, NoteCondition.Typed, NoteCondition.Group,
    NoteCondition.Unreadable {

  String label();

  String text();

  /**
   * @param words distinctive words the condition states
   * @param orParts its words split where it says "or"
   * @param denied distinctive words the condition negates
   * @param deniedOrParts those split where it says "or"
   */
  record Words(String label, String text, Set<String> words, List<Set<String>> orParts, Set<String> denied,
      List<Set<String>> deniedOrParts) implements NoteCondition {}

  /** A typed condition and, when it names more than its bound, its words. */
  record Typed(String label, String text, Criterion criterion, Words words) implements NoteCondition {}

  /** @param head the words before the list, or null when they say nothing the node does not */
  record Group(String label, String text, boolean all, NoteCondition head, List<NoteCondition> items)
      implements NoteCondition {}

  record Unreadable(String label, String text, String why) implements NoteCondition {}

  /** Longest text of a condition the verdict quotes: enough to tell the conditions apart. */
  int SHOWN_TEXT = 60;

  /** How the verdict names the condition: its label and the start of its text. */
  default String name() {
    String text = text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty() && label().isEmpty()) {
      return "its list";
    }
    if (text.length() > SHOWN_TEXT) {
      text = text.substring(0, SHOWN_TEXT) + "...";
    }
    return (label().isEmpty() ? "" : label() + " ") + "'" + text + "'";
  }
}

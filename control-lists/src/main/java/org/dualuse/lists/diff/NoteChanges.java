package org.dualuse.lists.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;

/**
 * The notes, technical notes and N.B.s that changed between two versions, compared by their full
 * text without typography ({@link TypographyFreeText}):
 *
 * <ul>
 *   <li>a note that one node lost and another node gained with the same wording is one
 *       {@link ChangeKind#NOTE_MOVED} (several alike are paired in annex order) — unless its node
 *       itself moved there ({@link ChangeKind#MOVED}), when the note simply went with it;
 *   <li>then, within one entry, a note lost by one node and gained by another whose wordings differ
 *       only in what names the node — the codes it cites, a scope "For the purpose(s) of CODE" or
 *       "In CODE" at its head, the number in its label ("Note 2:", "Note:") — is a
 *       {@link ChangeKind#NOTE_MOVED} too, with a remark: the consolidated text scopes a note that it
 *       moves to the node it now stands on;
 *   <li>what is left of the notes lost and gained by a node that is in both versions is one
 *       {@link ChangeKind#NOTES_CHANGED} showing those notes only.
 * </ul>
 *
 * The notes of a node removed or added without a counterpart are part of that removal or addition.
 * Stateless and thread-safe.
 */
final class NoteChanges {
  private static final Pattern LABEL_NUMBER =
      Pattern.compile("^(Note|Technical Notes?|N\\.B\\.)\\s*\\d*\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCOPE = Pattern.compile("^([^:]{1,20}:\\s*(?:\\d\\.\\s*)?)(?:For the purposes? of|In)\\s+"
      + "\\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.?(?:\\s+and Note \\d+)?\\s*[,:]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE = Pattern.compile("\\b\\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.?");

  private NoteChanges() {}

  /**
   * The note changes between two lists.
   *
   * @param nodeMoves where the moved nodes went: older code to newer code
   */
  static List<ListChange> between(ControlList from, ControlList to, Map<ControlCode, ControlCode> nodeMoves) {
    Map<ControlCode, List<Note>> lost = new LinkedHashMap<>();
    Map<ControlCode, List<Note>> gained = new LinkedHashMap<>();
    for (ControlNode old : from.allNodes()) {
      List<Note> now = to.find(old.code()).map(ControlNode::notes).orElse(List.of());
      List<Note> gone = minus(old.notes(), now);
      if (!gone.isEmpty()) {
        lost.put(old.code(), new ArrayList<>(gone));
      }
    }
    for (ControlNode node : to.allNodes()) {
      List<Note> before = from.find(node.code()).map(ControlNode::notes).orElse(List.of());
      List<Note> fresh = minus(node.notes(), before);
      if (!fresh.isEmpty()) {
        gained.put(node.code(), new ArrayList<>(fresh));
      }
    }
    List<ListChange> changes = new ArrayList<>();
    pairMoves(lost, gained, nodeMoves, changes, NoteChanges::key, false);
    pairMoves(lost, gained, nodeMoves, changes, NoteChanges::scopeFreeKey, true);
    for (Map.Entry<ControlCode, List<Note>> e : lost.entrySet()) {
      if (to.contains(e.getKey()) && !e.getValue().isEmpty()) {
        changes.add(notesChanged(e.getKey(), e.getValue(), gained.getOrDefault(e.getKey(), List.of())));
      }
    }
    for (Map.Entry<ControlCode, List<Note>> e : gained.entrySet()) {
      boolean shown = lost.containsKey(e.getKey()) && !lost.get(e.getKey()).isEmpty();
      if (from.contains(e.getKey()) && !e.getValue().isEmpty() && !shown) {
        changes.add(notesChanged(e.getKey(), List.of(), e.getValue()));
      }
    }
    return changes;
  }

  /** Pairs notes lost by one node with the same notes gained by another; takes them out of both maps. */
  private static void pairMoves(Map<ControlCode, List<Note>> lost, Map<ControlCode, List<Note>> gained,
      Map<ControlCode, ControlCode> nodeMoves, List<ListChange> changes, Function<Note, String> key,
      boolean sameEntryOnly) {
    Map<String, Deque<ControlCode>> gainedBy = new LinkedHashMap<>();
    gained.forEach((code, notes) -> notes.forEach(
        n -> gainedBy.computeIfAbsent(key.apply(n), k -> new ArrayDeque<>()).add(code)));
    for (Map.Entry<ControlCode, List<Note>> e : lost.entrySet()) {
      ControlCode from = e.getKey();
      for (Note note : List.copyOf(e.getValue())) {
        Deque<ControlCode> targets = gainedBy.getOrDefault(key.apply(note), new ArrayDeque<>());
        Optional<ControlCode> found = targets.stream()
            .filter(t -> !sameEntryOnly || (!t.equals(from) && t.entry().equals(from.entry()))).findFirst();
        if (found.isEmpty()) {
          continue;
        }
        ControlCode target = found.get();
        targets.remove(target);
        e.getValue().remove(note);
        List<Note> there = gained.get(target);
        Note arrived = there.stream().filter(n -> key.apply(n).equals(key.apply(note))).findFirst().orElseThrow();
        there.remove(arrived);
        if (!target.equals(nodeMoves.get(from))) {
          String remark = key(note).equals(key(arrived)) ? "" : "moved with its wording scoped to the node it stands on now";
          changes.add(new ListChange(ChangeKind.NOTE_MOVED, from, Optional.of(target), note.fullText(),
              arrived.fullText(), remark));
        }
      }
    }
  }

  private static ListChange notesChanged(ControlCode code, List<Note> before, List<Note> after) {
    return new ListChange(ChangeKind.NOTES_CHANGED, code, Optional.empty(), join(before), join(after));
  }

  private static String join(List<Note> notes) {
    return notes.stream().map(Note::fullText).collect(Collectors.joining("\n"));
  }

  /** The notes of {@code side} that {@code other} does not have as often, typography aside. */
  private static List<Note> minus(List<Note> side, List<Note> other) {
    List<String> left = new ArrayList<>(other.stream().map(NoteChanges::key).toList());
    List<Note> out = new ArrayList<>();
    for (Note n : side) {
      if (!left.remove(key(n))) {
        out.add(n);
      }
    }
    return out;
  }

  private static String key(Note note) {
    return TypographyFreeText.of(note.fullText());
  }

  /** The wording without what names its node: the label's number, a scope at its head, the codes. */
  private static String scopeFreeKey(Note note) {
    String s = LABEL_NUMBER.matcher(note.fullText()).replaceFirst("$1:");
    s = SCOPE.matcher(s).replaceFirst("$1");
    return TypographyFreeText.of(CODE.matcher(s).replaceAll("#"));
  }
}

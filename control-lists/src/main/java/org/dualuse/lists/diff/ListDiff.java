package org.dualuse.lists.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;

/**
 * What changed between two versions of a list, node by node, judged on the model without the noise
 * of printing and reading.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>a code only in the newer list is {@link ChangeKind#ADDED}, one only in the older list
 *       {@link ChangeKind#REMOVED};
 *   <li>a removed and an added node with the same wording (typography aside), where that wording
 *       occurs once among the removed and once among the added nodes and is not a placeholder ("Not
 *       used"), is one node {@link ChangeKind#MOVED} (renumbered) instead;
 *   <li>a removed item whose wording now stands as a row of a table in its parent's text, under its
 *       old label, {@link ChangeKind#BECAME_TABLE_ROW} instead ({@link TableRows}); the rows are not
 *       counted as a change of the parent's wording;
 *   <li>for a code in both lists, the wording is compared without typography:
 *       {@link ChangeKind#TEXT_CHANGED}. The normalisations, exactly: quote, dash, micro, times and
 *       degree glyphs (including the 2021 PDF's {@code 100oC} and its lost degree signs), spacing,
 *       digit grouping, hyphen or space between words, a comma before a word, footnote markers
 *       ({@code 1988 (6)}, {@code 19881}), case, -ize/-ise spelling, aluminum/aluminium and
 *       airfoil/aerofoil, final punctuation and a final "; or" — listed in full in
 *       {@link TypographyFreeText};
 *   <li>its thresholds: {@link ChangeKind#THRESHOLD_CHANGED} as {@link ThresholdChange} judges —
 *       never when the wordings are the same without typography, never for a bound both texts state
 *       alike (a reading of "better" or a misprint), and from the quantities the texts state, with a
 *       remark, when the criteria are untyped;
 *   <li>its notes, technical notes and N.B.s ({@link NoteChanges}): a note that stands on another
 *       node now is {@link ChangeKind#NOTE_MOVED}; notes added, removed or reworded are
 *       {@link ChangeKind#NOTES_CHANGED}.
 * </ul>
 *
 * Changes are ordered by code in annex order, then by kind. Immutable and thread-safe.
 */
public final class ListDiff {
  /** Wordings shorter than this say too little to identify a moved item ("Not used", "Pressure"). */
  private static final int MIN_MOVED_TEXT = 25;

  private final String fromId;
  private final String toId;
  private final List<ListChange> changes;

  private ListDiff(String fromId, String toId, List<ListChange> changes) {
    this.fromId = fromId;
    this.toId = toId;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a list.
   *
   * @param from the older version
   * @param to the newer version
   * @return the differences
   * @throws NullPointerException when either list is null
   */
  public static ListDiff between(ControlList from, ControlList to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<ListChange> changes = new ArrayList<>();
    Map<ControlCode, ControlNode> removed = new LinkedHashMap<>();
    Map<ControlCode, ControlNode> added = new LinkedHashMap<>();
    for (ControlNode old : from.allNodes()) {
      if (!to.contains(old.code())) {
        removed.put(old.code(), old);
      }
    }
    for (ControlNode node : to.allNodes()) {
      if (!from.contains(node.code())) {
        added.put(node.code(), node);
      }
    }
    TableRows rows = new TableRows(removed, to);
    changes.addAll(rows.changes());
    for (ControlNode old : from.allNodes()) {
      Optional<ControlNode> now = to.find(old.code());
      if (now.isEmpty()) {
        continue;
      }
      ControlNode node = now.get();
      boolean sameWording = TypographyFreeText.of(old.text()).equals(TypographyFreeText.of(rows.withoutRows(node)));
      if (!sameWording) {
        changes.add(new ListChange(ChangeKind.TEXT_CHANGED, old.code(), Optional.empty(), old.text(), node.text()));
      }
      ThresholdChange.of(old, node, sameWording).ifPresent(changes::add);
    }
    Map<ControlCode, ControlCode> moves = matchMoves(removed, added, changes);
    changes.addAll(NoteChanges.between(from, to, moves));
    removed.values().forEach(n -> changes.add(
        new ListChange(ChangeKind.REMOVED, n.code(), Optional.empty(), n.text(), "")));
    added.values().forEach(n -> changes.add(
        new ListChange(ChangeKind.ADDED, n.code(), Optional.empty(), "", n.text())));
    changes.sort(Comparator.comparing(ListChange::code).thenComparing(ListChange::kind));
    return new ListDiff(from.id(), to.id(), changes);
  }

  /**
   * Pairs removed and added nodes whose wording is the same and unique on both sides.
   *
   * @return where each moved node went, older code to newer code
   */
  private static Map<ControlCode, ControlCode> matchMoves(Map<ControlCode, ControlNode> removed,
      Map<ControlCode, ControlNode> added, List<ListChange> changes) {
    Map<ControlCode, ControlCode> moves = new HashMap<>();
    Map<String, List<ControlNode>> removedByText = byText(removed);
    Map<String, List<ControlNode>> addedByText = byText(added);
    for (Map.Entry<String, List<ControlNode>> e : removedByText.entrySet()) {
      List<ControlNode> candidates = addedByText.get(e.getKey());
      if (e.getValue().size() == 1 && candidates != null && candidates.size() == 1) {
        ControlNode old = e.getValue().get(0);
        ControlNode now = candidates.get(0);
        changes.add(new ListChange(ChangeKind.MOVED, old.code(), Optional.of(now.code()), old.text(), now.text()));
        moves.put(old.code(), now.code());
        removed.remove(old.code());
        added.remove(now.code());
      }
    }
    return moves;
  }

  private static Map<String, List<ControlNode>> byText(Map<ControlCode, ControlNode> nodes) {
    Map<String, List<ControlNode>> out = new HashMap<>();
    for (ControlNode node : nodes.values()) {
      String text = TypographyFreeText.of(node.text());
      if (text.length() >= MIN_MOVED_TEXT && !node.notUsed()) {
        out.computeIfAbsent(text, k -> new ArrayList<>()).add(node);
      }
    }
    return out;
  }

  public String fromId() {
    return fromId;
  }

  public String toId() {
    return toId;
  }

  /** Every change, by code in annex order. */
  public List<ListChange> changes() {
    return changes;
  }

  /** The changes of one kind, by code. */
  public List<ListChange> changes(ChangeKind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** Codes only in the newer list, entries and items. */
  public List<ControlCode> added() {
    return codes(ChangeKind.ADDED);
  }

  /** Codes only in the older list, entries and items (moved ones excluded). */
  public List<ControlCode> removed() {
    return codes(ChangeKind.REMOVED);
  }

  /** Entries (not items) only in the newer list. */
  public List<ControlCode> addedEntries() {
    return added().stream().filter(ControlCode::isEntry).toList();
  }

  /** Entries (not items) only in the older list. */
  public List<ControlCode> removedEntries() {
    return removed().stream().filter(ControlCode::isEntry).toList();
  }

  /** How many changes there are of each kind (every kind present, zero when none). */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      out.put(kind, 0);
    }
    changes.forEach(c -> out.merge(c.kind(), 1, Integer::sum));
    return Collections.unmodifiableMap(out);
  }

  private List<ControlCode> codes(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).map(ListChange::code).toList();
  }

  @Override
  public String toString() {
    return "ListDiff[" + fromId + " -> " + toId + ", " + counts() + "]";
  }
}

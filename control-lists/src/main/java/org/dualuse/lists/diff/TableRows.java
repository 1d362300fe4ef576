package org.dualuse.lists.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;

/**
 * Items that became rows of a table in their parent's text. The consolidated text prints some short
 * lists as a table inside the parent's wording, one line a row, {@code a. Total Dose | 5× 103 Gy
 * (silicon);}, where the older text had sub-items ({@code 4A001.a.2.a}). A removed item is a row
 * when its parent is in the newer list and a line of the parent's text starts with the item's last
 * code segment and a full stop and, with its cell separators ({@code |}) read as spaces, has the
 * item's wording (typography aside).
 *
 * <p>Not thread-safe: one instance serves one diff.
 */
final class TableRows {
  private static final Pattern ROW = Pattern.compile("^([a-z0-9]{1,3})\\.\\s+(.+)$");

  private final List<ListChange> changes = new ArrayList<>();
  private final Map<ControlCode, List<String>> rowLinesByParent = new HashMap<>();

  /**
   * Finds the removed items that became table rows, takes them out of {@code removed} and keeps
   * their changes.
   */
  TableRows(Map<ControlCode, ControlNode> removed, ControlList to) {
    for (ControlNode old : List.copyOf(removed.values())) {
      Optional<ControlCode> parentCode = old.code().parent();
      Optional<ControlNode> parent = parentCode.flatMap(to::find);
      if (parent.isEmpty()) {
        continue;
      }
      String label = old.code().path().get(old.code().path().size() - 1);
      String wording = TypographyFreeText.of(old.text());
      for (String line : parent.get().text().split("\n")) {
        Matcher m = ROW.matcher(line.strip());
        if (m.matches() && m.group(1).equals(label)
            && TypographyFreeText.of(m.group(2).replace('|', ' ')).equals(wording)) {
          changes.add(new ListChange(ChangeKind.BECAME_TABLE_ROW, old.code(), parentCode, old.text(), line.strip()));
          rowLinesByParent.computeIfAbsent(parentCode.get(), k -> new ArrayList<>()).add(line);
          removed.remove(old.code());
          break;
        }
      }
    }
  }

  /** One {@link ChangeKind#BECAME_TABLE_ROW} change per item found. */
  List<ListChange> changes() {
    return changes;
  }

  /** The node's text without the rows that stand for items of the older list. */
  String withoutRows(ControlNode node) {
    List<String> rows = rowLinesByParent.get(node.code());
    if (rows == null) {
      return node.text();
    }
    List<String> kept = new ArrayList<>();
    for (String line : node.text().split("\n")) {
      if (!rows.contains(line)) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }
}

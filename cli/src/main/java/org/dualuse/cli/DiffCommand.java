package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.diff.ChangeKind;
import org.dualuse.lists.diff.ListChange;
import org.dualuse.lists.diff.ListDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dualuse diff --from ID --to ID}: what changed between two versions of a list, as
 * {@link ListDiff} judges it: wording compared without typography (the normalisations are listed
 * there), thresholds by their bounds and never when only the reading differs, notes that changed
 * node reported as moved, the same wording under a new code a move, items that became rows of their
 * parent's table reported as such.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows what changed between two versions of a list: entries and items added, removed, "
        + "reworded (typography ignored), thresholds and notes changed, items and notes moved or renumbered, "
        + "items become table rows.")
final class DiffCommand implements Callable<Integer> {
  /** Longest text shown per change in the readable output. */
  private static final int SHOWN = 110;
  /** Characters shown before the first difference of a reworded text. */
  private static final int CONTEXT = 30;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", description = "The older list (default: ${DEFAULT-VALUE}).",
      defaultValue = ControlLists.EU_2021)
  String from;

  @Option(names = "--to", description = "The newer list (default: the --list value).")
  String to;

  @Option(names = "--list", description = "The newer list when --to is not given (default: ${DEFAULT-VALUE}).",
      defaultValue = ControlLists.EU_ALIAS)
  String list;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    ControlList older = ControlLists.get(from);
    ControlList newer = ControlLists.get(to == null ? list : to);
    ListDiff diff = ListDiff.between(older, newer);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(diff));
    } else {
      print(out, diff);
    }
    return 0;
  }

  private static ObjectNode document(ListDiff diff) {
    ObjectNode doc = Json.object();
    doc.put("from", diff.fromId());
    doc.put("to", diff.toId());
    codes(doc.putArray("added"), diff.added());
    codes(doc.putArray("removed"), diff.removed());
    ArrayNode changed = doc.putArray("changed");
    for (ListChange c : diff.changes()) {
      if (c.kind() == ChangeKind.ADDED || c.kind() == ChangeKind.REMOVED) {
        continue;
      }
      ObjectNode o = changed.addObject();
      o.put("code", c.code().toString());
      o.put("kind", c.kind().name());
      c.movedTo().ifPresent(m -> o.put("movedTo", m.toString()));
      o.put("before", c.before());
      o.put("after", c.after());
      if (!c.remark().isEmpty()) {
        o.put("remark", c.remark());
      }
    }
    codes(doc.putArray("addedEntries"), diff.addedEntries());
    codes(doc.putArray("removedEntries"), diff.removedEntries());
    ObjectNode counts = doc.putObject("counts");
    for (Map.Entry<ChangeKind, Integer> e : diff.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
    doc.put("typographyIgnored", true);
    return doc;
  }

  private static void codes(ArrayNode array, List<ControlCode> codes) {
    codes.forEach(c -> array.add(c.toString()));
  }

  private static void print(PrintWriter out, ListDiff diff) {
    out.printf("%s -> %s (wording compared without typography)%n", diff.fromId(), diff.toId());
    out.println("changes: " + diff.counts());
    out.println("entries added: " + diff.addedEntries());
    out.println("entries removed: " + diff.removedEntries());
    for (ListChange c : diff.changes()) {
      switch (c.kind()) {
        case ADDED -> out.printf("+ %-18s %s%n", c.code(), shorten(c.after()));
        case REMOVED -> out.printf("- %-18s %s%n", c.code(), shorten(c.before()));
        case MOVED -> out.printf("> %-18s now %s: %s%n", c.code(), c.movedTo().orElseThrow(), shorten(c.after()));
        case NOTE_MOVED -> out.printf("> %-18s note now on %s: %s%n", c.code(), c.movedTo().orElseThrow(),
            shorten(c.after()));
        case BECAME_TABLE_ROW -> out.printf("> %-18s now a table row of %s: %s%n", c.code(), c.movedTo().orElseThrow(),
            shorten(c.after()));
        default -> {
          // show the wording from a little before where it starts to differ
          int from = Math.max(0, commonPrefix(c.before(), c.after()) - CONTEXT);
          out.printf("~ %-18s %s%s%n", c.code(), c.kind(), c.remark().isEmpty() ? "" : " (" + c.remark() + ")");
          out.printf("    was: %s%n    now: %s%n", shorten(excerpt(c.before(), from)), shorten(excerpt(c.after(), from)));
        }
      }
    }
    out.flush();
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String excerpt(String text, int from) {
    return from == 0 || from >= text.length() ? text : "…" + text.substring(from);
  }

  private static String shorten(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
  }
}

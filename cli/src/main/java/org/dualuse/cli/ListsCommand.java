package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.ListInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dualuse lists}: the bundled lists with id, title, effective date, entries, source digest and
 * what the source is (the 2021 list is read from Norway's reproduction, not the Official Journal).
 */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Lists the bundled control lists: id, title, effective date, entries, sha256 of the source "
        + "and what that source is.")
final class ListsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--list", description = "Ignored here (every bundled list is shown); accepted like on every command.",
      defaultValue = "eu")
  String list;

  @Override
  public Integer call() {
    List<ListInfo> lists = ControlLists.available();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode doc = Json.object();
      ArrayNode array = doc.putArray("lists");
      for (ListInfo info : lists) {
        ObjectNode o = array.addObject();
        o.put("id", info.id());
        o.put("title", info.title());
        o.put("effectiveDate", info.effectiveDate().toString());
        o.put("entries", info.entries());
        o.put("sha256", info.sha256());
        o.put("source", info.source());
      }
      Json.print(out, doc);
    } else {
      for (ListInfo info : lists) {
        out.printf("%-24s %s  %4d entries  %s%n  %s%n  source: %s%n", info.id(), info.effectiveDate(),
            info.entries(), info.sha256(), info.title(), info.source());
      }
      out.flush();
    }
    return 0;
  }
}

package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dualuse stats}: counts for one list. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts for a list: entries, items, notes by kind, definitions, provisions with quantities"
        + " and with typed criteria, cyber-surveillance codes.")
final class StatsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--list", description = "List id (default: ${DEFAULT-VALUE}).", defaultValue = "eu")
  String listId;

  @Override
  public Integer call() {
    ControlList list = ControlLists.get(listId);
    Map<NoteKind, Integer> notes = new EnumMap<>(NoteKind.class);
    for (NoteKind kind : NoteKind.values()) {
      notes.put(kind, 0);
    }
    QuantityFinder finder = QuantityFinder.standard();
    int withQuantities = 0;
    int withCriteria = 0;
    for (ControlNode node : list.allNodes()) {
      if (!finder.find(node.text()).isEmpty()) {
        withQuantities++;
      }
      if (node.criteria().isPresent()) {
        withCriteria++;
      }
      for (Note note : node.notes()) {
        notes.merge(note.kind(), 1, Integer::sum);
        if (!finder.find(note.text()).isEmpty()) {
          withQuantities++;
        }
        if (note.exclusion().isPresent()) {
          withCriteria++;
        }
      }
    }
    List<String> cyber = list.nodes().filter(ControlNode::cyberSurveillance).map(n -> n.code().toString()).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode doc = Json.object();
      doc.put("list", list.id());
      doc.put("entries", list.entries().size());
      doc.put("items", list.itemCount());
      ObjectNode n = doc.putObject("notes");
      notes.forEach((k, v) -> n.put(k.name(), v));
      doc.put("definitions", list.definitions().size());
      doc.put("provisionsWithQuantities", withQuantities);
      doc.put("provisionsWithCriteria", withCriteria);
      cyber.forEach(doc.putArray("cyberSurveillance")::add);
      doc.put("documents", list.documents().size());
      Json.print(out, doc);
    } else {
      out.printf("list                        %s (%s, in force from %s)%n", list.id(), list.title(), list.effectiveDate());
      out.printf("entries                     %d%n", list.entries().size());
      out.printf("items                       %d%n", list.itemCount());
      out.printf("notes                       %d, technical notes %d, N.B. %d%n", notes.get(NoteKind.NOTE),
          notes.get(NoteKind.TECHNICAL_NOTE), notes.get(NoteKind.NB));
      out.printf("definitions                 %d%n", list.definitions().size());
      out.printf("provisions with quantities  %d%n", withQuantities);
      out.printf("provisions with criteria    %d%n", withCriteria);
      out.printf("cyber-surveillance codes    %d %s%n", cyber.size(), cyber);
      out.flush();
    }
    return 0;
  }
}

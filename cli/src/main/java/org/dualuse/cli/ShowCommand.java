package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermUse;
import org.dualuse.eval.ClassificationJson;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dualuse show CODE}: one node with its text, ancestors, children, notes, terms, references,
 * criteria, flags; {@code cyberSurveillance} is the yes/no flag (scope IS_ITEM or COVERS),
 * {@code cyberSurveillanceFlag} the flag with its scope, the items it speaks of and its reason.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Shows one entry or item: text, ancestors, children, notes, terms, references, criteria, flags.")
final class ShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CODE", description = "A code such as 3A001.b.2.")
  String code;

  @CommandLine.Mixin ListAndFormatOptions options;

  @Override
  public Integer call() {
    ControlList list = ControlLists.get(options.listId);
    ControlCode parsed = ControlCode.parse(code.strip());
    ControlNode node = list.find(parsed).orElseThrow(
        () -> new IllegalArgumentException("list " + list.id() + " has no node " + parsed));
    List<ControlNode> ancestors = list.ancestorsOf(parsed);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode doc = Json.object();
      doc.put("code", node.code().toString());
      doc.put("list", list.id());
      doc.put("text", node.text());
      ArrayNode a = doc.putArray("ancestors");
      ancestors.forEach(n -> a.add(n.code().toString()));
      ArrayNode c = doc.putArray("children");
      node.children().forEach(n -> c.add(n.code().toString()));
      doc.put("childLogic", node.childLogic().name());
      ArrayNode notes = doc.putArray("notes");
      for (Note note : node.notes()) {
        ObjectNode o = notes.addObject();
        o.put("kind", note.kind().name());
        o.put("label", note.label());
        o.put("text", note.text());
        o.put("decontrol", note.decontrol());
        ArrayNode r = o.putArray("releases");
        note.releases().forEach(x -> r.add(x.toString()));
        o.put("exclusion", note.exclusion().map(x -> x.describe()).orElse(null));
        o.set("exclusionTree", note.exclusion().map(CriteriaJson::of).orElse(null));
      }
      ArrayNode terms = doc.putArray("terms");
      for (TermUse t : node.terms()) {
        ObjectNode o = terms.addObject();
        o.put("surface", t.surface());
        o.put("term", t.term());
        o.put("kind", t.kind().name());
      }
      ArrayNode refs = doc.putArray("references");
      for (Reference r : node.references()) {
        ObjectNode o = refs.addObject();
        o.put("target", r.target().toString());
        o.put("surface", r.surface());
        o.put("fromNote", r.fromNote());
      }
      doc.put("criteria", node.criteria().map(x -> x.describe()).orElse(null));
      doc.set("criteriaTree", node.criteria().map(CriteriaJson::of).orElse(null));
      doc.put("notUsed", node.notUsed());
      doc.put("cyberSurveillance", node.cyberSurveillance());
      doc.set("cyberSurveillanceFlag", ClassificationJson.flag(node.cyberSurveillanceFlag()));
      Json.print(out, doc);
    } else {
      out.println(node.code() + "  " + node.text());
      if (!ancestors.isEmpty()) {
        out.println("  under: " + String.join(" < ", ancestors.stream().map(n -> n.code().toString()).toList()));
      }
      if (!node.children().isEmpty()) {
        out.println("  items (" + node.childLogic() + "):");
        node.children().forEach(n -> out.println("    " + n.code() + "  " + n.text().replace('\n', ' ')));
      }
      for (Note note : node.notes()) {
        out.println("  " + (note.decontrol() ? "[decontrol " + note.releases() + "] " : "") + note.fullText());
      }
      if (!node.terms().isEmpty()) {
        out.println("  terms: " + String.join("; ", node.terms().stream()
            .map(t -> t.surface() + (t.resolved() ? " = " + t.term() : " (unresolved)")).toList()));
      }
      if (!node.references().isEmpty()) {
        out.println("  references: " + String.join(", ", node.references().stream().map(r -> r.target().toString()).toList()));
      }
      node.criteria().ifPresent(x -> out.println("  criteria: " + x.describe()));
      if (node.notUsed()) {
        out.println("  (not used)");
      }
      CyberSurveillanceFlag flag = node.cyberSurveillanceFlag();
      if (flag.scope() != CyberSurveillanceScope.NONE || !flag.reason().isEmpty()) {
        out.println("  cyber-surveillance (Article 2(20)): " + flag.scope().description() + ". " + flag.reason());
      }
      out.flush();
    }
    return 0;
  }
}

package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.ListStatistics;
import org.dualuse.core.model.NoteKind;
import org.dualuse.eval.ClassificationJson;
import org.dualuse.index.Vocabulary;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.KnowledgeStatistics;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dualuse stats}: counts for one list. {@code cyberSurveillance} lists the codes that are
 * cyber-surveillance items (scope IS_ITEM); {@code cyberSurveillanceScopes} counts the nodes of each
 * scope, and {@code cyberSurveillanceFlags} gives every flag with its scope, items and reason.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts for a list: entries, items, notes by kind, definitions, provisions with quantities"
        + " and with typed criteria, cyber-surveillance codes, and how much of it the knowledge files cover.")
final class StatsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ListAndFormatOptions options;

  @Override
  public Integer call() {
    ControlList list = ControlLists.get(options.listId);
    ListStatistics stats = ListStatistics.of(list);
    // the vocabulary the classifier searches with: the standard rows and the knowledge's pointers
    KnowledgeStatistics knowledge = KnowledgeStatistics.of(list, Knowledge.standard(),
        Vocabulary.withKnowledge(list).rowsByLanguage());
    Map<NoteKind, Integer> notes = stats.notes();
    List<String> cyber = stats.cyberSurveillance();
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode doc = Json.object();
      doc.put("list", list.id());
      doc.put("entries", list.entries().size());
      doc.put("items", list.itemCount());
      ObjectNode n = doc.putObject("notes");
      notes.forEach((k, v) -> n.put(k.name(), v));
      doc.put("definitions", list.definitions().size());
      doc.put("provisionsWithQuantities", stats.provisionsWithQuantities());
      doc.put("provisionsWithCriteria", stats.provisionsWithCriteria());
      doc.put("provisionsWithQuantitiesTyped", stats.quantitiesTyped());
      doc.put("thresholdProvisions", stats.thresholdProvisions());
      doc.put("thresholdProvisionsTyped", stats.thresholdProvisionsTyped());
      doc.put("thresholdProvisionsPartlyTyped", stats.thresholdProvisionsPartlyTyped());
      doc.put("decontrolNotes", stats.decontrolNotes());
      doc.put("decontrolNotesWithExclusion", stats.decontrolNotesWithExclusion());
      cyber.forEach(doc.putArray("cyberSurveillance")::add);
      ObjectNode scopes = doc.putObject("cyberSurveillanceScopes");
      stats.cyberSurveillanceScopeCounts().forEach((k, v) -> scopes.put(k.name(), v));
      ObjectNode flags = doc.putObject("cyberSurveillanceFlags");
      stats.cyberSurveillanceFlags().forEach((code, f) -> flags.set(code, ClassificationJson.flag(f)));
      doc.put("documents", list.documents().size());
      doc.put("subjects", knowledge.subjects());
      doc.put("subjectCoverage", knowledge.subjectCoverage());
      doc.put("chemicalsWithCas", knowledge.chemicalsWithCas());
      ObjectNode byLanguage = doc.putObject("vocabularyRowsByLanguage");
      knowledge.vocabularyRowsByLanguage().forEach(byLanguage::put);
      Json.print(out, doc);
    } else {
      out.printf("list                        %s (%s, in force from %s)%n", list.id(), list.title(), list.effectiveDate());
      out.printf("entries                     %d%n", list.entries().size());
      out.printf("items                       %d%n", list.itemCount());
      out.printf("notes                       %d, technical notes %d, N.B. %d%n", notes.get(NoteKind.NOTE),
          notes.get(NoteKind.TECHNICAL_NOTE), notes.get(NoteKind.NB));
      out.printf("definitions                 %d%n", list.definitions().size());
      out.printf("provisions with quantities  %d (%d of them typed, %.1f %%)%n", stats.provisionsWithQuantities(),
          stats.quantitiesTyped(), 100 * stats.criteriaCoverage());
      out.printf("provisions with criteria    %d (typed numeric thresholds or ranges)%n", stats.provisionsWithCriteria());
      out.printf("threshold provisions        %d stating a bound: %d typed, %d partly, %.1f %% untyped%n",
          stats.thresholdProvisions(), stats.thresholdProvisionsTyped(), stats.thresholdProvisionsPartlyTyped(),
          100 * stats.thresholdProvisionsUntypedShare());
      out.printf("decontrol notes             %d (%d with a typed release condition)%n", stats.decontrolNotes(),
          stats.decontrolNotesWithExclusion());
      out.printf("cyber-surveillance codes    %d %s%n", cyber.size(), cyber);
      for (CyberSurveillanceScope scope : stats.cyberSurveillanceScopeCounts().keySet()) {
        List<String> codes = stats.cyberSurveillanceFlags().entrySet().stream()
            .filter(e -> e.getValue().scope() == scope).map(Map.Entry::getKey).toList();
        out.printf("  %-25s %d %s%n", scope.description(), codes.size(), codes);
      }
      out.printf("nodes with a subject        %d; goods entries with one %d of %d (%.1f %%)%n", knowledge.subjects(),
          knowledge.goodsEntriesWithSubject(), knowledge.goodsEntries(), 100 * knowledge.subjectCoverage());
      out.printf("chemicals with CAS number   %d%n", knowledge.chemicalsWithCas());
      out.printf("vocabulary rows by language %s%n", knowledge.vocabularyRowsByLanguage());
      out.flush();
    }
    return 0;
  }
}

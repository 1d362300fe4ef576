package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dualuse.core.classify.Classifier;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.index.SearchHit;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dualuse search TEXT}: full-text hits over the nodes of a list. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over the entries and items of a list: words, phrases users write, or a code.")
final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; several words are joined.")
  List<String> words;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int top;

  @CommandLine.Mixin ListAndFormatOptions options;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be 1 or more, was " + top);
    }
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("nothing to search for: give some words or a code");
    }
    // the classifier the CLI keeps per list carries the index; build one only for another classifier
    Classifier classifier = ListClassifiers.forList(options.listId);
    ListIndex index = classifier instanceof HybridClassifier hybrid
        ? hybrid.index() : ListIndex.inMemory(ControlLists.get(options.listId));
    List<SearchHit> hits = index.search(text, top);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode doc = Json.object();
      doc.put("list", index.list().id());
      doc.put("query", text);
      ArrayNode array = doc.putArray("hits");
      for (SearchHit h : hits) {
        ObjectNode o = array.addObject();
        o.put("code", h.code().toString());
        o.put("score", Math.round(h.score() * 10000) / 10000.0);
        o.put("text", h.text());
      }
      Json.print(out, doc);
    } else {
      if (hits.isEmpty()) {
        out.println("no hits for '" + text + "' in " + index.list().id());
      }
      for (SearchHit h : hits) {
        out.printf(Locale.ROOT, "%-16s %8.3f  %s%n", h.code(), h.score(), h.text());
      }
      out.flush();
    }
    return 0;
  }
}

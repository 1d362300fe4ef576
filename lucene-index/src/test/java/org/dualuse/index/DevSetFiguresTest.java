package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The classifier's figures on the team's dev set ({@code benchmarks/.../datasets/dev-eu.jsonl}),
 * printed, with floors so that a change that loses accuracy shows. The decision threshold of
 * {@link HybridClassifier} was tuned on this set; the benchmark module's evaluator gives the full
 * metrics. NEEDS_FACTS counts as listed, as in the evaluator.
 */
class DevSetFiguresTest {
  private static final Path DEV_SET = Path.of("..", "benchmarks", "src", "main", "resources", "datasets", "dev-eu.jsonl");

  @Test
  void devSetFiguresStayAboveTheirFloors() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(DEV_SET), "dev set not found at " + DEV_SET.toAbsolutePath());
    HybridClassifier classifier = HybridClassifier.of(ControlLists.eu());
    ObjectMapper mapper = new ObjectMapper();
    int cases = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int listedCases = 0;
    int top5 = 0;
    int entryTop1 = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(DEV_SET, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = mapper.readTree(line);
      Map<String, String> facts = new LinkedHashMap<>();
      row.path("facts").fields().forEachRemaining(e -> facts.put(e.getKey(), e.getValue().asText()));
      Set<String> expectedEntries = new LinkedHashSet<>();
      row.get("expected").forEach(e -> expectedEntries.add(e.asText().substring(0, 5)));
      Classification c = classifier.classify(new Product(row.get("text").asText(), facts, row.path("lang").asText("")));
      cases++;
      boolean listed = !expectedEntries.isEmpty();
      boolean saysListed = c.decision() != Decision.NOT_LISTED;
      if (listed && saysListed) {
        tp++;
      } else if (saysListed) {
        fp++;
      } else if (listed) {
        fn++;
      } else {
        tn++;
      }
      String topEntry = c.candidates().isEmpty() ? "" : c.candidates().get(0).entry().toString();
      if (listed) {
        listedCases++;
        if (c.candidates().stream().limit(5).anyMatch(k -> expectedEntries.contains(k.entry().toString()))) {
          top5++;
        }
      }
      if (listed ? saysListed && expectedEntries.contains(topEntry) : !saysListed) {
        entryTop1++;
      } else {
        misses.add(row.path("id").asText() + " expected " + expectedEntries + " got " + c.decision() + " " + topEntry);
      }
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
    double top5Recall = top5 / (double) Math.max(1, listedCases);
    double entry = entryTop1 / (double) Math.max(1, cases);
    System.out.printf(Locale.ROOT, "dev set: %d cases, listed P %.3f R %.3f F1 %.3f, not-listed accuracy %.3f, "
        + "top-5 recall of controlled items %.3f, entry top-1 %.3f%n", cases, precision, recall, f1,
        tn / (double) Math.max(1, tn + fp), top5Recall, entry);
    misses.forEach(m -> System.out.println("  miss: " + m));
    double notListedAccuracy = tn / (double) Math.max(1, tn + fp);
    assertTrue(f1 >= 0.86, "listed F1 " + f1);
    assertTrue(recall >= 0.92, "listed recall " + recall);
    assertTrue(notListedAccuracy >= 0.73, "not-listed accuracy " + notListedAccuracy);
    assertTrue(top5Recall >= 0.93, "top-5 recall " + top5Recall);
    assertTrue(entry >= 0.75, "entry top-1 " + entry);
  }
}

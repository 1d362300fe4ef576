package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The surveillance figures on the team's dev set ({@code benchmarks/.../datasets/dev-eu.jsonl}):
 * recall of listed cyber-surveillance items, Article 5 indicators on unlisted surveillance items, and
 * false alarms on protective and other lookalikes. Prints every case it counts; asserts floors so a
 * regression shows.
 */
class SurveillanceDevSetTest {

  record Case(String id, String text, List<String> expected, boolean cyber, String kind) {}

  private static ListIndex index;
  private static HybridClassifier classifier;
  private static List<Case> cases;

  @BeforeAll
  static void open() throws IOException {
    Path file = Path.of("../benchmarks/src/main/resources/datasets/dev-eu.jsonl");
    ObjectMapper json = new ObjectMapper();
    cases = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<String> expected = new ArrayList<>();
      n.path("expected").forEach(e -> expected.add(e.asText()));
      cases.add(new Case(n.path("id").asText(), n.path("text").asText(), expected,
          n.path("cyberSurveillance").asBoolean(false), n.path("kind").asText("")));
    }
    index = ListIndex.inMemory(ControlLists.eu());
    classifier = new HybridClassifier(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void surveillanceFiguresOnTheDevSet() {
    int listedCyber = 0;
    int listedCyberFlagged = 0;
    int unlistedCyber = 0;
    int unlistedCyberIndicated = 0;
    int lookalikes = 0;
    int lookalikeAlarms = 0;
    int notListed = 0;
    int notListedScreenAlarms = 0;
    for (Case c : cases) {
      boolean surveillanceRelated = c.cyber() || c.kind().startsWith("surveillance");
      if (!c.cyber() && c.expected().isEmpty()) {
        notListed++;
        List<?> raised = Article5Screen.standard().screen(c.text());
        if (!raised.isEmpty()) {
          notListedScreenAlarms++;
          System.out.println("SCREEN ALARM " + c.id() + ": " + raised);
        }
      }
      if (!surveillanceRelated) {
        continue;
      }
      Classification r = classifier.classify(Product.of(c.text()));
      boolean flagged = r.decision() != Decision.NOT_LISTED ? r.cyberSurveillance() : !r.article5().isEmpty();
      String top = r.candidates().isEmpty() ? "-" : r.candidates().get(0).code().toString();
      String line = String.format(Locale.ROOT, "%-5s %-22s %-11s top=%-12s cyber=%-5s a5=%s | %s", flagged ? "FLAG" : "-",
          c.kind(), r.decision(), top, r.cyberSurveillance(),
          r.article5().stream().map(a -> a.indicator()).toList(), c.id());
      System.out.println(line);
      if (c.cyber() && !c.expected().isEmpty()) {
        listedCyber++;
        listedCyberFlagged += r.decision() != Decision.NOT_LISTED && r.cyberSurveillance() ? 1 : 0;
      } else if (c.cyber()) {
        unlistedCyber++;
        unlistedCyberIndicated += flagged ? 1 : 0;
      } else {
        lookalikes++;
        lookalikeAlarms += flagged ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "listed cyber-surveillance items flagged: %d/%d%n", listedCyberFlagged, listedCyber);
    System.out.printf(Locale.ROOT, "unlisted surveillance items with an Article 5 signal (or flag): %d/%d%n",
        unlistedCyberIndicated, unlistedCyber);
    System.out.printf(Locale.ROOT, "surveillance lookalikes with a false alarm: %d/%d%n", lookalikeAlarms, lookalikes);
    System.out.printf(Locale.ROOT, "Article 5 screen alone on all not-listed, non-surveillance cases: %d/%d raised%n",
        notListedScreenAlarms, notListed);
    assertTrue(listedCyber > 0 && unlistedCyber > 0 && lookalikes > 0, "the dev set has no surveillance cases");
    assertTrue(unlistedCyberIndicated * 10 >= unlistedCyber * 8, "Article 5 recall fell below 80 %");
    assertTrue(listedCyberFlagged * 10 >= listedCyber * 6, "listed cyber-surveillance recall fell below 60 %");
    assertTrue(lookalikeAlarms * 5 <= lookalikes, "more than 20 % of the lookalikes raise a false alarm");
    assertTrue(notListedScreenAlarms * 20 <= notListed, "the screen raises on more than 5 % of ordinary unlisted items");
  }
}

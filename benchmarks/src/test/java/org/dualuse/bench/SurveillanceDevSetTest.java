package org.dualuse.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.index.surveillance.Article5Screen;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The surveillance figures on the team's dev set ({@code datasets/dev-eu.jsonl}):
 * recall of listed cyber-surveillance items, Article 5 indicators on unlisted surveillance items, and
 * false alarms on protective and other lookalikes. Prints every case it counts; asserts floors so a
 * regression shows.
 */
class SurveillanceDevSetTest {

  private static final Path DEV_SET = Path.of("src", "main", "resources", "datasets", "dev-eu.jsonl");

  private static ListIndex index;
  private static HybridClassifier classifier;
  private static List<LabelledCase> cases;

  @BeforeAll
  static void open() {
    cases = DatasetReader.read(DEV_SET, DatasetFormat.DUALUSE);
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
    for (LabelledCase c : cases) {
      boolean surveillanceRelated = c.cyberSurveillance() || c.kind().startsWith("surveillance");
      if (!c.cyberSurveillance() && c.expected().isEmpty()) {
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
      if (c.cyberSurveillance() && !c.expected().isEmpty()) {
        listedCyber++;
        listedCyberFlagged += r.decision() != Decision.NOT_LISTED && r.cyberSurveillance() ? 1 : 0;
      } else if (c.cyberSurveillance()) {
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

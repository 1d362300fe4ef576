package org.dualuse.bench.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * The hybrid classifier's figures on the team's dev set ({@code datasets/dev-eu.jsonl}), measured by
 * the same reader and evaluator as {@code dualuse eval}, printed, with floors so that a change that
 * loses accuracy shows. The decision threshold of {@link HybridClassifier} was tuned on this set.
 */
class DevSetFiguresTest {
  private static final Path DEV_SET = Path.of("src", "main", "resources", "datasets", "dev-eu.jsonl");

  @Test
  void devSetFiguresStayAboveTheirFloors() {
    List<LabelledCase> cases = DatasetReader.read(DEV_SET, DatasetFormat.DUALUSE);
    EvaluationReport report = new Evaluator(HybridClassifier.of(ControlLists.eu())).evaluate(cases);
    Metrics m = report.overall();
    System.out.printf(Locale.ROOT, "dev set: %d cases, listed P %.3f R %.3f F1 %.3f, not-listed accuracy %.3f, "
        + "top-5 recall of controlled items %.3f, entry top-1 %.3f%n", m.cases(), m.listedPrecision(),
        m.listedRecall(), m.listedF1(), m.notListedAccuracy(), m.top5ControlledRecall(), m.entryTop1());
    report.errors().forEach(r -> System.out.println("  miss: " + r.labelledCase().id() + " expected "
        + r.labelledCase().expected() + " got " + r.classification().decision() + " "
        + (r.classification().candidates().isEmpty() ? "" : r.classification().candidates().get(0).entry())));
    assertTrue(m.listedF1() >= 0.86, "listed F1 " + m.listedF1());
    assertTrue(m.listedRecall() >= 0.92, "listed recall " + m.listedRecall());
    assertTrue(m.notListedAccuracy() >= 0.73, "not-listed accuracy " + m.notListedAccuracy());
    assertTrue(m.top5ControlledRecall() >= 0.93, "top-5 recall " + m.top5ControlledRecall());
    assertTrue(m.entryTop1() >= 0.75, "entry top-1 " + m.entryTop1());
  }
}

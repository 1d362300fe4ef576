package org.dualuse.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MatchedWord;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.Remark;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.eval.CaseResult;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.EvaluationReport;
import org.dualuse.eval.Evaluator;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Metrics;
import org.dualuse.eval.Split;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hybrid classifier's figures on the team's corpus ({@code datasets/corpus-eu.jsonl}), measured by
 * the same reader and evaluator as {@code dualuse eval}, printed for both halves with their gap. The
 * floors are on the {@code check} half only, set a little below what was measured when they were
 * last raised, so that a change that loses accuracy on unseen cases fails the build; {@code tune} is
 * where rules are chosen and has no floor.
 */
class CorpusFiguresTest {
  private static final Path CORPUS = Path.of("src", "main", "resources", "datasets", "corpus-eu.jsonl");
  private static EvaluationReport report;

  private static HybridClassifier classifier;

  @BeforeAll
  static void evaluate() {
    classifier = HybridClassifier.of(ControlLists.eu());
    report = new Evaluator(classifier).evaluate(DatasetReader.read(CORPUS, DatasetFormat.DUALUSE));
    for (Split half : Split.values()) {
      Metrics m = report.split(half).orElseThrow();
      System.out.printf(Locale.ROOT, "corpus %s: %d cases, listed P %.3f R %.3f F1 %.3f, not-listed accuracy %.3f, "
          + "top-5 recall %.3f, entry top-1 %.3f, exact top-1 %.3f, cyber-surveillance recall %.3f%n",
          half.label(), m.cases(), m.listedPrecision(), m.listedRecall(), m.listedF1(), m.notListedAccuracy(),
          m.top5ControlledRecall(), m.entryTop1(), m.exactTop1(), m.cyberSurveillanceRecall());
    }
    System.out.println("gap (check - tune): " + report.splitGap());
    for (Split half : Split.values()) {
      Metrics m = report.split(half).orElseThrow();
      System.out.printf(Locale.ROOT, "corpus %s cyber-surveillance: listed items flagged %.3f, unlisted items with an "
          + "Article 5 indicator %.3f, Article 5 specificity on ordinary unlisted cases %.3f%n", half.label(),
          m.listedCyberSurveillanceRecall(), m.article5Recall(), m.article5Specificity());
    }
  }

  @Test
  void theCheckHalfStaysAboveItsFloors() {
    Metrics m = report.split(Split.CHECK).orElseThrow();
    // measured 2026-12-07 with the fitted decision model, the knowledge and translation vocabulary, the
    // lexicon and the parameter names of German, French and Italian, the criteria extractor at 81.6 %
    // agreement: F1 0.761, not listed 0.791, entry top-1 0.671, exact 0.585, top-5 0.890,
    // cyber-surveillance recall 0.872 (of 39 cases); before the
    // decision model and the knowledge F1 0.672, not listed 0.658, entry 0.553, exact 0.478, top-5
    // 0.799, cyber-surveillance 0.872
    assertTrue(m.listedF1() >= 0.72, "listed F1 " + m.listedF1());
    assertTrue(m.notListedAccuracy() >= 0.75, "not-listed accuracy " + m.notListedAccuracy());
    assertTrue(m.entryTop1() >= 0.63, "entry top-1 " + m.entryTop1());
    assertTrue(m.exactTop1() >= 0.54, "exact top-1 " + m.exactTop1());
    assertTrue(m.top5ControlledRecall() >= 0.85, "top-5 recall " + m.top5ControlledRecall());
    // the decision model is fitted on tune: what tune scores above check is the overfitting left
    // (measured: listed F1 0.798 / 0.761, not-listed accuracy 0.792 / 0.791)
    Metrics tune = report.split(Split.TUNE).orElseThrow();
    assertTrue(tune.listedF1() - m.listedF1() <= 0.05, "listed F1 gap " + (tune.listedF1() - m.listedF1()));
    assertTrue(tune.notListedAccuracy() - m.notListedAccuracy() <= 0.05,
        "not-listed accuracy gap " + (tune.notListedAccuracy() - m.notListedAccuracy()));
    assertTrue(m.cyberSurveillanceRecall() >= 0.84, "cyber-surveillance recall " + m.cyberSurveillanceRecall());
  }

  /**
   * For every case of the corpus and every candidate shown, the evidence's lines are a view of its
   * data: the criteria lines the explanations of the criteria of each truth, the matched words the
   * lines of the word matches, the notes the lines of the remarks (every remark of a note the line
   * of a note checked after its prefix); a word match with a place names the words there.
   */
  @Test
  void everyCandidatesLinesAreAViewOfItsEvidenceData() {
    int candidates = 0;
    int remarks = 0;
    int matches = 0;
    for (CaseResult r : report.results()) {
      String text = r.labelledCase().text();
      for (Candidate c : r.classification().candidates()) {
        Evidence e = c.evidence();
        String at = r.labelledCase().id() + " " + c.code();
        assertEquals(e.met().stream().map(CriterionResult::explanation).toList(), e.criteriaMet(), at);
        assertEquals(e.failed().stream().map(CriterionResult::explanation).toList(), e.criteriaFailed(), at);
        assertEquals(e.unknown().stream().map(CriterionResult::explanation).toList(), e.criteriaUnknown(), at);
        assertEquals(e.wordMatches().stream().map(MatchedWord::line).toList(), e.matchedWords(), at);
        assertEquals(e.remarks().stream().map(Remark::line).toList(), e.notes(), at);
        for (Remark k : e.remarks()) {
          if (k.kind() == RemarkKind.NOTE && !k.line().startsWith("N.B. redirect")) {
            assertTrue(e.notesChecked().stream().anyMatch(n -> k.line().endsWith(n.line())), at + ": " + k.line());
          }
        }
        for (MatchedWord w : e.wordMatches()) {
          if (w.start() >= 0) {
            assertTrue(text.substring(w.start(), w.end()).equalsIgnoreCase(w.words()), at + ": " + w);
          }
        }
        for (NoteCheck n : e.notesNotApplied()) {
          assertEquals(NoteAction.NOT_RELEASED, n.action(), at);
          assertTrue(n.alternatives().stream().allMatch(a -> a.had().size() + a.missing().size() == a.words().size()),
              at + ": " + n);
        }
        candidates++;
        remarks += e.remarks().size();
        matches += e.wordMatches().size();
      }
    }
    assertTrue(candidates > 1000 && remarks > 100 && matches > 1000, candidates + " " + remarks + " " + matches);
  }

  @Test
  void germanProductsOfTheCheckHalfAreFoundAsOftenAsTheLanguageAllows() {
    // measured 2026-12-07: German listed recall on check 0.485 before the lexicon of the annex's words
    // in German (analysis.Lexicon) and the German parameter names, 0.676 with them (English 0.773)
    List<LabelledCase> german = DatasetReader.read(CORPUS, DatasetFormat.DUALUSE).stream()
        .filter(c -> c.split().orElse(Split.ofId(c.id())) == Split.CHECK && c.lang().equals("de")).toList();
    Metrics m = new Evaluator(classifier).evaluate(german).overall();
    assertTrue(german.size() > 150, "German check cases " + german.size());
    assertTrue(m.listedRecall() >= 0.60, "German listed recall on check " + m.listedRecall());
    assertTrue(m.notListedAccuracy() >= 0.75, "German not-listed accuracy on check " + m.notListedAccuracy());
  }

  @Test
  void everyCaseKeepsTheHalfItsIdHashesToExceptTheOldDevSet() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    int devCases = 0;
    for (LabelledCase c : DatasetReader.read(CORPUS, DatasetFormat.DUALUSE)) {
      String line = lines.get(c.line() - 1);
      if (line.contains("\"origin\": \"dev-2026-11\"")) {
        devCases++;
        assertEquals(Split.TUNE, c.split().orElseThrow(), c.id() + ": the dev set was tuned on");
      } else {
        assertEquals(Split.ofId(c.id()), c.split().orElseThrow(), c.id() + ": its half is fixed by its id");
      }
    }
    assertEquals(261, devCases);
  }
}

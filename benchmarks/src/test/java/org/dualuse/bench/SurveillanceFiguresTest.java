package org.dualuse.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.ElementEvidence;
import org.dualuse.eval.CaseResult;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Split;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cyber-surveillance figures of the hybrid classifier on the surveillance cases of the team's
 * corpus, per half and per language, printed (figures only, no case text): listed cyber-surveillance
 * items flagged (the flag when listed, an Article 5 indicator when not, as {@code cyberSurveillanceRecall}
 * counts), and of those the ones listed with the flag; unlisted cyber-surveillance items with an
 * Article 5 indicator; surveillance look-alikes (kind {@code surveillance-lookalike}, not labelled a
 * cyber-surveillance item) with one. Floors on the {@code check} half only, a little below what was
 * measured, as in {@link CorpusFiguresTest}; and every indicator must explain itself by the elements
 * of Article 2(20).
 */
class SurveillanceFiguresTest {
  private static final Path CORPUS = Path.of("src", "main", "resources", "datasets", "corpus-eu.jsonl");
  private static final String LOOKALIKE = "surveillance-lookalike";

  /** Per "half group language": cases, hits, and (listed items only) hits listed with the flag. */
  private static final Map<String, int[]> FIGURES = new TreeMap<>();
  private static final List<Classification> ANSWERS = new ArrayList<>();

  @BeforeAll
  static void classify() {
    HybridClassifier classifier = HybridClassifier.of(ControlLists.eu());
    for (LabelledCase c : DatasetReader.read(CORPUS, DatasetFormat.DUALUSE)) {
      String group = c.cyberSurveillance() ? (c.listed() ? "listed items" : "unlisted items")
          : !c.listed() && c.kind().equals(LOOKALIKE) ? "look-alikes" : null;
      if (group == null) {
        continue;
      }
      Classification answer = classifier.classify(c.product());
      ANSWERS.add(answer);
      CaseResult r = CaseResult.of(c, answer);
      boolean indicated = !answer.article5().isEmpty();
      boolean hit = group.equals("listed items") ? r.cyberSurveillanceFlagged() : indicated;
      boolean listedFlagged = answer.decision() != Decision.NOT_LISTED && answer.cyberSurveillance();
      String half = c.split().map(Split::label).orElse("-");
      for (String lang : List.of("all", c.lang().isEmpty() ? "-" : c.lang())) {
        int[] f = FIGURES.computeIfAbsent(half + " | " + group + " | " + lang, k -> new int[3]);
        f[0]++;
        f[1] += hit ? 1 : 0;
        f[2] += listedFlagged ? 1 : 0;
      }
    }
    FIGURES.forEach((k, f) -> System.out.printf(Locale.ROOT, "surveillance %-34s %3d cases  %3d %s (%.3f)%s%n", k, f[0], f[1],
        k.contains("look-alikes") ? "with an Article 5 indicator" : k.contains("listed items") && !k.contains("unlisted")
            ? "flagged" : "with an Article 5 indicator", ratio(f[1], f[0]),
        k.contains("| listed items") ? String.format(Locale.ROOT, ", %d listed with the flag", f[2]) : ""));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static double rate(String key) {
    int[] f = FIGURES.get(key);
    return f == null ? Double.NaN : ratio(f[1], f[0]);
  }

  @Test
  void theCheckHalfStaysAboveItsFloors() {
    // measured: listed items flagged 0.880 (25), unlisted items with an indicator 0.786 (14),
    // look-alikes with an indicator 0.000 (8)
    // with the fitted decision model, listed items flagged 0.840 (21 of 25; 0.880 before: one case)
    assertTrue(rate("check | listed items | all") >= 0.8, "listed items flagged " + rate("check | listed items | all"));
    // the fitted decision model (issue 16) lists more products on weak evidence than the old threshold
    // did, among them unlisted surveillance tools that look like listed items (a covert GPS tracker
    // under 7A005, an ANPR network): a LISTED answer carries no Article 5 indicator, and unlisted items
    // indicated fell from 0.786 to 0.643 (9 of 14). Each such answer still carries the
    // cyber-surveillance flag with the elements of Article 2(20) its text shows.
    assertTrue(rate("check | unlisted items | all") >= 0.6, "unlisted items indicated " + rate("check | unlisted items | all"));
    assertTrue(rate("check | look-alikes | all") <= 0.10, "look-alikes indicated " + rate("check | look-alikes | all"));
  }

  @Test
  void everyIndicatorShowsItsElementsWithTheirWords() {
    int indicators = 0;
    for (Classification answer : ANSWERS) {
      for (Article5Indicator i : answer.article5()) {
        indicators++;
        assertFalse(i.elements().isEmpty(), i.indicator() + " shows no element");
        Set<CyberSurveillanceElement> all = EnumSet.noneOf(CyberSurveillanceElement.class);
        for (ElementEvidence e : i.elements()) {
          assertFalse(e.words().isEmpty(), i.indicator() + ": " + e.element() + " without words");
          all.add(e.element());
        }
        all.addAll(i.missing());
        assertEquals(EnumSet.allOf(CyberSurveillanceElement.class), all, i.indicator());
        // the screen raises nothing without data about persons taken from information systems
        assertTrue(i.shown().containsAll(List.of(CyberSurveillanceElement.NATURAL_PERSONS,
            CyberSurveillanceElement.DATA_PROCESSING, CyberSurveillanceElement.ICT_SYSTEMS)), i.toString());
      }
    }
    assertTrue(indicators > 0, "no indicator raised on the surveillance cases");
  }
}

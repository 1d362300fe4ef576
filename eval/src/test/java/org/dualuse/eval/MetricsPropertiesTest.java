package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.code.ControlCode;

class MetricsPropertiesTest {

  private static final List<String> CODES = List.of("9A999.a", "9A999.b", "9A998", "3A999", "3B999.a");

  /** Each int picks a label and an answer for one case. */
  private static List<CaseResult> results(List<Integer> picks) {
    ScriptedClassifier classifier = new ScriptedClassifier();
    List<CaseResult> out = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      int p = picks.get(i);
      String text = "case " + i;
      List<ControlCode> expected = p % 6 == 5 ? List.of() : List.of(ControlCode.parse(CODES.get(p % 5)));
      Decision d = Decision.values()[(p / 6) % 3];
      String answer = CODES.get((p / 18) % 5);
      classifier.answer(text, d, answer, CODES.get((p / 90) % 5));
      LabelledCase c = LabelledCase.of(text, text, expected);
      out.add(CaseResult.of(c, classifier.classify(c.product())));
    }
    return out;
  }

  @Property
  void everyRateIsAShareOrUndefined(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    Metrics m = Metrics.of(results(picks));
    m.rates().forEach((k, v) -> assertTrue(Double.isNaN(v) || (v >= 0 && v <= 1), k + " = " + v));
  }

  @Property
  void anExactHitIsAlsoAnEntryHit(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    Metrics m = Metrics.of(results(picks));
    assertTrue(m.exactTop1() <= m.entryTop1());
    assertTrue(m.gradedScore() >= m.exactTop1() - 1e-12, "exact hits earn full credit");
  }

  @Property
  void mrrNeverExceedsTopFiveRecallPlusTheTailOfOneSixth(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    Metrics m = Metrics.of(results(picks));
    if (m.listedCases() > 0) {
      assertTrue(m.mrr() <= m.top5ControlledRecall() + 1.0 / 6 + 1e-12);
    }
  }
}

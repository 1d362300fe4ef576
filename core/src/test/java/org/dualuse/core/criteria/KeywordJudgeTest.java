package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The letter-pair screen must never change an answer of the plain search it saves. */
class KeywordJudgeTest {

  private static final List<String> TEXTS = List.of(
      "Handheld thermal imaging camera, uncooled microbolometer 640 x 512, 8-14 um",
      "GaN MMIC power amplifier 2,9-3,5 GHz, Psat 47,8 dBm",
      "Frequenzumrichter 400 V, 75 kW, Ausgangsfrequenz 0-600 Hz", "", "a", "İstanbul ÄÖÜ spread spectrum");
  private static final List<String> KEYWORDS = List.of("thermal", "imaging camera", "camera", "amplifier", "gan",
      "spread spectrum", "spread", "hz", "a", "", "ausgangsfrequenz", "istanbul", "äöü", "kw,", "x 512", "zz");

  @Test
  void screenAndJudgeAgreeWithThePlainSearch() {
    for (String text : TEXTS) {
      KeywordJudge judge = new KeywordJudge(text);
      String lower = text.toLowerCase(Locale.ROOT);
      for (String k : KEYWORDS) {
        assertEquals(lower.contains(k), judge.contains(k), text + " / " + k);
      }
      for (int i = 0; i < KEYWORDS.size(); i++) {
        for (int j = 0; j < KEYWORDS.size(); j++) {
          Feature f = new Feature("f", List.of(KEYWORDS.get(i), KEYWORDS.get(j)));
          FeatureKeywords screen = FeatureKeywords.of(List.of(f));
          Truth plain = plain(lower, f);
          assertEquals(plain, judge.judge(f), text + " / " + f);
          if (plain != Truth.UNKNOWN) {
            assertEquals(true, screen.mayDecide(judge, 0), "screened out a feature the text decides");
          }
        }
      }
    }
  }

  /** The judge as it was written before the screen. */
  private static Truth plain(String lower, Feature feature) {
    int single = 0;
    for (String k : feature.keywords()) {
      if (lower.contains(k)) {
        if (k.contains(" ")) {
          return Truth.MATCH;
        }
        single++;
      }
    }
    return single >= 2 ? Truth.MATCH : Truth.UNKNOWN;
  }
}

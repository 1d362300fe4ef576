package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the material judge: what naming a material may and may not change. */
class MaterialJudgeProperties {

  private static final List<Feature> MATERIALS = List.of(
      new Feature("Glass", List.of("glass")).asMaterial(),
      new Feature("Graphite or 'carbon graphite'", List.of("carbon graphite", "graphite", "carbon")).asMaterial(),
      new Feature("Silicon carbide", List.of("silicon", "carbide")).asMaterial(),
      new Feature("Titanium carbide", List.of("titanium", "carbide")).asMaterial(),
      new Feature("Fluoropolymers", List.of("fluoropolymers")).asMaterial());
  private static final List<String> WORDS = List.of("glass", "graphite", "carbon", "silicon", "carbide", "titanium",
      "fluoropolymer", "316L", "shell", "tubes", "heat", "exchanger", "5 m2", "EPDM", "gaskets", "lined", "pump",
      "valve", "sintered", "block");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(8).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<List<String>> named() {
    return Arbitraries.of(List.<String>of(), List.of("AISI 316L", "austenitic stainless steel"),
        List.of("PTFE", "fluoropolymer (perfluorinated)"), List.of("sintered silicon carbide", "silicon carbide ceramic"));
  }

  /** Adding a material word to a text never turns a MATCH or an open alternative into NO_MATCH. */
  @Property
  void aWordMoreNeverRulesOutWhatTheTextLeftOpen(@ForAll("texts") String text, @ForAll("named") List<String> named,
      @ForAll("materialWords") String word) {
    for (Feature f : MATERIALS) {
      Truth before = FeatureJudge.keywords(text, named).judge(f);
      Truth after = FeatureJudge.keywords(text + " " + word, named).judge(f);
      if (before != Truth.NO_MATCH) {
        assertNotEquals(Truth.NO_MATCH, after, f.description() + " in '" + text + "' + " + word);
      }
    }
  }

  @Provide
  Arbitrary<String> materialWords() {
    return Arbitraries.of("glass", "graphite", "silicon carbide", "titanium carbide", "fluoropolymer", "carbon");
  }

  /** The rule only ever rules out: where it answers other than NO_MATCH, it answers as the keyword judge. */
  @Property
  void itOnlyRulesOut(@ForAll("texts") String text, @ForAll("named") List<String> named) {
    FeatureJudge keywords = FeatureJudge.keywords(text);
    FeatureJudge judge = FeatureJudge.keywords(text, named);
    for (Feature f : MATERIALS) {
      Truth t = judge.judge(f);
      if (t != Truth.NO_MATCH) {
        assertEquals(keywords.judge(f), t, f.description() + " in '" + text + "'");
      }
    }
  }

  /** With no material named, it is the keyword judge, answer for answer. */
  @Property
  void noMaterialNamedKeepsTodaysAnswers(@ForAll("texts") String text) {
    for (Feature f : MATERIALS) {
      assertEquals(FeatureJudge.keywords(text).judge(f), FeatureJudge.keywords(text, List.of()).judge(f));
    }
  }
}

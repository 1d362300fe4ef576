package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A text that names the material of its item rules out the other material alternatives of a
 * provision, and keeps every alternative it names.
 */
class MaterialJudgeTest {

  private static final Feature GLASS = new Feature("Glass", List.of("glass")).asMaterial();
  private static final Feature GRAPHITE =
      new Feature("Graphite or 'carbon graphite'", List.of("carbon graphite", "graphite", "carbon")).asMaterial();
  private static final Feature SILICON_CARBIDE = new Feature("Silicon carbide", List.of("silicon", "carbide")).asMaterial();
  private static final Feature FLUOROPOLYMERS = new Feature("Fluoropolymers", List.of("fluoropolymers")).asMaterial();
  private static final Feature SPREAD_SPECTRUM = new Feature("employing spread spectrum", List.of("spread", "spectrum"));
  // what a list of materials gives for 316L and for PTFE: designation, class
  private static final List<String> GRADE_316L = List.of("AISI 316L", "austenitic stainless steel");
  private static final List<String> PTFE = List.of("PTFE", "fluoropolymer (perfluorinated)");

  @Test
  void aNamedGradeRulesOutTheMaterialsTheTextDoesNotName() {
    FeatureJudge judge = FeatureJudge.keywords("Plate heat exchanger 316L 5m2 EPDM gaskets", GRADE_316L);
    for (Feature f : List.of(GLASS, GRAPHITE, SILICON_CARBIDE, FLUOROPOLYMERS)) {
      assertEquals(Truth.NO_MATCH, judge.judge(f), f.description());
    }
  }

  @Test
  void aFeatureThatIsNoMaterialIsNeverRuledOut() {
    FeatureJudge judge = FeatureJudge.keywords("Plate heat exchanger 316L 5m2", GRADE_316L);
    assertEquals(Truth.UNKNOWN, judge.judge(SPREAD_SPECTRUM));
    assertEquals(Truth.UNKNOWN, judge.judge(new Feature("Glass", List.of("glass"))), "the same words, unmarked");
  }

  @Test
  void twoNamedMaterialsKeepBoth() {
    FeatureJudge judge = FeatureJudge.keywords("Heat exchanger 316L shell, silicon carbide tubes", GRADE_316L);
    assertEquals(Truth.MATCH, judge.judge(SILICON_CARBIDE));
    assertEquals(Truth.NO_MATCH, judge.judge(GLASS));
    FeatureJudge graphite = FeatureJudge.keywords("Block heat exchanger, graphite blocks, 316L headers", GRADE_316L);
    assertEquals(Truth.UNKNOWN, graphite.judge(GRAPHITE), "named, one keyword: kept open");
  }

  @Test
  void aMaterialNamedByTheClassOfAGradeIsKept() {
    FeatureJudge judge = FeatureJudge.keywords("Pump with 316L casing and PTFE wetted parts", concat(GRADE_316L, PTFE));
    assertEquals(Truth.UNKNOWN, judge.judge(FLUOROPOLYMERS), "PTFE is a fluoropolymer");
    assertEquals(Truth.NO_MATCH, judge.judge(GLASS));
  }

  @Test
  void aLinedOrCoatedTextKeepsEveryAnswer() {
    for (String text : List.of("Reactor vessel 316L shell, glass-lined", "PTFE-lined steel body, 316L flanges",
        "Ventil 1.4404, emailliert", "Column, 316L, enamel coated inside")) {
      FeatureJudge judge = FeatureJudge.keywords(text, GRADE_316L);
      assertTrue(judge instanceof KeywordJudge, text);
      assertNotEquals(Truth.NO_MATCH, judge.judge(GLASS), text);
      assertNotEquals(Truth.NO_MATCH, judge.judge(FLUOROPOLYMERS), text);
    }
  }

  @Test
  void aTextThatNamesNoMaterialKeepsTheKeywordJudge() {
    FeatureJudge judge = FeatureJudge.keywords("Plate heat exchanger 5m2 EPDM gaskets", List.of());
    assertTrue(judge instanceof KeywordJudge);
    assertEquals(Truth.UNKNOWN, judge.judge(GLASS));
  }

  @Test
  void theScreenLetsEveryMaterialFeatureThrough() {
    FeatureJudge judge = FeatureJudge.keywords("Plate heat exchanger 316L", GRADE_316L);
    FeatureKeywords screen = FeatureKeywords.of(List.of(GLASS, SPREAD_SPECTRUM));
    assertTrue(screen.mayDecide(judge, 0), "a material feature may be ruled out without its keywords");
    assertEquals(false, screen.mayDecide(judge, 1), "no keyword of another feature can occur");
  }

  @Test
  void theItemsOfAListOfMaterialsAreMaterials() {
    String leadIn = "Heat exchangers ... where all surfaces that come in direct contact with the chemical(s) being "
        + "processed are made from any of the following materials:";
    Feature plain = new Feature("Silicon carbide", List.of("silicon", "carbide"));
    assertTrue(((Feature) ListedMaterials.marked(plain, leadIn)).material());
    assertSame(plain, ListedMaterials.marked(plain, "Valves having all of the following:"));
    assertSame(plain, ListedMaterials.marked(plain, "Made of or coated with any of the following materials, or "
        + "combination of the following materials, having an impurity level of 2 % or less:"));
    assertSame(plain, ListedMaterials.marked(plain, null));
    Criterion typed = CriteriaExtractor.standard().extract("Nickel or 'alloys' with more than 40 % nickel by weight;",
        leadIn).orElseThrow();
    assertEquals(typed, ListedMaterials.marked(typed, leadIn), "a typed alternative stays as it is");
  }

  @Test
  void theUntypedMaterialsOfOneProvisionAreMaterials() {
    Optional<Criterion> c = CriteriaExtractor.standard().extract("Valves made of or lined with aluminium, nickel, "
        + "fluoropolymers or alloy containing 60 % or more nickel by weight");
    assertTrue(c.isPresent());
    List<Feature> features = c.get().leaves().stream().filter(Feature.class::isInstance).map(Feature.class::cast).toList();
    assertTrue(features.stream().allMatch(Feature::material), features.toString());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}

package org.dualuse.index;

import org.dualuse.index.analysis.ProductKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import java.time.LocalDate;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.model.Reference;
import org.dualuse.index.analysis.ListAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage that tells goods from software and technology, on the synthetic widget list. */
class KindRouterTest {

  private static ListIndex index;
  private static KindRouter router;

  @BeforeAll
  static void open() {
    index = ListIndex.inMemory(WidgetList.list(), WidgetList.vocabulary());
    router = new KindRouter(index.list(), new ListAnalyzer());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static ProductKinds.Kind kindOf(String text) {
    return router.kindOf(index.analyze(text));
  }

  @Test
  void aTextWithoutSoftwareOrTechnologyPhrasesDescribesGoods() {
    assertEquals(ProductKinds.Kind.GOODS, kindOf("Gizmo amplifier, 10 GHz"));
  }

  @Test
  void aSoftwarePhraseMakesTheTextSoftware() {
    assertEquals(ProductKinds.Kind.SOFTWARE, kindOf("Control software for gizmo amplifiers"));
    assertEquals(ProductKinds.Kind.SOFTWARE, kindOf("Quellcode der Steuerung"));
  }

  @Test
  void aTechnologyPhraseMakesTheTextTechnologyEvenBesideSoftware() {
    assertEquals(ProductKinds.Kind.TECHNOLOGY, kindOf("Production know-how for submersible doohickeys"));
    assertEquals(ProductKinds.Kind.TECHNOLOGY, kindOf("Software and design documentation for doohickeys"));
    assertEquals(ProductKinds.Kind.TECHNOLOGY, kindOf("Konstruktionsdaten für Tauchgeräte"));
  }

  @Test
  void eachKindWeighsItsOwnGroupMostAndGoodsWeighDAndELess() {
    ControlCode goods = ControlCode.parse("9A999.b");
    ControlCode software = ControlCode.parse("9D999");
    ControlCode technology = ControlCode.parse("8E996");
    assertTrue(router.groupFactor(goods, ProductKinds.Kind.GOODS) > router.groupFactor(software, ProductKinds.Kind.GOODS));
    assertTrue(router.groupFactor(software, ProductKinds.Kind.SOFTWARE) > router.groupFactor(goods, ProductKinds.Kind.SOFTWARE));
    assertTrue(router.groupFactor(technology, ProductKinds.Kind.TECHNOLOGY)
        > router.groupFactor(software, ProductKinds.Kind.TECHNOLOGY));
  }

  @Test
  void theKindTermsCountOnlyForTheGroupOfThatKind() {
    var text = index.analyze("Control software for gizmo amplifiers");
    assertTrue(!router.kindTermsFor(text, ProductGroup.D).isEmpty());
    assertTrue(router.kindTermsFor(text, ProductGroup.E).isEmpty());
    assertTrue(router.kindTermsFor(text, ProductGroup.A).isEmpty());
  }

  @Test
  void softwareForEquipmentFoundIsDerivedFromTheSoftwareNodeThatRefersToIt() {
    var amplifier = WidgetList.list().get(ControlCode.parse("9A999.b"));
    ListIndex.NodeHit hit = new ListIndex.NodeHit(amplifier, 2.0, List.of("gizmo"), List.of(), List.of());
    Map<ControlCode, ScoredNode> scored = new LinkedHashMap<>();
    router.deriveSoftwareOrTechnology(scored, Map.of(amplifier.code(), hit), hit, ProductKinds.Kind.SOFTWARE);
    assertEquals(List.of(ControlCode.parse("9D999")), List.copyOf(scored.keySet()));
    ScoredNode derived = scored.get(ControlCode.parse("9D999"));
    assertTrue(derived.score > 0 && derived.score < hit.score(), String.valueOf(derived.score));
    assertTrue(derived.notes.get(0).line().contains("software for 9A999.b"), derived.notes.toString());
  }

  @Test
  void technologyForSoftwareIsDerivedFromTheSoftwareNodeFoundButSoftwareFromNoTechnologyNode() {
    ControlNode software = node("9D999", "\"Software\" specially designed for the \"use\" of widgets.");
    ControlNode technology = new ControlNode(ControlCode.parse("9E999"),
        "\"Technology\" for the \"development\" of \"software\" specified in 9D999.", ChildLogic.NONE, List.of(),
        List.of(), List.of(), List.of(new Reference(ControlCode.parse("9D999"), "9D999", false)), null, false, false);
    ControlNode groupTechnology = node("8E999", "\"Technology\" for the \"development\" of \"software\" specified in 8D.");
    ControlNode groupSoftware = node("8D998", "\"Software\" specially designed for doohickeys.");
    ControlList list = new ControlList("kinds-test", "Synthetic", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(software, technology, groupTechnology, groupSoftware),
        Map.of(), List.of());
    KindRouter kinds = new KindRouter(list, new ListAnalyzer());

    ListIndex.NodeHit hit = new ListIndex.NodeHit(software, 2.0, List.of("widget"), List.of(), List.of());
    Map<ControlCode, ScoredNode> scored = new LinkedHashMap<>();
    kinds.deriveSoftwareOrTechnology(scored, Map.of(software.code(), hit), hit, ProductKinds.Kind.TECHNOLOGY);
    assertEquals(List.of(ControlCode.parse("9E999")), List.copyOf(scored.keySet()));
    assertTrue(scored.get(ControlCode.parse("9E999")).notes.get(0).line().contains("technology for 9D999"));

    ListIndex.NodeHit inGroup = new ListIndex.NodeHit(groupSoftware, 2.0, List.of("doohickey"), List.of(), List.of());
    Map<ControlCode, ScoredNode> byGroup = new LinkedHashMap<>();
    kinds.deriveSoftwareOrTechnology(byGroup, Map.of(groupSoftware.code(), inGroup), inGroup, ProductKinds.Kind.TECHNOLOGY);
    assertEquals(List.of(ControlCode.parse("8E999")), List.copyOf(byGroup.keySet()), "\"software specified in 8D\"");

    Map<ControlCode, ScoredNode> none = new LinkedHashMap<>();
    kinds.deriveSoftwareOrTechnology(none, Map.of(software.code(), hit), hit, ProductKinds.Kind.SOFTWARE);
    assertTrue(none.isEmpty(), "a software text is not led from software to the technology for it: " + none.keySet());
  }

  private static ControlNode node(String code, String text) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.NONE, List.of(), List.of(), List.of(), List.of(),
        null, false, false);
  }

  @Test
  void technologyForGoodsOfTheCategoryIsDerivedFromTheCategorysTechnologyNode() {
    var doohickey = WidgetList.list().get(ControlCode.parse("8A997"));
    ListIndex.NodeHit hit = new ListIndex.NodeHit(doohickey, 2.0, List.of("doohickey"), List.of(), List.of());
    Map<ControlCode, ScoredNode> scored = new LinkedHashMap<>();
    router.deriveSoftwareOrTechnology(scored, Map.of(doohickey.code(), hit), hit, ProductKinds.Kind.TECHNOLOGY);
    assertEquals(List.of(ControlCode.parse("8E996")), List.copyOf(scored.keySet()));
  }
}

package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The materials of the wetted surfaces of the 2025 list's chemical-process equipment (read from
 * ../shared at build time): the any-of of a provision's items ("made from any of the following
 * materials:"), evaluated against the facts and the judge a product text gives, as the classifier
 * builds them. A named grade that is none of the materials rules every item out; a text that names a
 * listed material, or no material, leaves the provision met or open.
 */
class NamedMaterialRulesOutOthersTest {

  private static final ControlList LIST = ControlLists.get("eu-annex-i-2025-11-15");
  private static final Materials MATERIALS = Knowledge.standard().materials();

  @ParameterizedTest(name = "{0} with \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      // heat exchangers or condensers
      "2B350.d|Plate heat exchanger 316L 5m2 EPDM gaskets|NO_MATCH",
      "2B350.d|Plattenwärmetauscher 1.4404, 5 m2|NO_MATCH",
      "2B350.d|Heat exchanger 316L shell, glass-lined|UNKNOWN",
      "2B350.d|Heat exchanger, 316L shell, silicon carbide tubes|MATCH",
      "2B350.d|Heat exchanger, Hastelloy C-22 plates|MATCH",
      "2B350.d|Plate heat exchanger 5m2 EPDM gaskets|UNKNOWN",
      "2B350.d|Block heat exchanger, graphite blocks, 316L headers|UNKNOWN",
      // reaction vessels, reactors or agitators
      "2B350.a|Reactor vessel 1.4404, 2000 l|NO_MATCH",
      "2B350.a|Reactor vessel 1.4404, PTFE-lined, 2000 l|MATCH",
      "2B350.a|Reactor vessel glass-lined, 2000 l|UNKNOWN",
      "2B350.a|Reactor vessel 2000 l|UNKNOWN"})
  void aNamedMaterialRulesOutTheOthers(String code, String text, Truth expected) {
    ControlNode node = LIST.get(ControlCode.parse(code));
    List<Criterion> items = new ArrayList<>();
    for (ControlNode child : node.children()) {
      items.add(child.criteria().orElseThrow(() -> new AssertionError(child.code() + " has no criteria")));
    }
    Criterion materials = new AnyOf(items);
    FeatureJudge judge = FeatureJudge.keywords(text, MATERIALS.namesIn(text));
    Truth truth = new CriterionEvaluator(ProductFacts.of(MATERIALS.factsIn(text)), judge).evaluate(materials).truth();
    assertEquals(expected, truth, () -> code + " " + materials.describe() + " with " + MATERIALS.namesIn(text));
  }
}

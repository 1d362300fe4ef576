package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The element contents the 2025 list (read from ../shared at build time) bounds, answered by the
 * materials a product text names ({@code materials.tsv}): the criteria of the real provisions
 * evaluated against the facts {@link Materials#factsIn} gives, with no other fact.
 */
class MaterialsAnswerContentsTest {

  private static final ControlList LIST = ControlLists.get("eu-annex-i-2025-11-15");
  private static final Materials MATERIALS = Knowledge.standard().materials();

  @ParameterizedTest(name = "{0} with \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      // valves wholly made of or lined with aluminium (alloy), nickel or a nickel alloy of more than 60 % nickel
      "2A226.c|body 1.4404, bellows 1.4404|NO_MATCH",
      "2A226.c|body EN AW-6061|MATCH",
      "2A226.c|body and bellows Inconel 625|MATCH",
      "2A226.c|body Hastelloy C-22|NO_MATCH",
      "2A226.c|body cast, bellows welded|UNKNOWN",
      // 'alloys' with more than 25 % nickel and 20 % chromium by weight
      "2B350.a.1|vessel Hastelloy C-22|MATCH",
      "2B350.a.1|vessel 1.4404|NO_MATCH",
      "2B350.a.1|vessel 904L|NO_MATCH",
      // fluoropolymers with more than 35 % fluorine by weight
      "2B350.a.2|lining PTFE|MATCH",
      // nickel or 'alloys' with more than 40 % nickel by weight
      "2B350.a.4|vessel Hastelloy C-22|MATCH",
      "2B350.a.4|vessel 1.4404|NO_MATCH",
      // a list of metals alone: titanium or titanium 'alloys'; nickel or nickel alloy
      "2B350.a.6|shell Ti-6Al-4V|MATCH",
      "2B350.a.6|shell 1.4404|NO_MATCH",
      "2B233.c.4|scroll Hastelloy X|MATCH",
      "2B233.c.4|scroll 316L|NO_MATCH",
      // a list with materials no composition answers (alumina, fluorinated polymers): left open
      "2B230.a|sensing element 1.4404|UNKNOWN",
      "2B230.a|sensing element Inconel 625|MATCH"})
  void aNamedMaterialDecidesTheContentsTheListBounds(String code, String text, Truth expected) {
    Criterion c = LIST.get(org.dualuse.core.code.ControlCode.parse(code)).criteria()
        .orElseThrow(() -> new AssertionError(code + " has no criteria"));
    Truth truth = new CriterionEvaluator(ProductFacts.of(MATERIALS.factsIn(text)), FeatureJudge.NONE).evaluate(c).truth();
    assertEquals(expected, truth, () -> code + " " + c.describe() + " with " + MATERIALS.factsIn(text));
  }
}

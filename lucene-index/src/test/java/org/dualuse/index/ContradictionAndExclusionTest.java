package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two general rules of the hybrid classifier on a synthetic list: a node whose thresholds the named
 * facts all fail is not listed on its unknown features, a node's "non-" words count against it, and
 * a condition of an "all of the following" list that the text denies counts against every item of it.
 */
class ContradictionAndExclusionTest {

  private static ControlNode node(String code, String text, ChildLogic logic, List<ControlNode> children,
      Criterion criteria) {
    return new ControlNode(ControlCode.parse(code), text, logic, children, List.of(), List.of(), List.of(),
        Optional.ofNullable(criteria), false, false);
  }

  private static ControlList list() {
    Criterion gadget = new AnyOf(List.of(
        new Threshold(Parameters.DEPTH, Comparison.GREATER_THAN, Quantity.of(1000, Units.METRE),
            "depths exceeding 1000 m"),
        new Feature("Having a fibre optic data link", List.of("fibre optic data link"))));
    ControlNode gadgets = node("8A996",
        "Submersible gadgets having a rated depth exceeding 1000 m or a fibre optic data link.",
        ChildLogic.NONE, List.of(), gadget);
    ControlNode nonCaesium = node("7A996.a",
        "Non-caesium atomic doodad clocks having a drift below 1 ns per day;", ChildLogic.NONE, List.of(), null);
    ControlNode spaceClocks = node("7A996.b", "\"Space-qualified\" atomic doodad clocks;", ChildLogic.NONE,
        List.of(), null);
    ControlNode clocks = node("7A996", "Atomic doodad clocks, as follows:", ChildLogic.AS_FOLLOWS,
        List.of(nonCaesium, spaceClocks), null);
    ControlNode capture = node("5A996.a.1", "Capturing of whizzbang telegrams on a trunk line;", ChildLogic.NONE,
        List.of(), null);
    ControlNode sorting = node("5A996.a.2", "Sorting of the captured telegrams by sender;", ChildLogic.NONE,
        List.of(), null);
    ControlNode performing = node("5A996.a", "Performing all of the following:", ChildLogic.ALL_OF,
        List.of(capture, sorting), null);
    ControlNode charting = node("5A996.b", "Charting the acquaintance graph of a chosen penfriend.", ChildLogic.NONE,
        List.of(), null);
    ControlNode telegraphs = node("5A996", "Whizzbang telegraph monitors having all of the following:",
        ChildLogic.ALL_OF, List.of(performing, charting), null);
    return new ControlList("contradiction-test", "Synthetic gadget list", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(telegraphs, clocks, gadgets), Map.of(), List.of());
  }

  private static Classification classify(IndexSetup setup, String text) {
    try (ListIndex index = setup.open(list(), WidgetList.vocabulary())) {
      return new HybridClassifier(index).classify(Product.of(text));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aNodeWhoseNamedThresholdsAllFailIsNotListedOnItsUnknownFeatures(IndexSetup setup) {
    Classification shallow = classify(setup, "Submersible gadget, rated depth 300 m");
    assertEquals(Decision.NOT_LISTED, shallow.decision(), shallow.explanation());
    Candidate gadget = shallow.candidates().stream().filter(c -> c.code().toString().equals("8A996")).findFirst()
        .orElseThrow();
    assertTrue(gadget.evidence().notes().stream().anyMatch(n -> n.contains("fail its thresholds")),
        gadget.evidence().notes().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aNodeWhoseNamedThresholdIsMetStaysListed(IndexSetup setup) {
    Classification deep = classify(setup, "Submersible gadget, rated depth 3000 m");
    assertNotEquals(Decision.NOT_LISTED, deep.decision(), deep.explanation());
    assertEquals("8A996", deep.candidates().get(0).code().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aWordTheNodeExcludesByNonDoesNotLeadToIt(IndexSetup setup) {
    Classification c = classify(setup, "Caesium atomic doodad clock for laboratories");
    assertNotEquals("7A996.a", c.candidates().get(0).code().toString(), c.candidates().toString());
    Classification plain = classify(setup, "Atomic doodad clock, drift below 1 ns per day");
    assertEquals("7A996.a", plain.candidates().get(0).code().toString(), plain.candidates().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aConditionOfAnAllOfListThatTheTextDeniesCountsAgainstItsItems(IndexSetup setup) {
    String monitor = "Whizzbang telegram capturing on trunk lines, sorting by sender";
    Classification full = classify(setup, monitor + ", charting of each penfriend's acquaintance graph");
    Candidate fullTop = full.candidates().get(0);
    assertTrue(fullTop.code().toString().startsWith("5A996"), full.candidates().toString());
    Classification denied = classify(setup, monitor + ", but no acquaintance-graph charting");
    Candidate deniedTop = denied.candidates().stream().filter(c -> c.code().toString().startsWith("5A996"))
        .findFirst().orElseThrow();
    assertTrue(deniedTop.evidence().notes().stream().anyMatch(n -> n.contains("denies 5A996.b")),
        deniedTop.evidence().notes().toString());
    assertTrue(deniedTop.score() < classify(setup, monitor).candidates().stream()
        .filter(c -> c.code().equals(deniedTop.code())).findFirst().orElseThrow().score(), denied.candidates().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void oneNegatedWordOfASiblingDeniesNothing(IndexSetup setup) {
    Classification c = classify(setup, "Whizzbang telegram capturing on trunk lines, sorting by sender, no penfriend");
    Candidate top = c.candidates().stream().filter(x -> x.code().toString().startsWith("5A996")).findFirst()
        .orElseThrow();
    assertTrue(top.evidence().notes().stream().noneMatch(n -> n.contains("denies")), top.evidence().notes().toString());
  }
}

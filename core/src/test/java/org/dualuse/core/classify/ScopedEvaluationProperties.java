package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.model.ControlNode;

/**
 * The shortcut of evaluating only the plans under one node ({@link ParameterClassifier#evaluate(ProductFacts,
 * FeatureJudge, ControlCode)}) says of every node under it what the whole evaluation says: its
 * evaluation, whether it is among the deepest matches and near misses, and the questions that would
 * decide it. On the synthetic widget list of {@link ParameterClassifierTest} and generated texts.
 */
class ScopedEvaluationProperties {

  private static final ParameterClassifier CLASSIFIER = new ParameterClassifier(ParameterClassifierTest.LIST);

  @Property(tries = 300)
  void aScopedReportAgreesWithTheWholeOneUnderItsNode(@ForAll("texts") String text) {
    ProductFacts facts = ProductFacts.fromText(text, "en");
    FeatureJudge judge = FeatureJudge.keywords(text, List.of());
    ParameterReport whole = CLASSIFIER.evaluate(facts, judge);
    List<ControlCode> scopes = new ArrayList<>();
    for (ControlNode n : ParameterClassifierTest.LIST.allNodes()) {
      scopes.add(n.code());
    }
    scopes.add(ControlCode.parse("9A991.z")); // a code the list lacks: nothing lies under it
    for (ControlCode under : scopes) {
      ParameterReport scoped = CLASSIFIER.evaluate(facts, judge, under);
      List<NodeEvaluation> expected = whole.nodes().stream().filter(n -> under.isPrefixOf(n.code())).toList();
      assertEquals(expected, scoped.nodes(), () -> under + ": " + text);
      for (NodeEvaluation n : expected) {
        assertEquals(n, scoped.nodes().get(CLASSIFIER.nodeIndex(n.code(), under)), () -> n.code() + " in " + under);
      }
      assertEquals(whole.mostSpecificMatches().stream().filter(under::isPrefixOf).toList(),
          scoped.mostSpecificMatches(), () -> under + ": " + text);
      assertEquals(whole.nearMisses().stream().filter(m -> under.isPrefixOf(m.code())).toList(),
          scoped.nearMisses(), () -> under + ": " + text);
      assertEquals(whole.missingFacts(List.of(under)), scoped.missingFacts(List.of(under)), () -> under + ": " + text);
    }
  }

  /** Widget texts with frequencies, powers, frame rates, doses and switching times, some near the list's bounds. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> kind = Arbitraries.of("Widget amplifier", "Widget receiver", "Imaging widget",
        "Rad-hard widget", "synthetic toys widget", "Widget", "automatic searching widget");
    Arbitrary<String> fact = Arbitraries.oneOf(
        Arbitraries.integers().between(20, 60).map(g -> (g / 10.0) + " GHz"),
        Arbitraries.integers().between(20, 60).flatMap(lo -> Arbitraries.integers().between(1, 20)
            .map(w -> (lo / 10.0) + " to " + ((lo + w) / 10.0) + " GHz")),
        Arbitraries.integers().between(1, 90).map(w -> "peak saturated output power " + w + " W"),
        Arbitraries.integers().between(1, 90).map(w -> "output power " + w + " W"),
        Arbitraries.integers().between(1, 60).map(f -> "frame rate " + f + " Hz"),
        Arbitraries.integers().between(1, 500).map(d -> "total ionizing dose " + d + " krad(Si)"),
        Arbitraries.integers().between(1, 5).map(t -> "channel switching time " + t + " ms"),
        Arbitraries.integers().between(1, 20).map(b -> "fractional bandwidth " + b + " %"));
    return kind.flatMap(k -> fact.list().ofMinSize(0).ofMaxSize(4).map(fs -> {
      StringBuilder b = new StringBuilder(k);
      for (String f : fs) {
        b.append(", ").append(f);
      }
      return b.toString();
    }));
  }
}

package org.dualuse.index.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;

class DecisionModelTest {

  private static final ControlCode CODE = ControlCode.parse("9A999.b");

  private static Map<DecisionFeature, Double> weights(double each) {
    Map<DecisionFeature, Double> w = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      w.put(f, each);
    }
    return w;
  }

  private static DecisionFeatures features(DecisionFeature feature, double value) {
    return DecisionFeatures.of(CODE, Map.of(feature, value));
  }

  @Test
  void theBundledModelReadsAndGivesEveryFeatureAWeight() {
    DecisionModel m = DecisionModel.standard();
    assertTrue(m.threshold() > 0 && m.threshold() < 1, m.toString());
    // the fitted model is no placeholder: the evidence the text gives speaks for listing
    assertTrue(m.weight(DecisionFeature.COVERED_WEIGHT) > 0, "covered-weight weight " + m.weight(DecisionFeature.COVERED_WEIGHT));
    assertTrue(m.weight(DecisionFeature.OUTSHONE) < 0, "outshone weight " + m.weight(DecisionFeature.OUTSHONE));
  }

  @Test
  void aModelWrittenReadsBackTheSame() throws IOException {
    Map<DecisionFeature, Double> w = weights(0);
    w.put(DecisionFeature.COVERED_WEIGHT, 2.5);
    w.put(DecisionFeature.OUTSHONE, -1.25);
    DecisionModel m = new DecisionModel(-1.5, w, 0.4, "test");
    StringWriter out = new StringWriter();
    m.write(out, List.of("a test model"), "test");
    DecisionModel back = DecisionModel.read("written", new StringReader(out.toString()));
    assertEquals(-1.5, back.intercept(), 1e-9);
    assertEquals(0.4, back.threshold(), 1e-9);
    for (DecisionFeature f : DecisionFeature.values()) {
      assertEquals(m.weight(f), back.weight(f), 1e-6, f.name());
    }
  }

  @Test
  void theProbabilityIsTheLogisticOfInterceptPlusWeightedFeatures() {
    Map<DecisionFeature, Double> w = weights(0);
    w.put(DecisionFeature.COVERED_WEIGHT, 2.0);
    DecisionModel m = new DecisionModel(-1, w, 0.5, "test");
    DecisionFeatures x = features(DecisionFeature.COVERED_WEIGHT, 0.5);
    assertEquals(0.5, m.probability(x), 1e-12); // -1 + 2 x 0.5 = 0
    assertTrue(m.lists(x));
    assertFalse(m.lists(features(DecisionFeature.COVERED_WEIGHT, 0.49)));
  }

  @Test
  void aLowerThresholdKeepsTheWeightsAndListsMore() {
    DecisionModel standard = DecisionModel.standard();
    DecisionModel wary = standard.withThreshold(1.0 / 3);
    assertEquals(1.0 / 3, wary.threshold(), 1e-12);
    for (DecisionFeature f : DecisionFeature.values()) {
      assertEquals(standard.weight(f), wary.weight(f), 0.0, f.name());
    }
    // a candidate between the two thresholds is listed by the wary model only
    Map<DecisionFeature, Double> w = weights(0);
    DecisionModel half = new DecisionModel(Math.log(0.4 / 0.6), w, 0.5, "test");
    DecisionFeatures x = features(DecisionFeature.COVERED_WEIGHT, 0);
    assertFalse(half.lists(x));
    assertTrue(half.withThreshold(0.3).lists(x));
    assertThrows(DualUseException.class, () -> standard.withThreshold(1.0));
  }

  @Test
  void contributionsComeLargestFirstAndLeaveOutZeroFeatures() {
    Map<DecisionFeature, Double> w = weights(0);
    w.put(DecisionFeature.COVERED_WEIGHT, 1.0);
    w.put(DecisionFeature.OUTSHONE, -3.0);
    DecisionModel m = new DecisionModel(0, w, 0.5, "test");
    DecisionFeatures x = DecisionFeatures.of(CODE, Map.of(DecisionFeature.COVERED_WEIGHT, 0.5, DecisionFeature.OUTSHONE, 1.0));
    List<DecisionModel.Contribution> c = m.contributions(x);
    assertEquals(List.of(DecisionFeature.OUTSHONE, DecisionFeature.COVERED_WEIGHT), c.stream().map(DecisionModel.Contribution::feature).toList());
    assertEquals(-3, c.get(0).logOdds(), 1e-12);
  }

  @Property
  void theProbabilityRisesWithAFeatureOfPositiveWeight(@ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b, @ForAll @DoubleRange(min = 0.01, max = 10) double weight) {
    Map<DecisionFeature, Double> w = weights(0);
    w.put(DecisionFeature.COVERED_WEIGHT, weight);
    DecisionModel m = new DecisionModel(-2, w, 0.5, "test");
    double pa = m.probability(features(DecisionFeature.COVERED_WEIGHT, a));
    double pb = m.probability(features(DecisionFeature.COVERED_WEIGHT, b));
    assertTrue(pa >= 0 && pa <= 1);
    if (a < b) {
      assertTrue(pa <= pb, pa + " > " + pb);
    } else if (a > b) {
      assertTrue(pa >= pb, pa + " < " + pb);
    } else {
      assertEquals(pa, pb);
    }
  }

  private static String file(String... rows) {
    StringBuilder b = new StringBuilder("# comment\nname\tvalue\tsource\n");
    for (String r : rows) {
      b.append(r).append('\n');
    }
    return b.toString();
  }

  private static String fullRows(String... extra) {
    StringBuilder b = new StringBuilder();
    for (DecisionFeature f : DecisionFeature.values()) {
      b.append(f.name()).append("\t0.5\tfit\n");
    }
    for (String e : extra) {
      b.append(e).append('\n');
    }
    return b.toString();
  }

  @Test
  void badFilesAreRefusedNamingTheLine() {
    DecisionModelFormatException unknown = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("intercept\t0\tfit", "threshold\t0.5\tfit", "WEIRD\t1\tfit"))));
    assertEquals(5, unknown.line());
    assertTrue(unknown.getMessage().contains("unknown feature 'WEIRD'"), unknown.getMessage());

    DecisionModelFormatException notNumber = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("intercept\tabc\tfit"))));
    assertEquals(3, notNumber.line());

    DecisionModelFormatException threshold = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("threshold\t1.5\tfit"))));
    assertTrue(threshold.getMessage().contains("threshold must lie in (0, 1)"), threshold.getMessage());

    DecisionModelFormatException missing = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("intercept\t0\tfit", "threshold\t0.5\tfit"))));
    assertTrue(missing.getMessage().contains("no weight for feature " + DecisionFeature.values()[0]), missing.getMessage());

    DecisionModelFormatException twice = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("intercept\t0\tfit", "threshold\t0.5\tfit")
            + fullRows("COVERED_WEIGHT\t1\tfit"))));
    assertTrue(twice.getMessage().contains("COVERED_WEIGHT given twice"), twice.getMessage());

    DecisionModelFormatException noSource = assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader(file("intercept\t0"))));
    assertTrue(noSource.getMessage().contains("expected name, value and source"), noSource.getMessage());

    assertThrows(DecisionModelFormatException.class,
        () -> DecisionModel.read("m.tsv", new StringReader("intercept\t0\tfit\n")));
  }

  @Test
  void featureValuesMustBeFiniteAndComplete() {
    assertThrows(DualUseException.class, () -> new DecisionFeatures(CODE, new double[3]));
    double[] v = new double[DecisionFeature.values().length];
    v[0] = Double.NaN;
    assertThrows(DualUseException.class, () -> new DecisionFeatures(CODE, v));
  }
}

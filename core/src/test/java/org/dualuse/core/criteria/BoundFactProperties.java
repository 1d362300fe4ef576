package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * The law of a fact that is a bound: it meets a limit exactly when every value the bound allows
 * meets it, fails it exactly when none does, and is open otherwise. Checked against the values
 * themselves: the bound, the limit, and points just beside and well beyond each.
 */
class BoundFactProperties {

  @Property(tries = 2000)
  void aBoundSettlesALimitAsTheValuesItAllowsDo(@ForAll("directions") Comparison side,
      @ForAll("comparisons") Comparison limit, @ForAll("watts") int bound, @ForAll("watts") int at) {
    Fact fact = new Fact(Parameters.OUTPUT_POWER, Quantity.of(bound, Units.WATT), List.of(), FactOrigin.STATED,
        "", -1, -1, side);
    Threshold t = new Threshold(Parameters.OUTPUT_POWER, limit, Quantity.of(at, Units.WATT), "");
    Truth truth = CriterionEvaluator.boundTruth(t, fact, new double[1]);
    boolean some = false;
    boolean all = true;
    for (double v : List.of(bound - 1000.0, bound - 0.5, (double) bound, bound + 0.5, bound + 1000.0,
        at - 0.5, (double) at, at + 0.5)) {
      if (!side.test(v, bound)) {
        continue;
      }
      boolean meets = limit.test(v, at);
      some |= meets;
      all &= meets;
    }
    Truth expected = all ? Truth.MATCH : some ? Truth.UNKNOWN : Truth.NO_MATCH;
    assertEquals(expected, truth, () -> "fact " + side.symbol() + " " + bound + " W against " + t.describe());
  }

  @Provide
  Arbitrary<Comparison> directions() {
    // the directions a text's bound words give
    return Arbitraries.of(Comparison.GREATER_THAN, Comparison.AT_LEAST, Comparison.LESS_THAN);
  }

  @Provide
  Arbitrary<Comparison> comparisons() {
    return Arbitraries.of(Comparison.values());
  }

  @Provide
  Arbitrary<Integer> watts() {
    // integers from a small span, so that a bound and a limit often coincide
    return Arbitraries.integers().between(1, 40);
  }
}

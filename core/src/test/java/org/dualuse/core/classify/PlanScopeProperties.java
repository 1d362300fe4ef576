package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A {@link PlanScope}, worked out once per node, marks what the scoped evaluation used to work out on
 * every call: a part is in scope when a plan in range holds it, a slot when a part in scope holds it, and
 * a parameter or feature when one of its slots is in scope. On the synthetic widget list of {@link
 * ParameterClassifierTest}, for every range of its plans.
 */
class PlanScopeProperties {

  private static final PlanTables TABLES = tables();

  private static PlanTables tables() {
    PlanBuilder built = new PlanBuilder(ParameterClassifierTest.LIST);
    return new PlanTables(built.plans(), built.parts(), built.releaseLeaves());
  }

  @Property(tries = 200)
  void aScopeMarksWhatItsPlansReach(@ForAll("ranges") int[] range) {
    int from = range[0];
    int to = range[1];
    PlanScope scope = PlanScope.of(TABLES, from, to);
    assertEquals(from, scope.from);
    assertEquals(to, scope.to);
    for (int p = 0; p < TABLES.parts.size(); p++) {
      int part = p;
      boolean held = IntStream.of(TABLES.partPlans[p]).anyMatch(i -> i >= from && i < to);
      assertEquals(held, scope.partInScope[p], () -> "part " + part + " in [" + from + ", " + to + ")");
    }
    for (int s = 0; s < TABLES.slotLeaf.length; s++) {
      assertEquals(slotInScope(s, scope.partInScope), scope.holds(s), "slot " + s);
    }
    assertArrayEquals(reaching(TABLES.parameterSlots, scope.partInScope), scope.parameters);
    assertArrayEquals(reaching(TABLES.featureSlots, scope.partInScope), scope.features);
  }

  @Test
  void theWholeScopeHoldsEverything() {
    PlanScope whole = PlanScope.whole(TABLES);
    assertEquals(0, whole.from);
    assertEquals(TABLES.plans.size(), whole.to);
    for (int s = 0; s < TABLES.slotLeaf.length; s++) {
      assertEquals(true, whole.holds(s));
    }
    assertArrayEquals(IntStream.range(0, TABLES.parameters.length).toArray(), whole.parameters);
    assertArrayEquals(IntStream.range(0, TABLES.features.length).toArray(), whole.features);
  }

  /** The long way: a slot is in scope when one of the parts holding it is. */
  private static boolean slotInScope(int slot, boolean[] partInScope) {
    return IntStream.of(TABLES.slotParts[slot]).anyMatch(p -> partInScope[p]);
  }

  private static int[] reaching(int[][] slotsOf, boolean[] partInScope) {
    return IntStream.range(0, slotsOf.length)
        .filter(i -> IntStream.of(slotsOf[i]).anyMatch(s -> slotInScope(s, partInScope)))
        .toArray();
  }

  /** Ranges {@code [from, to)} of the plans, empty ones included. */
  @Provide
  Arbitrary<int[]> ranges() {
    int n = TABLES.plans.size();
    return Combinators.combine(Arbitraries.integers().between(0, n), Arbitraries.integers().between(0, n))
        .as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
  }
}

package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Truth;
import org.junit.jupiter.api.Test;

/** The flat program must combine leaf truths exactly as the evaluator does, short cuts and all. */
class TruthProgramTest {

  @Test
  void combinesAsTheEvaluatorOnRandomCriteria() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      Criterion c = random(random, 4);
      List<Criterion> leaves = c.leaves();
      CriterionResult[] results = new CriterionResult[leaves.size()];
      for (int k = 0; k < results.length; k++) {
        Truth t = Truth.values()[random.nextInt(3)];
        results[k] = new CriterionResult(leaves.get(k), t, Optional.empty(), "", Double.NaN, false);
      }
      int[] next = {0};
      Truth expected = CriterionEvaluator.combine(c, leaf -> results[next[0]++].truth());
      assertEquals(expected, TruthProgram.of(c).run(results), c.describe());
    }
  }

  private static Criterion random(Random random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(4);
    if (kind == 0) {
      return new Feature("f" + random.nextInt(100), List.of());
    }
    if (kind == 3) {
      return new Not(random(random, depth - 1));
    }
    List<Criterion> sub = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      sub.add(random(random, depth - 1));
    }
    return kind == 1 ? new AllOf(sub) : new AnyOf(sub);
  }
}

package org.dualuse.index;

import org.dualuse.core.DualUseException;

/**
 * How much a node's retrieval score counts for a text of one kind (goods, software, technology)
 * when the node is of another product group, and how much a D or E node that covers the goods (or
 * software) a text names takes of their score. The classifier's kind routing ({@code KindRouter}).
 *
 * <p>The {@link #STANDARD} values are fitted on the {@code tune} half of the team's corpus by one
 * command, which prints the whole grid with listed F1, not-listed accuracy and entry top-1 at each
 * point and the software and technology rows:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.fit.FitKindFactors
 * }</pre>
 *
 * The point kept is the one with the best mean of listed F1 and not-listed accuracy (the two figures
 * the decision trades), ties to the one nearer the former values (0.4, 0.35, 0.9).
 *
 * @param offGroup the factor of a D or E node for a goods text, and of the other of D and E for a
 *     software or technology text: the text names the node's words but is not what the node controls
 * @param goodsForSoftware the factor of an A, B or C node for a software or technology text: the
 *     goods the text is for, which the D or E node covering them should outrank
 * @param derived the share of a goods (or software) node's score that a D or E node covering it
 *     takes, beside what its own words earned
 */
public record KindFactors(double offGroup, double goodsForSoftware, double derived) {

  /**
   * The fitted values (see the class comment for the command). On the tenth session's tree the grid
   * is flat in {@code offGroup} (0.25, 0.4 and 0.6 give the same listed F1 and not-listed accuracy at
   * every other point but one; 1.0, tried once, 0.811 / 0.809), kept at 0.4; best {@code goodsForSoftware} 0.2 and
   * {@code derived} 0.5 (listed F1 0.811 -> 0.814, not-listed accuracy 0.807 -> 0.810 against the
   * former 0.35 and 0.9). Both lie at the edge of the grid, and a covering node must take clearly more
   * of the goods' score than the goods keep: {@code derived} 0.5 with {@code goodsForSoftware} 0.5
   * drops listed F1 to 0.781.
   */
  public static final KindFactors STANDARD = new KindFactors(0.4, 0.2, 0.5);

  /**
   * @throws DualUseException when a factor is not a number in (0, 2]
   */
  public KindFactors {
    check("offGroup", offGroup);
    check("goodsForSoftware", goodsForSoftware);
    check("derived", derived);
  }

  private static void check(String name, double v) {
    if (!(v > 0 && v <= 2)) {
      throw new DualUseException(name + " must lie in (0, 2], was " + v);
    }
  }
}

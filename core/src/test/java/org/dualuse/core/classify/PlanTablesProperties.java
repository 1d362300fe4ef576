package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tables of {@link PlanTables} hold each relation both ways ({@code partSlots} and {@code
 * slotParts}, {@code planParts} and {@code partPlans}): an evaluation walks from a changed slot to its
 * parts and from a changed part to its plans. {@link PlanTables#invert} must give exactly the relation
 * back, each row ascending and without repeats, whatever order and repeats the rows it inverts have.
 */
class PlanTablesProperties {

  private static final int SIZE = 12;

  @Property(tries = 300)
  void anInvertedRelationHoldsExactlyThePairsOfTheRelation(@ForAll("relations") int[][] from) {
    int[][] back = PlanTables.invert(from, SIZE);
    assertEquals(SIZE, back.length);
    for (int j = 0; j < SIZE; j++) {
      int[] row = back[j];
      for (int k = 1; k < row.length; k++) {
        assertTrue(row[k - 1] < row[k], () -> "row not strictly ascending: " + Arrays.toString(row));
      }
      for (int i : back[j]) {
        int target = j;
        assertTrue(Arrays.stream(from[i]).anyMatch(x -> x == target), () -> "no pair " + i + " -> " + target);
      }
    }
    for (int i = 0; i < from.length; i++) {
      for (int j : from[i]) {
        int source = i;
        assertTrue(Arrays.stream(back[j]).anyMatch(x -> x == source), () -> "lost pair " + source + " -> " + j);
      }
    }
  }

  @Property(tries = 300)
  void invertingTwiceGivesTheDistinctSortedRows(@ForAll("relations") int[][] from) {
    int[][] twice = PlanTables.invert(PlanTables.invert(from, SIZE), from.length);
    for (int i = 0; i < from.length; i++) {
      assertArrayEquals(Arrays.stream(from[i]).distinct().sorted().toArray(), twice[i], "row " + i);
    }
  }

  @Provide
  Arbitrary<int[][]> relations() {
    Arbitrary<int[]> row = Arbitraries.integers().between(0, SIZE - 1).array(int[].class).ofMaxSize(6);
    return row.list().ofMaxSize(10).map((List<int[]> rows) -> rows.toArray(new int[0][]));
  }
}

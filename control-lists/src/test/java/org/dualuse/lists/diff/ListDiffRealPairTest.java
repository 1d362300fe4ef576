package org.dualuse.lists.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diff between the bundled 2021 and 2025 EU lists (the official texts, read at run time). */
class ListDiffRealPairTest {
  private static ListDiff diff;

  @BeforeAll
  static void compare() {
    ControlList from = ControlLists.get(ControlLists.EU_2021);
    ControlList to = ControlLists.get(ControlLists.EU_2025);
    long start = System.nanoTime();
    diff = ListDiff.between(from, to);
    System.out.println("2021 -> 2025 diff in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + diff.counts()
        + "; entries added " + diff.addedEntries() + "; entries removed " + diff.removedEntries());
  }

  @Test
  void the2025ListAddsTheEuOnlyEntriesThat2021Lacks() {
    List<ControlCode> added = diff.addedEntries();
    for (String code : List.of("3A501", "3B501", "4A506", "4A507")) {
      assertTrue(added.contains(ControlCode.parse(code)), code + " not among the added entries " + added);
    }
  }

  @Test
  void noEntryOf2021IsReportedRemovedWithoutACounterpart() {
    // the 2025 list kept every 2021 entry (some as "Not used"); a removal here is a reading error
    assertTrue(diff.removedEntries().isEmpty(), diff.removedEntries().toString());
  }

  @Test
  void mostItemsAreUnchangedOnceTypographyIsIgnored() {
    long changed = diff.changes(ChangeKind.TEXT_CHANGED).size();
    int items = ControlLists.get(ControlLists.EU_2021).allNodes().size();
    System.out.println("reworded in 2025 (first 10): " + diff.changes(ChangeKind.TEXT_CHANGED).stream().limit(10)
        .map(c -> c.code().toString()).collect(Collectors.joining(", ")));
    assertTrue(changed < items / 3, changed + " of " + items + " nodes reworded");
  }
}

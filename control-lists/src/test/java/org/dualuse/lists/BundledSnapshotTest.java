package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.snapshot.SnapshotInfo;
import org.junit.jupiter.api.Test;

/** The snapshots the build writes beside the bundled sources: current, and the lists that parsing gives. */
class BundledSnapshotTest {

  @Test
  void everyBundledListIsReadFromACurrentSnapshot() {
    for (String id : ControlLists.ids()) {
      assertTrue(ControlLists.readFromSnapshot(id), "list " + id + " was parsed: its snapshot is missing or stale");
    }
  }

  @Test
  void theSnapshotOfTheListInForceIsTheListParsedFromItsSource() {
    ControlList parsed = ControlLists.load(OfficialTexts.eu2025Json());
    ControlList read = ControlLists.eu();
    assertEquals(parsed.provenance(), read.provenance());
    assertEquals(parsed.title(), read.title());
    assertEquals(parsed.effectiveDate(), read.effectiveDate());
    assertEquals(parsed.definitions(), read.definitions());
    assertEquals(parsed.documents(), read.documents());
    assertEquals(parsed.entries(), read.entries());
  }

  @Test
  void theRegistryDescribesTheListsAsReadingThemWould() {
    List<ListInfo> described = ControlLists.available();
    for (ListInfo info : described) {
      ControlList list = ControlLists.get(info.id());
      assertEquals(list.title(), info.title());
      assertEquals(list.effectiveDate(), info.effectiveDate());
      assertEquals(list.entries().size(), info.entries());
      assertEquals(list.provenance().sha256(), info.sha256());
    }
  }

  @Test
  void aSnapshotOfAnotherSourceIsNotCurrent() {
    SnapshotInfo info = SnapshotInfo.of(ControlLists.eu());
    assertTrue(info.isCurrentFor(ControlLists.eu().provenance().sha256()));
    assertTrue(!info.isCurrentFor("0".repeat(64)));
    SnapshotInfo otherCore = new SnapshotInfo(info.format(), info.listId(), info.title(), info.effectiveDate(),
        info.entries(), info.sourceSha256(), "another core", info.listsCode());
    assertTrue(!otherCore.isCurrentFor(info.sourceSha256()));
    SnapshotInfo otherFormat = new SnapshotInfo(info.format() + 1, info.listId(), info.title(), info.effectiveDate(),
        info.entries(), info.sourceSha256(), info.coreCode(), info.listsCode());
    assertTrue(!otherFormat.isCurrentFor(info.sourceSha256()));
  }
}

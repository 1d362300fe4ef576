package org.dualuse.lists.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.OfficialTexts;
import org.junit.jupiter.api.Test;

class ListSnapshotTest {

  private static final ControlList PARSED = ControlLists.load(OfficialTexts.eu2025Json());

  @Test
  void theRealListReadsBackValueForValue() {
    ControlList back = ListSnapshotReader.read(ListSnapshotWriter.write(PARSED));
    assertEquals(PARSED.id(), back.id());
    assertEquals(PARSED.title(), back.title());
    assertEquals(PARSED.jurisdiction(), back.jurisdiction());
    assertEquals(PARSED.effectiveDate(), back.effectiveDate());
    assertEquals(PARSED.provenance(), back.provenance());
    assertEquals(PARSED.definitions(), back.definitions());
    assertEquals(PARSED.documents(), back.documents());
    assertEquals(PARSED.entries(), back.entries());
  }

  @Test
  void criteriaAndNotesAreSharedAsInTheParsedList() {
    // the parameter classifier keys its work by the identity of criteria and notes: a snapshot that
    // copied a shared condition apart would evaluate it otherwise
    ControlList back = ListSnapshotReader.read(ListSnapshotWriter.write(PARSED));
    List<Integer> parsedSharing = sharing(PARSED);
    assertTrue(parsedSharing.size() > 1000, "criteria and notes walked: " + parsedSharing.size());
    assertEquals(parsedSharing, sharing(back));
  }

  @Test
  void theSameListGivesTheSameBytes() {
    assertTrue(Arrays.equals(ListSnapshotWriter.write(PARSED), ListSnapshotWriter.write(PARSED)));
  }

  @Test
  void aCutSnapshotIsAFormatErrorNotAList() {
    byte[] whole = ListSnapshotWriter.write(PARSED);
    SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
        () -> ListSnapshotReader.read(Arrays.copyOf(whole, whole.length / 2)));
    assertTrue(e.getMessage().contains("cut short") || e.getMessage().contains("malformed"), e.getMessage());
  }

  @Test
  void bytesOfAnotherFormatAreRefused() {
    byte[] other = ListSnapshotWriter.write(PARSED);
    other[7]++; // the format version
    SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> ListSnapshotReader.read(other));
    assertTrue(e.getMessage().contains("format"), e.getMessage());
  }

  /** Per criterion and note met in a walk of the list, the position of its first meeting. */
  private static List<Integer> sharing(ControlList list) {
    Map<Object, Integer> first = new IdentityHashMap<>();
    List<Integer> out = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      node.criteria().ifPresent(c -> walk(c, first, out));
      for (Note note : node.notes()) {
        out.add(first.computeIfAbsent(note, n -> out.size()));
        note.exclusion().ifPresent(c -> walk(c, first, out));
      }
    }
    return out;
  }

  private static void walk(Criterion c, Map<Object, Integer> first, List<Integer> out) {
    out.add(first.computeIfAbsent(c, x -> out.size()));
    if (c instanceof AllOf all) {
      all.criteria().forEach(x -> walk(x, first, out));
    } else if (c instanceof AnyOf any) {
      any.criteria().forEach(x -> walk(x, first, out));
    } else if (c instanceof Not not) {
      walk(not.criterion(), first, out);
    }
  }
}

package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.NoteConditionParser;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release notes of the 2025 EU list (read from the official text in {@code dualuse.shared})
 * whose lists nest, read alternative by alternative: each alternative of a note with its kind (words
 * only, parametric, all of an inner list, any of one), an inner list ending where its outer list goes
 * on, and the note's typed condition made of its alternatives, never of one alternative's bound.
 */
class NestedReleaseListsOnTheEuListTest {
  private static ControlList list;

  @BeforeAll
  static void read() throws IOException {
    list = OfficialTexts.parseEu2025();
  }

  private static Note note(String code, String label) {
    return OfficialTexts.note(list, code, label);
  }

  /** The note's alternatives, "label:kind" each, as the list at the top of its release clause offers them. */
  private static List<String> alternatives(Note note) {
    NoteConditionParser.Group top = NoteConditionParser.parse(note.releaseClause().orElseThrow().scope()).orElseThrow();
    assertTrue(!top.all(), "the top list offers its items: " + top);
    List<String> out = new ArrayList<>();
    for (NoteConditionParser.Part item : top.items()) {
      out.add(item.label() + ":" + kind(item));
    }
    return out;
  }

  private static String kind(NoteConditionParser.Part part) {
    if (part instanceof NoteConditionParser.Group g) {
      return g.all() ? "all-of" : "any-of";
    }
    String text = ((NoteConditionParser.Leaf) part).text();
    boolean typed = CriteriaExtractor.standard().extractTyped(text).map(Criterion::isParametric).orElse(false);
    return typed ? "parametric" : "words";
  }

  @Test
  void theReleaseNotesWithAListInsideAListAreCounted() {
    int clauses = 0;
    List<String> nested = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        if (note.releaseClause().isEmpty()) {
          continue;
        }
        clauses++;
        NoteConditionParser.parse(note.releaseClause().get().scope())
            .filter(g -> g.items().stream().anyMatch(i -> i instanceof NoteConditionParser.Group))
            .ifPresent(g -> nested.add(node.code() + " " + note.label()));
      }
    }
    assertEquals(229, clauses);
    assertEquals(14, nested.size(), nested.toString());
    assertTrue(nested.containsAll(List.of("6A008.i Note", "2B201.b Note", "6A003.b.4 Note 3", "6A002.a.3 Note 2",
        "1C010.e Note 2", "6A001.a.1 Note")), nested.toString());
  }

  @Test
  void theRadarNoteTo6A008iOffersTwoWordOnlyKindsAndOneAllOfAlternative() {
    Note note = note("6A008.i", "Note");
    assertEquals(List.of("a:words", "b:all-of", "c:words"), alternatives(note));
    // the bound of b (500 km or less) is one of b's four conditions, not the condition of the whole note
    AnyOf any = assertInstanceOf(AnyOf.class, note.exclusion().orElseThrow());
    assertEquals(3, any.criteria().size(), any.describe());
    AllOf b = assertInstanceOf(AllOf.class, any.criteria().get(1));
    assertTrue(b.describe().contains("instrumented range <= 500 km"), b.describe());
    assertTrue(b.describe().contains("Permanently installed"), b.describe());
    assertEquals("Weather balloon tracking radars", any.criteria().get(2).describe());
  }

  @Test
  void theGrindingMachineNoteTo2B201bEndsItsInnerListWhereTheJigGrindersBegin() {
    Note note = note("2B201.b", "Note");
    assertEquals(List.of("a:all-of", "b:parametric"), alternatives(note));
    AnyOf any = assertInstanceOf(AnyOf.class, note.exclusion().orElseThrow());
    assertEquals(2, any.criteria().size(), any.describe());
    assertTrue(any.criteria().get(1).describe().contains("positioning accuracy < 4 µm"), any.describe());
  }

  @Test
  void theCameraNoteTo6A003b4MixesAParametricAndAnAllOfAlternative() {
    assertEquals(List.of("a:parametric", "b:all-of"), alternatives(note("6A003.b.4", "Note 3")));
  }

  @Test
  void theDetectorNoteTo6A002a3HasParametricAnyOfAndAllOfAlternatives() {
    assertEquals(List.of("a:parametric", "b:any-of", "c:all-of", "d:parametric"),
        alternatives(note("6A002.a.3", "Note 2")));
  }

  @Test
  void theRepairNoteTo1C010eHasAnAllOfAndAParametricAlternative() {
    assertEquals(List.of("a:all-of", "b:parametric"), alternatives(note("1C010.e", "Note 2")));
  }
}

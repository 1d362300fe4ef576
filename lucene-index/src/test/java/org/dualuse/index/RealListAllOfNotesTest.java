package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.NoteConditionParser;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * Decontrol notes whose conditions must all hold, on the real 2025 list (read from ../shared at
 * build time): a text that shows every condition of a note releases, the same text with one
 * condition left out does not.
 */
class RealListAllOfNotesTest {
  private static final ControlList EU = ControlLists.eu();
  private static final ListAnalyzer ANALYZER = new ListAnalyzer();
  private static final ReleaseNotes NOTES = new ReleaseNotes(EU, ANALYZER);
  private static final ParameterReportSide PARAMETERS = new ParameterReportSide(EU);

  private static ReleaseNotes.Reading read(String code, String text) {
    return NOTES.read(EU, ControlCode.parse(code), NOTES.termsOf(AnalyzedText.of(ANALYZER, text)),
        PARAMETERS.evaluate(Product.of(text), Optional.empty()));
  }

  @Test
  void everyDecontrolNoteWithAnAllOfListIsReadIntoConditions() {
    List<String> unread = new ArrayList<>();
    int count = 0;
    for (ControlNode node : EU.allNodes()) {
      for (Note note : node.notes()) {
        if (note.releaseClause().map(ReleaseClause::allOf).orElse(false)) {
          count++;
          if (NoteConditionParser.parse(note.releaseClause().get().scope()).isEmpty()) {
            unread.add(node.code() + " " + note.label());
          }
        }
      }
    }
    assertEquals(List.of(), unread, "notes with an all-of list read into no conditions");
    // 18 before the one reader read "all the following" (1C010.e Note 2, 4D004, 6A008.i) as all-of too
    assertEquals(21, count, "decontrol notes of the 2025 list with an all-of list");
  }

  @Test
  void theCivilAeroEngineNoteTo9A001ReleasesWhenBothItsConditionsAreShown() {
    ReleaseNotes.Reading r = read("9A001", "Turbofan engine type-certified by EASA for a civil passenger airliner");
    assertTrue(r.release().isPresent(), r.toString());
    assertTrue(r.release().get().startsWith("Note 1 to 9A001"), r.release().get());
    assertTrue(r.release().get().contains("a. 'Certified by the civil aviation"), r.release().get());
    assertTrue(r.release().get().contains("b.1. 'A civil type certificate': shown by"), r.release().get());
  }

  @Test
  void theCivilAeroEngineNoteTo9A001DoesNotReleaseACertifiedEngineForAnAircraftItDoesNotName() {
    ReleaseNotes.Reading r = read("9A001", "Turbofan engine type-certified by EASA");
    assertTrue(r.release().isEmpty(), r.toString());
    String why = String.join("\n", r.partlyShown());
    assertTrue(why.contains("a. 'Certified by the civil aviation"), why);
    assertTrue(why.contains("b. 'Intended to power non-military manned \"aircraft\" for which': not shown"), why);
  }

  @Test
  void theContactLensNoteTo2B001aReleasesALatheWithoutVacuumChucking() {
    String lathe = "Contact lens turning machine, controller limited to ophthalmic software for part programming "
        + "data input";
    ReleaseNotes.Reading released = read("2B001.a", lathe + ", no vacuum chucking");
    assertTrue(released.release().isPresent(), released.toString());
    assertTrue(released.release().get().contains("b. 'No vacuum chucking': shown by not vacuum, not chucking"),
        released.release().get());
    assertTrue(read("2B001.a", lathe).release().isEmpty(), "vacuum chucking not denied");
    assertTrue(read("2B001.a", lathe + ", vacuum chucking").release().isEmpty(), "vacuum chucking stated");
  }

  @Test
  void theRepairNoteTo1A002NeedsItsWordsAndEachOfItsDimensions() {
    String laminate = "Epoxy resin impregnated carbon laminate for the repair of civil aircraft structures";
    ReleaseNotes.Reading released = read("1A002", laminate + ", area 0.5 m2, length 2 m, width 300 mm");
    assertTrue(released.release().isPresent(), released.toString());
    assertTrue(released.release().get().contains("b. 'A length not exceeding 2,5 m': met by"), released.release().get());
    assertTrue(read("1A002", laminate + ", area 0.5 m2, length 3 m, width 300 mm").release().isEmpty(), "too long");
    assertTrue(read("1A002", laminate + ", area 0.5 m2, width 300 mm").release().isEmpty(), "length not given");
    assertTrue(read("1A002", "Epoxy carbon laminate, area 0.5 m2, length 2 m, width 300 mm").release().isEmpty(),
        "not for the repair of civil aircraft");
  }
}

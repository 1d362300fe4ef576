package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.model.Reference;
import org.junit.jupiter.api.Test;

/** A complete item against the part it incorporates, on a synthetic camera that names a widget entry. */
class WholesAndPartsTest {

  private static final ControlList LIST = list();
  private static final WholesAndParts WHOLES = new WholesAndParts(LIST);

  private static ControlList list() {
    ControlNode camera = new ControlNode(ControlCode.parse("9A980"),
        "Imaging cameras incorporating widget controllers specified in 9A999.a;", ChildLogic.NONE, List.of(), List.of(),
        List.of(), List.of(new Reference(ControlCode.parse("9A999.a"), "9A999.a", false)), null, false, false);
    return new ControlList("wholes-test", "Synthetic list with a whole and its part", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(camera, WidgetList.list().get(ControlCode.parse("9A999"))),
        Map.of(), List.of());
  }

  private static ScoredNode node(String code, double score, String... words) {
    return new ScoredNode(LIST.get(ControlCode.parse(code)), score, List.of(words), List.of());
  }

  @Test
  void theWholeOutranksItsPartWhenItMatchedThePartsWordsAndMore() {
    ScoredNode part = node("9A999.a", 5, "widget", "controller");
    ScoredNode whole = node("9A980", 4, "widget", "controller", "camera");
    List<ScoredNode> ranked = new ArrayList<>(List.of(part, whole));
    WHOLES.preferWholes(ranked);
    assertSame(whole, ranked.get(0));
    assertEquals(Math.nextUp(5.0), whole.score);
    assertTrue(whole.notes.get(0).line().contains("incorporates 9A999.a"), whole.notes.toString());
    assertEquals(RemarkKind.WHOLE_AND_PART, whole.notes.get(0).kind());
    assertEquals(List.of(ControlCode.parse("9A999.a")), whole.notes.get(0).codes());
  }

  @Test
  void aTextThatNamesOnlyThePartsWordsStaysWithThePart() {
    ScoredNode part = node("9A999.a", 5, "widget", "controller");
    ScoredNode whole = node("9A980", 4, "widget", "controller");
    List<ScoredNode> ranked = new ArrayList<>(List.of(part, whole));
    WHOLES.preferWholes(ranked);
    assertSame(part, ranked.get(0));
    assertEquals(4, whole.score);
  }

  @Test
  void aPartIsReleasedWithAReleasedWholeTheTextFitsBetter() {
    ScoredNode part = node("9A999.a", 3, "widget");
    part.beforeChecks = 3;
    ScoredNode whole = node("9A980", 1, "widget", "camera");
    whole.beforeChecks = 4;
    whole.released = true;
    WHOLES.releaseParts(List.of(whole, part));
    assertTrue(part.released);
    assertTrue(part.score < 3, String.valueOf(part.score));
    assertTrue(part.notes.get(0).line().contains("released with 9A980"), part.notes.toString());
    assertEquals(List.of(ControlCode.parse("9A980")), part.notes.get(0).codes());
  }

  @Test
  void aPartTheTextFitsBetterThanTheReleasedWholeStaysViable() {
    ScoredNode part = node("9A999.a", 5, "widget");
    part.beforeChecks = 5;
    ScoredNode whole = node("9A980", 1, "widget", "camera");
    whole.beforeChecks = 4;
    whole.released = true;
    WHOLES.releaseParts(List.of(whole, part));
    assertFalse(part.released);
    assertEquals(5, part.score);
  }
}

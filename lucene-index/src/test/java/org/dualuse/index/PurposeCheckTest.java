package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Provenance;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.Purpose;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/** The purpose a text states against the purpose a software or technology node names. */
class PurposeCheckTest {

  private static final ControlList REAL = ControlLists.get("eu-annex-i-2025-11-15");
  private static final PurposeCheck ON_REAL = new PurposeCheck(REAL, Knowledge.standard().purposes());

  private static ControlNode leaf(String code, String text) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.NONE, List.of(), List.of(), List.of(), List.of(),
        null, false, false);
  }

  /** Three siblings for one kind of widgets, as 9D001 to 9D003 are for engines, and a goods entry. */
  private static ControlList siblings() {
    return new ControlList("purposes-test", "Synthetic siblings", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(
            leaf("9A990", "Widgets."),
            leaf("9D990", "\"Software\" specially designed for the \"development\" of widgets specified in 9A990."),
            leaf("9D991", "\"Software\" specially designed for the \"production\" of widgets specified in 9A990."),
            leaf("9D992", "\"Software\" specially designed for the operation or maintenance of widgets specified in 9A990."),
            leaf("9D993", "\"Software\" having the characteristics of widgets specified in 9A990.")),
        Map.of(), List.of());
  }

  private static Set<Purpose> named(String code) {
    return ON_REAL.purposesOf(ControlCode.parse(code));
  }

  @Test
  void aNodeNamesThePurposesItsDefinedTermsInQuotesGive() {
    assertEquals(EnumSet.of(Purpose.DEVELOPMENT), named("9D001"));
    assertEquals(EnumSet.of(Purpose.PRODUCTION), named("9D002"));
    assertEquals(EnumSet.of(Purpose.DEVELOPMENT, Purpose.PRODUCTION), named("3D001"));
    assertEquals(EnumSet.of(Purpose.USE), named("3D002"));
  }

  @Test
  void aNodeNamesAPurposeByTheWordsOfItsDefinitionInAClauseOfPurpose() {
    // "for the repair, refurbishing or overhaul of", "for the operation or maintenance of"
    assertEquals(EnumSet.of(Purpose.USE), named("7E003"));
    assertEquals(EnumSet.of(Purpose.USE), named("7D104"));
    assertEquals(EnumSet.of(Purpose.USE), named("1E002.e"));
    // the words before what the node is: 'Integration "software"', 'Design "technology"'
    assertEquals(EnumSet.of(Purpose.PRODUCTION), named("7D102.b"));
    assertEquals(EnumSet.of(Purpose.DEVELOPMENT), named("7E102.a"));
    // "rated for operation at frequencies" is a rating, not what the technology is for
    assertEquals(Set.of(), PurposeCheck.ownPurposes(REAL.get(ControlCode.parse("5E001.d.1")).text(),
        Knowledge.standard().purposes()));
  }

  @Test
  void aNodeThatNamesNoPurposeTakesItsNearestAncestorsAndGoodsNameNone() {
    // 2E003.b.1 is "for the design of tools", its item 2E003.b.1.a names only a process
    assertEquals(Set.of(), PurposeCheck.ownPurposes(REAL.get(ControlCode.parse("2E003.b.1.a")).text(),
        Knowledge.standard().purposes()));
    assertEquals(EnumSet.of(Purpose.DEVELOPMENT), named("2E003.b.1.a"));
    assertEquals(Set.of(), named("9A001"));
  }

  @Test
  void theSiblingForTheStatedPurposeRanksFirstAndEachSaysWhy() {
    ControlList list = siblings();
    PurposeCheck check = new PurposeCheck(list, Knowledge.standard().purposes());
    List<ScoredNode> scored = new ArrayList<>();
    for (String code : List.of("9A990", "9D990", "9D991", "9D992", "9D993")) {
      scored.add(new ScoredNode(list.get(ControlCode.parse(code)), 10.0, List.of("widget"), List.of()));
    }
    check.weigh(scored, check.statedIn("Bediensoftware für Widget-Prüfstände"));
    scored.sort(ScoredNode.BEST_FIRST);
    assertEquals(List.of("9A990", "9D992", "9D993", "9D990", "9D991"),
        scored.stream().map(s -> s.node.code().toString()).toList());
    ScoredNode use = scored.get(1);
    assertEquals(10.0, use.score);
    assertTrue(use.notes.get(0).line().contains("\"use\" ('Bediensoftware')"), use.notes.toString());
    assertEquals(RemarkKind.PURPOSE, use.notes.get(0).kind());
    assertTrue(use.notes.get(0).words().contains("Bediensoftware"), use.notes.get(0).toString());
    ScoredNode development = scored.get(3);
    assertTrue(development.score < 10.0);
    assertTrue(development.notes.get(0).line().contains("9D990 is for \"development\""), development.notes.toString());
    // goods and a node that names no purpose are left as they are, without a note
    assertEquals(List.of(), scored.get(0).notes);
    assertEquals(List.of(), scored.get(2).notes);
  }

  @Test
  void aTextThatStatesNoPurposeOrSeveralMovesNothing() {
    ControlList list = siblings();
    PurposeCheck check = new PurposeCheck(list, Knowledge.standard().purposes());
    for (String text : List.of("Software for widgets", "Design and maintenance software for widgets")) {
      List<ScoredNode> scored = new ArrayList<>();
      for (String code : List.of("9D990", "9D992")) {
        scored.add(new ScoredNode(list.get(ControlCode.parse(code)), 10.0, List.of("widget"), List.of()));
      }
      check.weigh(scored, check.statedIn(text));
      assertEquals(List.of(10.0, 10.0), scored.stream().map(s -> s.score).toList(), text);
    }
  }
}

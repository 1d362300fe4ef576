package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.junit.jupiter.api.Test;

/** The checks on a text read once answer as the checks on the string. */
class ProductTextTest {

  private static final List<String> TEXTS = List.of(
      "Social media monitoring platform that collects public posts and profiles the activists behind them",
      "Lawful interception mediation platform with ETSI handover interfaces for telecom operators",
      "Spyware that covertly exfiltrates messages without the knowledge of the user",
      "Next-generation firewall with deep packet inspection and intrusion detection (IDS)",
      "Office swivel chair with armrests, black fabric",
      "",
      "   ");

  @Test
  void theScreenAnswersAlikeOnBothForms() {
    Article5Screen screen = Article5Screen.standard();
    for (String t : TEXTS) {
      assertEquals(screen.screen(t), screen.screenOf(ProductText.of(t)), t);
      assertEquals(screen.assess(ProductText.of(t)), screen.assess(ProductText.of(t)), t);
    }
    assertEquals(screen.screen((String) null), screen.screenOf(ProductText.of(null)));
  }

  @Test
  @SuppressWarnings("deprecation")
  void notesAndItemsAnswerAlikeOnBothForms() {
    ControlList list = SyntheticList.list();
    CyberSurveillanceNotes notes = CyberSurveillanceNotes.standard();
    CyberSurveillanceItems items = CyberSurveillanceItems.standard();
    for (ControlCode code : list.allNodes().stream().map(n -> n.code()).toList()) {
      for (String t : TEXTS) {
        assertEquals(notes.release(code, t, list), notes.releaseOf(code, ProductText.of(t), list), code + " " + t);
        assertEquals(items.reason(code, t, list), items.reasonOf(code, ProductText.of(t), list), code + " " + t);
      }
    }
  }

  @Test
  void nullReadsAsTheEmptyText() {
    assertEquals("", ProductText.of(null).text());
  }
}

package org.dualuse.index;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.model.Reference;

/** A small synthetic list written in the annex's style, with a vocabulary of its own. */
final class WidgetList {
  private WidgetList() {}

  static ControlCode code(String c) {
    return ControlCode.parse(c);
  }

  static ControlNode leaf(String code, String text, Note... notes) {
    return new ControlNode(code(code), text, ChildLogic.NONE, List.of(), List.of(notes), List.of(), List.of(),
        null, false, false);
  }

  static ControlList list() {
    Note civil = new Note(NoteKind.NOTE, "Note",
        "9A999.b. does not control gizmo amplifiers designed for civil tractors or agricultural harvesters.",
        List.of(code("9A999.b")), true, List.of(code("9A999.b")), null);
    Note redirect = new Note(NoteKind.NB, "N.B.", "For superconducting gizmo amplifiers, see 9A998.",
        List.of(code("9A998")), false, List.of(), null);
    ControlNode a = leaf("9A999.a", "Radiation hardened widget controllers designed to withstand a total dose exceeding 5 × 103 Gy (silicon);");
    ControlNode b = leaf("9A999.b", "Gizmo amplifiers operating at frequencies exceeding 5 GHz;", civil, redirect);
    ControlNode c = new ControlNode(code("9A999.c"), "Not used;", ChildLogic.NONE, List.of(), List.of(), List.of(),
        List.of(), null, true, false);
    ControlNode widgets = new ControlNode(code("9A999"), "Widgets and gizmos, as follows:", ChildLogic.AS_FOLLOWS,
        List.of(a, b, c), List.of(), List.of(), List.of(), null, false, false);
    ControlNode cryo = leaf("9A998", "Cryogenic doodads operating below 4 K.");
    ControlNode doohickey = leaf("8A997", "Submersible doohickeys rated for depths exceeding 1000 m.");
    ControlNode widgetol = leaf("1C999", "Widgetol (CAS 1234-56-6) and its salts.");
    ControlNode software = new ControlNode(code("9D999"),
        "\"Software\" specially designed for the \"use\" of widgets specified in 9A999.", ChildLogic.NONE, List.of(),
        List.of(), List.of(), List.of(new Reference(code("9A999"), "9A999", false)), null, false, false);
    // no code of its own to refer to: the annex's "goods specified in this Category" wording
    ControlNode categoryTechnology = leaf("8E996",
        "\"Technology\" for the \"development\" or \"production\" of goods specified in this Category.");
    return new ControlList("widgets-test", "Synthetic widget list", "TEST", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "0000", ""), List.of(widgetol, doohickey, categoryTechnology, cryo, widgets,
            software), Map.of(), List.of());
  }

  static Vocabulary vocabulary() {
    return Vocabulary.read(new StringReader(String.join("\n",
        "# test vocabulary",
        "gizmo amp\t9A999.b\ten\tsynonym",
        "Gizmoverstärker\t9A999.b\tde\ttranslation (de)",
        "rad-hard\t9A999.a\ten\tabbreviation",
        "")), "widgets.tsv");
  }
}

package org.dualuse.index.surveillance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.model.ReleaseClause;

/** A small list of invented widget-surveillance entries in the annex's style, with release notes. */
final class SyntheticList {
  private SyntheticList() {}

  static ControlNode node(String code, String text, boolean flagged, List<ControlNode> children, Note... notes) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.NONE, children, List.of(notes),
        List.of(), List.of(), Optional.empty(), false, flagged);
  }

  static Note note(String label, String text) {
    return new Note(NoteKind.NOTE, label, text, List.of(), ReleaseClause.readAll(NoteKind.NOTE, text), List.of(),
        Optional.empty());
  }

  static Note technical(String label, String text) {
    return new Note(NoteKind.TECHNICAL_NOTE, label, text, List.of(), ReleaseClause.readAll(NoteKind.TECHNICAL_NOTE, text),
        List.of(), Optional.empty());
  }

  static ControlList list() {
    ControlNode a1 = node("9A999.a.1", "Listening equipment for the extraction of speech carried over the air;", true, List.of());
    ControlNode a2 = node("9A999.a.2", "Listening equipment for the extraction of caller badges;", true, List.of());
    ControlNode a = node("9A999.a", "Widget listening equipment as follows:", true, List.of(a1, a2),
        note("Note", "9A999.a.1. and 9A999.a.2. do not control any of the following: a. Equipment specially "
            + "designed for the listening of toy walkie-talkies (TWT), harbour VHF; b. Equipment designed for "
            + "railway signalling operators; or c. Equipment designed for the \"development\" or \"production\" "
            + "of radios."));
    ControlNode b = node("9A999.b", "Backbone packet analysers mapping the friends of a person;", true, List.of(),
        note("Note", "9A999.b. does not control systems specially designed for any of the following: "
            + "a. Audience research; b. Link Latency Control (LLC); or c. Subscriber comfort scoring."));
    ControlNode c = node("9A999.c", "Widgets having an operating frequency exceeding 5 GHz;", false, List.of(),
        note("Note", "9A999.c. does not control widgets for toys."));
    ControlNode e1 = node("9A999", "Widget surveillance systems as follows:", false, List.of(a, b, c));
    ControlNode d = node("9D999", "\"Software\" for the delivery of \"widget payloads\".", true, List.of(),
        note("Note", "9D999 does not control \"software\" limited to installing widget firmware meeting all the "
            + "following: a. The installation runs only with the consent of the keeper of the widget; and "
            + "b. After installation the firmware is not any of the following: 1. Software specified in 9D999; "
            + "or 2. Widget payloads."));
    ControlNode ea = node("9E999.a", "\"Technology\" for the \"use\" of equipment specified in 9A999;", false, List.of());
    ControlNode ec = node("9E999.c", "\"Technology\" for the \"development\" of \"widget payloads\".", true, List.of(),
        note("Note 1", "9E999.a. and 9E999.c. do not control \"flaw reporting\" or \"breach coordination\"."),
        note("Note 2", "Note 1 does not diminish the rights of anyone."));
    ControlNode e = node("9E999", "\"Technology\" as follows:", false, List.of(ea, ec));
    ControlNode x2 = node("9A998.b.2", "Defeat the locks of the widget, to perform 9A998.b.1.;", true, List.of(),
        technical("Technical Note", "For 9A998.b.1., 'copy deeply' means to read every cell. Note 1: 9A998.b. does "
            + "not control equipment specially designed for the \"production\" of widgets. Note 2: 9A998.b. does "
            + "not include: a. Debuggers, hypervisors; b. Items limited to shallow copying; c. Copying items "
            + "using pin probing or JTAG; or d. Items specially designed and limited to unlocking toys."));
    ControlNode x1 = node("9A998.b.1", "'Copy deeply' from a widget; and", true, List.of());
    ControlNode x = node("9A998.b", "Items designed to perform all of the following:", true, List.of(x1, x2));
    ControlNode e0 = node("9A998", "Widget copiers as follows:", false, List.of(x));
    return new ControlList("synthetic", "Synthetic widgets", "XX", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic", "", "", ""), List.of(e0, e1, d, e), Map.of(), List.of());
  }
}

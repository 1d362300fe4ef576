package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.NoteKind;

/**
 * A node under construction: the code the publisher printed, the code it is placed at (they differ
 * only for items repaired by {@link ItemPlacement}), its text as continuation lines extend it, its
 * children and notes. Mutable, confined to one parse; {@link NodeBuilder} turns it into a
 * {@link org.dualuse.core.model.ControlNode}.
 */
final class Draft {
  final ControlCode printed;
  final ControlCode code;
  final StringBuilder text;
  final int line;
  final Draft parent;
  final List<Draft> children = new ArrayList<>();
  final List<DraftNote> notes = new ArrayList<>();
  /** For an entry: its nodes by the code the publisher printed. */
  final Map<ControlCode, Draft> printedIndex = new HashMap<>();
  private Map<String, String> entryLocalTerms;

  Draft(ControlCode printed, ControlCode code, String text, int line, Draft parent) {
    this.printed = printed;
    this.code = code;
    this.text = new StringBuilder(text);
    this.line = line;
    this.parent = parent;
  }

  void append(String more) {
    if (!more.isEmpty()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(more);
    }
  }

  Draft findPrinted(ControlCode printedCode) {
    return printedIndex.get(printedCode);
  }

  boolean hasChildPrinted(ControlCode printedCode) {
    for (Draft child : children) {
      if (child.printed.equals(printedCode)) {
        return true;
      }
    }
    return false;
  }

  void forEach(java.util.function.Consumer<Draft> visitor) {
    visitor.accept(this);
    for (Draft child : children) {
      child.forEach(visitor);
    }
  }

  String localTerm(String key, NoteKind kind) {
    for (DraftNote note : notes) {
      if (note.kind == kind) {
        String found = note.localTerms().get(key);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** For an entry: every 'single-quoted' term its notes quote, technical notes first. */
  Map<String, String> entryLocalTerms() {
    if (entryLocalTerms == null) {
      Map<String, String> technical = new HashMap<>();
      Map<String, String> other = new HashMap<>();
      forEach(d -> {
        for (DraftNote note : d.notes) {
          Map<String, String> into = note.kind == NoteKind.TECHNICAL_NOTE ? technical : other;
          note.localTerms().forEach(into::putIfAbsent);
        }
      });
      other.forEach(technical::putIfAbsent);
      entryLocalTerms = technical;
    }
    return entryLocalTerms;
  }
}

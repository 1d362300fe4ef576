package org.dualuse.core.parse;

import java.util.HashMap;
import java.util.Map;
import org.dualuse.core.model.NoteKind;

/**
 * A note under construction: its kind and label as {@link NoteSplitter} split them, its text as
 * continuation lines and list items extend it, and the draft it hangs on (which
 * {@link DraftTree#reattachNotes()} may change). Mutable, confined to one parse.
 */
final class DraftNote {
  final NoteKind kind;
  final String label;
  final StringBuilder text;
  final int line;
  Draft host;
  private Map<String, String> localTerms;

  DraftNote(NoteKind kind, String label, String text, int line, Draft host) {
    this.kind = kind;
    this.label = label;
    this.text = new StringBuilder(text);
    this.line = line;
    this.host = host;
  }

  void append(String more) {
    if (!more.isEmpty()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(more);
    }
    localTerms = null;
  }

  Map<String, String> localTerms() {
    if (localTerms == null) {
      localTerms = new HashMap<>();
      for (String term : QuotedTerms.quoted(true, text.toString())) {
        localTerms.putIfAbsent(TermIndex.stem(TermIndex.key(term)), term);
      }
    }
    return localTerms;
  }
}

package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.NoteKind;

/**
 * What a note says it is about: the codes its text opens with ("1C450 does not control ...",
 * "For the purposes of 3A001.a.10.b.: ..."), and whether it is one of a numbered run ("Note 1",
 * "Note 2"). {@link DraftTree#reattachNotes()} uses them to move a note printed under the wrong node
 * (repair rule 4 of {@link AnnexParser}). Stateless.
 */
final class NoteSubjects {

  private static final Pattern SUBJECT_PREFIX =
      Pattern.compile("(?:1\\.\\s+)?(?:For the purposes? of |In |This note applies to )?(?:(?:entry|entries) )?");
  private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("\\.?(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to)\\s+)");
  private static final Pattern NUMBERED_NOTE = Pattern.compile("Note \\d+");

  private NoteSubjects() {}

  /** The codes a note opens with as its subject, in order; empty when it opens otherwise. */
  static List<ControlCode> subjects(String body) {
    Matcher prefix = SUBJECT_PREFIX.matcher(body);
    int pos = prefix.lookingAt() ? prefix.end() : 0;
    List<ControlCode> out = new ArrayList<>();
    Matcher separator = SUBJECT_SEPARATOR.matcher(body);
    for (ReferenceFinder.Mention m : ReferenceFinder.find(body)) {
      if (m.start() != pos) {
        break;
      }
      out.add(m.code());
      pos = m.end();
      separator.region(pos, body.length());
      if (separator.lookingAt()) {
        pos = separator.end();
      }
    }
    return out;
  }

  static ControlCode commonAncestor(ControlCode a, ControlCode b) {
    if (a == null || !a.entry().equals(b.entry())) {
      return null;
    }
    int k = 0;
    while (k < Math.min(a.depth(), b.depth()) && a.path().get(k).equals(b.path().get(k))) {
      k++;
    }
    return new ControlCode(a.category(), a.group(), a.number(), a.path().subList(0, k));
  }

  static boolean isNumberedNote(DraftNote note) {
    return note.kind == NoteKind.NOTE && NUMBERED_NOTE.matcher(note.label).matches();
  }
}

package org.dualuse.lists;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.Provision;

/**
 * Counts the note headers the source prints, independently of the parser, by the layout of the
 * annex: a header opens a line ("Note:", "Note 2:", "Notes:", "Technical Note(s):", "N.B.", "N.B.1."),
 * or stands inside a line after the end of a sentence or list item (". Note 1:", "; Technical Note:")
 * unless it completes the opening of a technical note that cites a note ("For the purposes of
 * 4A003.g. Note: 1. ..."); an "N.B." counts wherever it stands, since the annex never cites one.
 */
final class NoteHeaders {
  private static final Pattern AT_START = Pattern.compile(
      "^(?:Technical Notes?(?:\\s+\\d+)?|Notes?(?:\\s+\\d+)?|N\\.B\\.(?:\\s?\\d+)?)(?![\\w])");
  private static final Pattern INSIDE = Pattern.compile(
      "(?<=[.;])\\s+(Technical\\s+Notes?(?:\\s+\\d+)?|Notes?(?:\\s+\\d+)?)\\s*:");
  private static final Pattern NB_INSIDE = Pattern.compile("(?<=\\s)N\\.B\\.");
  private static final Pattern CITATION = Pattern.compile("purposes of \\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.$");

  private NoteHeaders() {}

  static int count(AnnexSource source, NoteKind kind) {
    int n = 0;
    for (Provision p : source.provisions()) {
      String text = p.text().strip();
      Matcher start = AT_START.matcher(text);
      if (start.lookingAt() && kindOf(start.group()) == kind) {
        n++;
      }
      Matcher inside = INSIDE.matcher(text);
      while (inside.find()) {
        if (kindOf(inside.group(1)) == kind && !CITATION.matcher(text.substring(0, inside.start())).find()) {
          n++;
        }
      }
      Matcher nb = NB_INSIDE.matcher(text);
      while (nb.find()) {
        if (kind == NoteKind.NB) {
          n++;
        }
      }
    }
    return n;
  }

  private static NoteKind kindOf(String header) {
    return header.startsWith("Technical") ? NoteKind.TECHNICAL_NOTE
        : header.startsWith("N.B") ? NoteKind.NB : NoteKind.NOTE;
  }
}

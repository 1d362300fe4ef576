package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.model.NoteKind;

/**
 * Splits the text of a note provision into notes: the label ("Note 2", "Technical Notes", "N.B.")
 * is split from the text, and a note header printed inside the text (the source runs notes
 * together on one line, or prints a technical note inside another note's list) starts a note of its
 * own kind. Its own class because the header grammar and the list-resumption rule are the subtle
 * part of reading notes. Stateless.
 */
final class NoteSplitter {

  private static final Pattern NOTE_LABEL = Pattern.compile(
      "^(Technical Notes?(?:\\s+\\d+(?![\\dA-Z]))?|Notes?(?:\\s+\\d+(?![\\dA-Z]))?|N\\.B\\.(?:\\s?\\d+(?![\\dA-Z]))?)\\.?\\s*:?\\s*");
  // a note header inside a note's text, after the end of a sentence that is not a code's trailing
  // dot ("1C001.a. Note 1.c" is a reference, "Krypton. Technical Note:" a new note)
  // "N.B." is never a citation: it starts a note wherever it stands, with or without a colon
  private static final Pattern EMBEDDED_NOTE = Pattern.compile(
      "(?<=[a-z0-9)\"'’”%][.;])\\s+"
          + "(Technical\\s+Notes?(?:\\s+\\d+(?![\\dA-Z]))?|Notes?(?:\\s+\\d+(?![\\dA-Z]))?|N\\.B\\.)\\s*:\\s*"
          + "|\\s+(N\\.B\\.(?:\\s?\\d+(?![\\dA-Z]))?)\\.?\\s*:?\\s*");
  // the opening of a technical note that cites a note: what follows "Note:" is part of the citation
  private static final Pattern CITES_NOTE = Pattern.compile("\\bpurposes of \\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.$");
  // a label of a note's own list, lettered or numbered ("f. ", "2. ")
  private static final Pattern ANY_LIST_LABEL = Pattern.compile("(?:^|[\\s;:])([a-z]|[1-9]\\d?)\\.\\s");

  private NoteSplitter() {}

  /**
   * Splits a note provision into its notes, adds them to {@code host} (or, for the rest of a list a
   * technical note interrupted, to the note it interrupted) and returns the note that received the
   * last text.
   *
   * @param text the provision's stripped text
   */
  static DraftNote split(Provision p, String text, Draft host) {
    Matcher label = NOTE_LABEL.matcher(text);
    String labelText = "";
    String body = text;
    if (label.lookingAt()) {
      labelText = label.group(1);
      body = text.substring(label.end());
    }
    // the source sometimes runs a note and the next one together on one line ("... c. Krypton.
    // Technical Note: For the purposes of ..."): each header starts a note of its own kind. A
    // technical note or N.B. printed inside a note's list ("e. ...; Technical Note: ... f. ...") ends
    // where that list goes on, and the rest of the list returns to the note it interrupted.
    NoteKind kind = kindOf(p.kind());
    DraftNote note = null;
    DraftNote interrupted = null;
    int resumeAt = -1;
    Matcher embedded = EMBEDDED_NOTE.matcher(body);
    int from = 0;
    String partLabel = labelText;
    while (true) {
      boolean more = nextHeader(embedded, body, from);
      int end = more ? embedded.start() : body.length();
      if (interrupted != null && resumeAt >= from && resumeAt < end) {
        note = new DraftNote(kind, partLabel, body.substring(from, resumeAt).strip(), p.line(), host);
        host.notes.add(note);
        interrupted.append(body.substring(resumeAt, end).strip());
        note = interrupted;
        kind = interrupted.kind;
      } else {
        String part = body.substring(from, end).strip();
        if (!part.isEmpty() || !more) {
          note = new DraftNote(kind, partLabel, part, p.line(), host);
          host.notes.add(note);
        }
      }
      interrupted = null;
      if (!more) {
        break;
      }
      partLabel = (embedded.group(1) != null ? embedded.group(1) : embedded.group(2)).replaceAll("\\s+", " ");
      kind = partLabel.startsWith("Technical") ? NoteKind.TECHNICAL_NOTE
          : partLabel.startsWith("N.B") ? NoteKind.NB : NoteKind.NOTE;
      resumeAt = kind != NoteKind.NOTE ? listResumesAt(body, embedded) : -1;
      if (resumeAt >= 0 && note != null) {
        interrupted = note;
      }
      from = embedded.end();
    }
    return note;
  }

  /**
   * Finds the next note header in {@code body} after {@code from}, skipping a "Note:" that only
   * completes the opening of a technical note ("For the purposes of 4A003.g. Note: 1. ..." cites
   * the note of 4A003.g, it does not start one).
   */
  private static boolean nextHeader(Matcher embedded, String body, int from) {
    int at = from;
    while (at <= body.length() && embedded.find(at)) {
      if (!CITES_NOTE.matcher(body.substring(from, embedded.start())).find()) {
        return true;
      }
      at = embedded.end();
    }
    return false;
  }

  /**
   * Where the note's own list goes on after an embedded "Technical Note:" or "N.B." that explains one
   * of its items ("e. ...; Technical Note: ... f. ..."), or -1 when the list does not go on: the first
   * label after the header that continues one of the lists open before it. Lists nest ("a. ... 1. ...
   * a. ... 1. ... 2. ...; Technical Note: ... 2. ..."): a label that continues an open list closes
   * the lists below it; any other label opens a list one level down.
   */
  private static int listResumesAt(String body, Matcher embedded) {
    Matcher label = ANY_LIST_LABEL.matcher(body.substring(0, embedded.start()));
    List<String> open = new ArrayList<>();
    while (label.find()) {
      String l = label.group(1);
      int level = open.size() - 1;
      while (level >= 0 && !nextLabel(open.get(level)).equals(l)) {
        level--;
      }
      if (level >= 0) {
        open.subList(level, open.size()).clear();
      }
      open.add(l);
    }
    List<String> continuations = open.stream().map(NoteSplitter::nextLabel).toList();
    Matcher later = ANY_LIST_LABEL.matcher(body).region(embedded.end(), body.length());
    while (later.find()) {
      if (continuations.contains(later.group(1))) {
        return later.start(1);
      }
    }
    return -1;
  }

  private static String nextLabel(String label) {
    return Character.isDigit(label.charAt(0))
        ? Integer.toString(Integer.parseInt(label) + 1) : String.valueOf((char) (label.charAt(0) + 1));
  }

  private static NoteKind kindOf(ProvisionKind kind) {
    return switch (kind) {
      case NOTE -> NoteKind.NOTE;
      case TECHNICAL_NOTE -> NoteKind.TECHNICAL_NOTE;
      case NB -> NoteKind.NB;
      case ITEM -> throw new IllegalStateException("an item is not a note");
    };
  }
}

package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.NoteKind;

/**
 * The drafts of one parse: reads the provisions in source order into a tree of {@link Draft}s with
 * their {@link DraftNote}s, applying repair rules 1 to 4 of {@link AnnexParser} and counting each,
 * and checks that the tree is complete. Its own class because building and repairing the tree is
 * one stage of the parse, separate from turning the drafts into nodes ({@link NodeBuilder}).
 * Mutable, confined to the calling thread.
 */
final class DraftTree {

  private static final Pattern INTRODUCES_LIST = Pattern.compile("\\bfollow(?:s|ing)(?:\\s+[\\w-]+){0,2}\\s*:$");

  final AnnexSource source;
  final String sourceName;
  final Map<ControlCode, Draft> byCode = new HashMap<>();
  final List<Draft> entries = new ArrayList<>();
  int continuationLines;
  int noteListItems;
  int renumberedItems;
  int notesReattached;
  int duplicateNotesMerged;

  DraftTree(AnnexSource source) {
    this.source = source;
    this.sourceName = source.provenance().sourceName();
  }

  /** Builds the drafts in source order, applying repair rules 1 to 3. */
  void readProvisions() {
    Object previous = null; // the Draft or DraftNote that received the last text
    DraftNote openList = null; // a note ending in a colon whose list items may follow (rule 2)
    Draft currentEntry = null;
    for (Provision p : source.provisions()) {
      ControlCode printed = ControlCode.tryParse(p.code()).orElseThrow(() -> new ControlListFormatException(
          sourceName, p.line(), p.code(), "expected a control code like 3A001.b.2"));
      String text = p.text().strip();
      if (p.kind() == ProvisionKind.ITEM) {
        if (openList != null && printed.parent().map(openList.host.printed::equals).orElse(false)
            && !openList.host.hasChildPrinted(printed)) {
          openList.append(printed.path().get(printed.depth() - 1) + ". " + text);
          noteListItems++;
          previous = openList;
          continue;
        }
        openList = null;
        if (previous != null && printedCodeOf(previous).equals(printed)) {
          appendTo(previous, text);
          continuationLines++;
          continue;
        }
        Draft draft;
        if (printed.isEntry()) {
          draft = new Draft(printed, printed, text, p.line(), null);
          currentEntry = draft;
          entries.add(draft);
        } else {
          if (currentEntry == null || !currentEntry.code.equals(printed.entry())) {
            throw new ControlListFormatException(sourceName, p.line(), p.code(),
                "item stands outside its entry " + printed.entry() + "; expected it after the line of "
                    + printed.entry() + (currentEntry == null ? "" : " and before the next entry (now in "
                    + currentEntry.code + ")"));
          }
          Draft parent = currentEntry.findPrinted(printed.parent().orElseThrow());
          if (parent == null) {
            throw new ControlListFormatException(sourceName, p.line(), p.code(),
                "parent " + printed.parent().orElseThrow() + " does not stand before this item; expected the"
                    + " items of a list after the item that introduces them");
          }
          ControlCode placed = ItemPlacement.placeUnder(parent, printed);
          draft = new Draft(printed, placed, text, p.line(), byCode.get(placed.parent().orElseThrow()));
          if (!draft.code.equals(printed)) {
            renumberedItems++;
          }
        }
        Draft earlier = byCode.putIfAbsent(draft.code, draft);
        if (earlier != null) {
          throw new ControlListFormatException(sourceName, p.line(), p.code(),
              "code already used at line " + earlier.line + "; expected each item once");
        }
        if (draft.parent != null) {
          draft.parent.children.add(draft);
        }
        currentEntry.printedIndex.put(printed, draft);
        previous = draft;
      } else {
        Draft host = currentEntry == null ? null : currentEntry.findPrinted(printed);
        if (host == null) {
          throw new ControlListFormatException(sourceName, p.line(), p.code(),
              "note for a code that has no item before it; expected the note after the item it belongs to");
        }
        DraftNote note = NoteSplitter.split(p, text, host);
        previous = note;
        openList = note.text.toString().endsWith(":") ? note : null;
      }
    }
    for (Draft entry : entries) {
      checkComplete(entry);
    }
  }

  private void checkComplete(Draft draft) {
    if (draft.text.isEmpty()) {
      throw new ControlListFormatException(sourceName, draft.line, draft.printed.toString(),
          "expected the item's text after its code (nor did a continuation line give one)");
    }
    if (draft.children.isEmpty() && endsWithColon(draft.text) && draft.text.indexOf("follow") >= 0
        && INTRODUCES_LIST.matcher(draft.text).find()) {
      throw new ControlListFormatException(sourceName, draft.line, draft.printed.toString(),
          "the text introduces a list (\"... following:\") but no items follow; expected its items (truncated source?)");
    }
    for (Draft child : draft.children) {
      checkComplete(child);
    }
  }

  /** Rule 4: notes that name another node of the same entry as their subject move there. */
  void reattachNotes() {
    List<DraftNote> all = new ArrayList<>();
    for (Draft entry : entries) {
      entry.forEach(d -> all.addAll(d.notes));
    }
    for (DraftNote note : all) {
      if (note.kind == NoteKind.NB) {
        continue;
      }
      List<ControlCode> subjects = NoteSubjects.subjects(note.text.toString());
      if (subjects.isEmpty()) {
        continue;
      }
      ControlCode host = note.host.code;
      boolean aboutHost = false;
      for (ControlCode s : subjects) {
        ControlCode placed = placed(s);
        if (host.isPrefixOf(placed)) {
          aboutHost = true;
        }
      }
      if (aboutHost) {
        continue;
      }
      ControlCode target = placed(subjects.get(0));
      for (ControlCode s : subjects) {
        target = NoteSubjects.commonAncestor(target, placed(s));
      }
      Draft targetDraft = target == null ? null : byCode.get(target);
      if (targetDraft == null || !target.entry().equals(host.entry())) {
        continue;
      }
      // numbered notes printed in one run ("Note 1", "Note 2") speak of one node: the earlier ones
      // of the run that name no subject of their own go where a later one names (1C010.e's Note 1)
      List<DraftNote> run = new ArrayList<>();
      if (target.isPrefixOf(host) && !note.host.printed.equals(host) && NoteSubjects.isNumberedNote(note)) {
        List<DraftNote> printedWith = note.host.notes;
        int line = note.line;
        for (int i = printedWith.indexOf(note) - 1; i >= 0; i--) {
          DraftNote earlier = printedWith.get(i);
          if (earlier.line < line - 1 || !NoteSubjects.isNumberedNote(earlier) || !NoteSubjects.subjects(earlier.text.toString()).isEmpty()) {
            break;
          }
          run.add(0, earlier);
          line = earlier.line;
        }
      }
      for (DraftNote earlier : run) {
        earlier.host.notes.remove(earlier);
        earlier.host = targetDraft;
        targetDraft.notes.add(earlier);
        notesReattached++;
      }
      note.host.notes.remove(note);
      notesReattached++;
      boolean duplicate = targetDraft.notes.stream().anyMatch(
          n -> n.kind == note.kind && n.text.toString().equals(note.text.toString()));
      // a note printed under two nodes is two notes of the text (1C450's two "Note 4"): both stay
      if (duplicate) {
        duplicateNotesMerged++;
      }
      note.host = targetDraft;
      targetDraft.notes.add(note);
    }
  }

  /** Whether the list has a node printed with this code. */
  boolean exists(ControlCode printed) {
    Draft entry = byCode.get(printed.entry());
    return entry != null && entry.findPrinted(printed) != null;
  }

  /** A printed code as placed by rule 3 (unchanged for all others). */
  ControlCode placed(ControlCode printed) {
    Draft entry = byCode.get(printed.entry());
    Draft d = entry == null ? null : entry.findPrinted(printed);
    return d == null ? printed : d.code;
  }

  private static boolean endsWithColon(CharSequence text) {
    return text.length() > 0 && text.charAt(text.length() - 1) == ':';
  }

  private static ControlCode printedCodeOf(Object provision) {
    return provision instanceof Draft d ? d.printed : ((DraftNote) provision).host.printed;
  }

  private static void appendTo(Object provision, String text) {
    if (provision instanceof Draft d) {
      d.append(text);
    } else {
      ((DraftNote) provision).append(text);
    }
  }
}

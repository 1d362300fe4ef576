package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.ListedMaterials;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermKind;
import org.dualuse.core.model.TermUse;

/**
 * Turns a publication's provisions into a {@link ControlList}: the tree of entries and items, the
 * notes typed and attached, defined terms and references linked, criteria read.
 *
 * <p><b>Hierarchy.</b> A node's parent is the code one segment shorter ({@code 5A001.f} for
 * {@code 5A001.f.1}); it must stand earlier in the source. A note provision attaches to the node
 * whose code it carries, which must stand earlier too. Anything else (an unreadable code, a parent
 * or host that never appeared, a code printed twice apart from the repairs below, an item that ends
 * with "as follows:" or "the following:" with nothing below it, which is what a truncated source
 * looks like) is a
 * {@link ControlListFormatException} naming the source, line and code: no partial list is returned.
 *
 * <p><b>Repairs of the publisher's artefacts</b>, each a general rule (counted in
 * {@link ParseReport}):
 *
 * <ol>
 *   <li><b>Continuation lines.</b> An item line whose code is the code of the provision just
 *       before it (an item or a note) continues that provision: a wrapped line, a table row
 *       ({@code 4A001.a.2 a. Total Dose ...}), the body of a note whose label stood alone
 *       ({@code 6A008.l.1 Technical Note:} then {@code 6A008.l.1 For the purposes of ...}). It is
 *       joined to that provision's text with a line break.
 *   <li><b>Lists inside notes.</b> A note whose text ends with a colon ("does not include:",
 *       "are the following:") introduces a list; the item lines printed right after it whose code is
 *       a new child of the node carrying the note ({@code 5A004.b.2.a} ... {@code .d} after a note on
 *       {@code 5A004.b.2}) are that list's items, not sub-items: they are appended to the note as
 *       {@code a. text} and no node is made for them.
 *   <li><b>Codes printed at the wrong level.</b> An item whose segment is of the other kind
 *       (letters versus numbers) than every earlier child of its parent ({@code 1C010.1} after
 *       {@code 1C010.a} ... {@code 1C010.e}) was numbered one level too high by the publisher: it is
 *       moved below its nearest earlier node whose children it would continue (the last sibling,
 *       {@code 1C010.e}, whose first child is {@code 1}; later, {@code 1C010.1.2} continues
 *       {@code 1C010.e.1} as {@code 1C010.e.2}); its descendants and notes move with it.
 *   <li><b>Notes under the wrong node.</b> A note or technical note whose text opens by naming
 *       the codes it is about ({@code 1C450 does not control ...}, {@code For the purposes of
 *       3A001.a.10.b.: ...}) but names neither the node carrying it nor one of that node's
 *       descendants is moved to the node it names (their nearest common ancestor when it names
 *       several) when that node is in the same entry. A note that arrives, so moved, at a node
 *       already carrying the same note is counted as printed twice; both are kept, as the text prints both.
 * </ol>
 *
 * <p><b>Notes.</b> The label ("Note 2", "Technical Notes", "N.B.") is split from the text; a
 * note or technical note that releases items ("does not control", "do not apply to", "are not
 * controlled", "does not include") is a decontrol note; it releases the codes named before that
 * phrase, or the node it hangs on when it names none.
 *
 * <p><b>Terms.</b> Global definitions are read from the {@link DocumentKind#DEFINITIONS} document
 * ({@link DefinitionReader}); each "double-quoted" term of an item or note is resolved through
 * {@link TermIndex}; each 'single-quoted' term is linked (case and plurals ignored) to the
 * technical note (else note) that quotes it on the node itself or its nearest ancestor, else
 * anywhere in the entry, else in the list's documents; unresolved uses are kept with a null term.
 *
 * <p>Stateless and thread-safe; one parser can serve many threads.
 */
public final class AnnexParser {

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
  private static final Pattern LIST_LABEL = Pattern.compile("(?:^|[\\s;:])([a-z])\\.\\s");
  // a label of a note's own list, lettered or numbered ("f. ", "2. ")
  private static final Pattern ANY_LIST_LABEL = Pattern.compile("(?:^|[\\s;:])([a-z]|[1-9]\\d?)\\.\\s");
  private static final Pattern NUMBERED_NOTE = Pattern.compile("Note \\d+");
  private static final Pattern DECONTROL = Pattern.compile(
      "\\b(?:does|do) not (?:control|apply|include)\\b|\\b(?:is|are) not controlled\\b");
  private static final Pattern SUBJECT_PREFIX =
      Pattern.compile("(?:1\\.\\s+)?(?:For the purposes? of |In |This note applies to )?(?:(?:entry|entries) )?");
  private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("\\.?(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to)\\s+)");
  private static final Pattern INTRODUCES_LIST = Pattern.compile("\\bfollow(?:s|ing)(?:\\s+[\\w-]+){0,2}\\s*:$");
  private static final Pattern NOT_USED = Pattern.compile("^Not used\\b[;.,]?(?:\\s*(?:or|and))?$");
  // "having all the following" omits the "of", and the source glues "havingall of the following"
  private static final Pattern LOGIC = Pattern.compile(
      "(?:\\b|(?<=having))(?:(all|both|each) (?:of )?the following|(any|either|one or more|one) of the following)"
          + "|\\bas follows|\\bthe following");

  private static final int LOGIC_LEAD = "one or more of the ".length();

  private final CriteriaExtractor criteria;

  /** A parser that reads criteria with {@link CriteriaExtractor#standard()}. */
  public AnnexParser() {
    this(CriteriaExtractor.standard());
  }

  /** @param criteria how items' and notes' technical conditions are read */
  public AnnexParser(CriteriaExtractor criteria) {
    Objects.requireNonNull(criteria, "criteria");
    this.criteria = criteria;
  }

  /**
   * Parses a publication into a list.
   *
   * @throws ControlListFormatException when the source cannot be read into a complete list
   */
  public ControlList parse(AnnexSource source) {
    return parseWithReport(source).list();
  }

  /**
   * Parses a publication and says what was found and repaired.
   *
   * @throws ControlListFormatException when the source cannot be read into a complete list
   */
  public ParsedAnnex parseWithReport(AnnexSource source) {
    Run run = new Run(source);
    ControlList list = run.build();
    return new ParsedAnnex(list, run.report);
  }

  /** The state of one parse; confined to the calling thread. */
  private final class Run {
    final AnnexSource source;
    final String sourceName;
    final Map<ControlCode, Draft> byCode = new HashMap<>();
    final List<String> unreadableCriteria = new ArrayList<>();
    final List<Draft> entries = new ArrayList<>();
    ParseReport report;
    int continuationLines;
    int noteListItems;
    int renumberedItems;
    int notesReattached;
    int duplicateNotesMerged;

    Run(AnnexSource source) {
      this.source = source;
      this.sourceName = source.provenance().sourceName();
    }

    ControlList build() {
      if (source.provisions().isEmpty()) {
        throw new ControlListFormatException(sourceName, 0, null, "no provisions; expected the entries of the list");
      }
      readProvisions();
      reattachNotes();
      Map<String, DefinedTerm> definitions = definitions();
      TermIndex index = new TermIndex(definitions.values());
      Map<String, String> documentLocalTerms = documentLocalTerms();
      Counters counters = new Counters();
      List<ControlNode> nodes = new ArrayList<>(entries.size());
      for (Draft entry : entries) {
        nodes.add(node(entry, entry, index, documentLocalTerms, counters));
      }
      ControlList list;
      try {
        list = new ControlList(source.listId(), source.title(), source.jurisdiction(), source.effectiveDate(),
            source.provenance(), nodes, definitions, source.documents());
      } catch (DualUseException e) {
        throw new ControlListFormatException(sourceName, 0, null, e.getMessage(), e);
      }
      Map<String, Integer> notesByKind = new LinkedHashMap<>();
      for (NoteKind kind : NoteKind.values()) {
        notesByKind.put(kind.name(), counters.notes.getOrDefault(kind, 0));
      }
      report = new ParseReport(source.provisions().size(), list.entries().size(), list.itemCount(), notesByKind,
          continuationLines, noteListItems, renumberedItems, notesReattached, duplicateNotesMerged,
          definitions.size(), counters.quoted.size(),
          (int) counters.quoted.values().stream().filter(Boolean::booleanValue).count(), counters.references,
          List.copyOf(unreadableCriteria));
      return list;
    }

    /** Builds the drafts in source order, applying repair rules 1 to 3. */
    private void readProvisions() {
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
            ControlCode placed = placeUnder(parent, printed);
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
          previous = note;
          openList = note.text.toString().endsWith(":") ? note : null;
        }
      }
      for (Draft entry : entries) {
        checkComplete(entry);
      }
    }

    /** Rule 3: where an item whose segment kind differs from its earlier siblings' really belongs. */
    private ControlCode placeUnder(Draft parent, ControlCode printed) {
      String segment = printed.path().get(printed.depth() - 1);
      ControlCode wanted = parent.code.child(segment);
      if (parent.children.isEmpty() || sameKind(parent.children.get(0).code, segment)) {
        return wanted;
      }
      // walk down the last-child chain, then up the ancestors, for a node this segment continues
      Draft candidate = parent.children.get(parent.children.size() - 1);
      while (candidate != null) {
        if (continues(candidate, segment)) {
          return candidate.code.child(segment);
        }
        candidate = candidate.children.isEmpty() ? null : candidate.children.get(candidate.children.size() - 1);
      }
      for (Draft up = parent.parent; up != null; up = up.parent) {
        if (continues(up, segment)) {
          return up.code.child(segment);
        }
      }
      return wanted;
    }

    private boolean continues(Draft node, String segment) {
      if (node.children.isEmpty()) {
        return segment.equals("1") || segment.equals("a");
      }
      ControlCode last = node.children.get(node.children.size() - 1).code;
      String lastSegment = last.path().get(last.depth() - 1);
      return sameKind(last, segment) && successor(lastSegment).equals(segment);
    }

    private static boolean sameKind(ControlCode sibling, String segment) {
      String s = sibling.path().get(sibling.depth() - 1);
      return Character.isDigit(s.charAt(0)) == Character.isDigit(segment.charAt(0));
    }

    private static String successor(String segment) {
      if (Character.isDigit(segment.charAt(0))) {
        return Integer.toString(Integer.parseInt(segment) + 1);
      }
      char last = segment.charAt(segment.length() - 1);
      return last == 'z' ? segment + "a" : segment.substring(0, segment.length() - 1) + (char) (last + 1);
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
    private void reattachNotes() {
      List<DraftNote> all = new ArrayList<>();
      for (Draft entry : entries) {
        entry.forEach(d -> all.addAll(d.notes));
      }
      for (DraftNote note : all) {
        if (note.kind == NoteKind.NB) {
          continue;
        }
        List<ControlCode> subjects = subjects(note.text.toString());
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
          target = commonAncestor(target, placed(s));
        }
        Draft targetDraft = target == null ? null : byCode.get(target);
        if (targetDraft == null || !target.entry().equals(host.entry())) {
          continue;
        }
        // numbered notes printed in one run ("Note 1", "Note 2") speak of one node: the earlier ones
        // of the run that name no subject of their own go where a later one names (1C010.e's Note 1)
        List<DraftNote> run = new ArrayList<>();
        if (target.isPrefixOf(host) && !note.host.printed.equals(host) && isNumberedNote(note)) {
          List<DraftNote> printedWith = note.host.notes;
          int line = note.line;
          for (int i = printedWith.indexOf(note) - 1; i >= 0; i--) {
            DraftNote earlier = printedWith.get(i);
            if (earlier.line < line - 1 || !isNumberedNote(earlier) || !subjects(earlier.text.toString()).isEmpty()) {
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
    private boolean exists(ControlCode printed) {
      Draft entry = byCode.get(printed.entry());
      return entry != null && entry.findPrinted(printed) != null;
    }

    /** A printed code as placed by rule 3 (unchanged for all others). */
    private ControlCode placed(ControlCode printed) {
      Draft entry = byCode.get(printed.entry());
      Draft d = entry == null ? null : entry.findPrinted(printed);
      return d == null ? printed : d.code;
    }

    private Map<String, DefinedTerm> definitions() {
      for (ListDocument doc : source.documents()) {
        if (doc.kind() == DocumentKind.DEFINITIONS) {
          return DefinitionReader.read(doc.text(), sourceName + " (" + doc.title() + ")");
        }
      }
      return Map.of();
    }

    private Map<String, String> documentLocalTerms() {
      Map<String, String> out = new HashMap<>();
      for (ListDocument doc : source.documents()) {
        for (String term : quoted(true, doc.text())) {
          out.putIfAbsent(TermIndex.stem(TermIndex.key(term)), term);
        }
      }
      return out;
    }

    private ControlNode node(Draft d, Draft entry, TermIndex index, Map<String, String> documentLocalTerms,
        Counters counters) {
      List<ControlNode> children = new ArrayList<>(d.children.size());
      for (Draft child : d.children) {
        children.add(node(child, entry, index, documentLocalTerms, counters));
      }
      String text = d.text.toString();
      List<Note> notes = new ArrayList<>(d.notes.size());
      List<Reference> references = new ArrayList<>();
      for (ReferenceFinder.Mention m : ReferenceFinder.find(text)) {
        if (!m.expanded() || exists(m.code())) {
          addReference(references, new Reference(placed(m.code()), m.surface(), false));
        }
      }
      for (DraftNote n : d.notes) {
        Note note = note(n);
        notes.add(note);
        counters.notes.merge(n.kind, 1, Integer::sum);
        for (ReferenceFinder.Mention m : ReferenceFinder.find(note.text())) {
          if (!m.expanded() || exists(m.code())) {
            addReference(references, new Reference(placed(m.code()), m.surface(), true));
          }
        }
      }
      counters.references += references.size();
      List<TermUse> terms = new ArrayList<>();
      addTerms(terms, text, d, entry, index, documentLocalTerms, counters);
      for (DraftNote n : d.notes) {
        addTerms(terms, n.text.toString(), d, entry, index, documentLocalTerms, counters);
      }
      boolean notUsed = NOT_USED.matcher(text).matches();
      // a list item is read with the line that introduces its list: "Less than 143 ps" under "a
      // 'frequency switching time' as specified by any of the following:"
      String leadIn = d.parent == null ? null : d.parent.text.toString();
      // an item of a list of materials ("made from any of the following materials:") is a material
      // alternative, which a text naming another material rules out (ListedMaterials)
      Optional<Criterion> criterion = notUsed ? Optional.empty()
          : criteria(d, text, () -> criteria.extract(text, leadIn).map(c -> ListedMaterials.marked(c, leadIn)));
      ChildLogic logic = children.isEmpty() ? ChildLogic.NONE : logicOf(text);
      CyberSurveillanceFlag cyber = CyberSurveillanceRule.flag(d.code, text, notes, children);
      return new ControlNode(d.code, text, logic, children, notes, terms, references, criterion, notUsed, cyber);
    }

    private Note note(DraftNote n) {
      String body = n.text.toString();
      List<ControlCode> named = new ArrayList<>();
      for (ReferenceFinder.Mention m : ReferenceFinder.find(body)) {
        ControlCode c = placed(m.code());
        if ((!m.expanded() || exists(m.code())) && !named.contains(c)) {
          named.add(c);
        }
      }
      Matcher decontrol = DECONTROL.matcher(body);
      // every wording of DECONTROL holds " not ": most notes are spared the pattern
      boolean releases = n.kind != NoteKind.NB && body.contains(" not ") && decontrol.find();
      List<ControlCode> released = List.of();
      Optional<Criterion> exclusion = Optional.empty();
      if (releases) {
        List<ControlCode> before = new ArrayList<>();
        for (ControlCode c : ReferenceFinder.codes(body.substring(0, decontrol.start()))) {
          before.add(placed(c));
        }
        released = before.isEmpty() ? List.of(n.host.code) : before;
        // "1C350 does not control mixtures containing the chemicals specified in 1C350.1, .3, ...":
        // the release reaches only the items it names below what it opens with
        List<ControlCode> narrowed = new ArrayList<>();
        for (ReferenceFinder.Mention m : ReferenceFinder.find(body.substring(decontrol.end()))) {
          ControlCode c = placed(m.code());
          if (exists(m.code()) && !narrowed.contains(c)
              && released.stream().anyMatch(r -> !r.equals(c) && r.isPrefixOf(c))) {
            narrowed.add(c);
          }
        }
        if (!narrowed.isEmpty()) {
          released = narrowed;
        }
        exclusion = criteria(n.host, body, () -> criteria.extractExclusion(body));
      }
      return new Note(n.kind, n.label, body, named, releases, released, exclusion);
    }

    private Optional<Criterion> criteria(Draft d, String text, java.util.function.Supplier<Optional<Criterion>> read) {
      try {
        Optional<Criterion> c = read.get();
        return c == null ? Optional.empty() : c;
      } catch (RuntimeException e) {
        // a defect of the extractor on one provision: the provision is counted by code in the
        // report and keeps no criteria; the list still loads, and the count is tested on the real text
        unreadableCriteria.add(d.printed.toString());
        return Optional.empty();
      }
    }

    private void addTerms(List<TermUse> out, String text, Draft d, Draft entry, TermIndex index,
        Map<String, String> documentLocalTerms, Counters counters) {
      for (String surface : quoted(false, text)) {
        String term = index.resolve(surface);
        TermUse use = new TermUse(surface, term, TermKind.GLOBAL);
        if (!out.contains(use)) {
          out.add(use);
        }
        counters.quoted.merge(surface.toLowerCase(Locale.ROOT), term != null, Boolean::logicalOr);
      }
      for (String surface : quoted(true, text)) {
        TermUse use = new TermUse(surface, localTerm(surface, d, entry, documentLocalTerms), TermKind.LOCAL);
        if (!out.contains(use)) {
          out.add(use);
        }
      }
    }

    private String localTerm(String surface, Draft d, Draft entry, Map<String, String> documentLocalTerms) {
      String key = TermIndex.stem(TermIndex.key(surface));
      for (Draft up = d; up != null; up = up.parent) {
        String found = up.localTerm(key, NoteKind.TECHNICAL_NOTE);
        if (found == null) {
          found = up.localTerm(key, NoteKind.NOTE);
        }
        if (found != null) {
          return found;
        }
      }
      String found = entry.entryLocalTerms().get(key);
      return found != null ? found : documentLocalTerms.get(key);
    }
  }

  /**
   * The words between quotes, in order: "double" (also typographic) when {@code single} is false,
   * else 'single' ones whose opening quote does not follow a letter or digit and whose closing quote
   * is not followed by one (so "manufacturer's" is no quote). A hand scan: it runs for every
   * provision and note, and a regular expression with look-arounds cost a third of the parse.
   */
  static List<String> quoted(boolean single, String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int max = single ? 120 : 150;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean opens = single
          ? (c == '\'' || c == '‘') && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))
          : c == '"' || c == '“';
      if (!opens) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && j - i - 1 <= max && !isQuoteOrBreak(text.charAt(j), single)) {
        j++;
      }
      boolean closes = j < n && j > i + 1 && j - i - 1 <= max
          && (single
              ? (text.charAt(j) == '\'' || text.charAt(j) == '’') && (j + 1 == n || !isAsciiAlnum(text.charAt(j + 1)))
              : text.charAt(j) == '"' || text.charAt(j) == '”');
      if (closes) {
        String inside = text.substring(i + 1, j).strip();
        if (!inside.isEmpty()) {
          out.add(inside);
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isQuoteOrBreak(char c, boolean single) {
    return c == '\n' || (single ? c == '\'' || c == '‘' || c == '’' : c == '"' || c == '“' || c == '”');
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

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

  private static boolean endsWithColon(CharSequence text) {
    return text.length() > 0 && text.charAt(text.length() - 1) == ':';
  }

  private static ControlCode commonAncestor(ControlCode a, ControlCode b) {
    if (a == null || !a.entry().equals(b.entry())) {
      return null;
    }
    int k = 0;
    while (k < Math.min(a.depth(), b.depth()) && a.path().get(k).equals(b.path().get(k))) {
      k++;
    }
    return new ControlCode(a.category(), a.group(), a.number(), a.path().subList(0, k));
  }

  private static void addReference(List<Reference> out, Reference r) {
    for (Reference existing : out) {
      if (existing.target().equals(r.target()) && existing.fromNote() == r.fromNote()) {
        return;
      }
    }
    out.add(r);
  }

  static ChildLogic logicOf(String text) {
    if (!text.contains("ollow")) {
      return ChildLogic.NONE; // every phrase below says "follows" or "following"
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int follow = lower.indexOf("follow");
    if (follow < 0) {
      return ChildLogic.NONE;
    }
    // every match holds "follow" at most LOGIC_LEAD characters from its start ("one or more of the
    // following"): no match starts earlier, so the search may skip ahead (the bounds stay
    // transparent so that \b still sees the character before)
    Matcher m = LOGIC.matcher(lower).useTransparentBounds(true);
    m.region(Math.max(0, follow - LOGIC_LEAD), lower.length());
    ChildLogic logic = ChildLogic.NONE;
    while (m.find()) {
      if (m.group(1) != null) {
        logic = ChildLogic.ALL_OF;
      } else if (m.group(2) != null) {
        logic = ChildLogic.ANY_OF;
      } else {
        logic = ChildLogic.AS_FOLLOWS;
      }
    }
    return logic;
  }

  private static boolean isNumberedNote(DraftNote note) {
    return note.kind == NoteKind.NOTE && NUMBERED_NOTE.matcher(note.label).matches();
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
    List<String> continuations = open.stream().map(AnnexParser::nextLabel).toList();
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

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static final class Counters {
    final Map<NoteKind, Integer> notes = new EnumMap<>(NoteKind.class);
    final Map<String, Boolean> quoted = new HashMap<>();
    int references;
  }

  /** A node under construction. */
  private static final class Draft {
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

  /** A note under construction. */
  private static final class DraftNote {
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
        for (String term : quoted(true, text.toString())) {
          localTerms.putIfAbsent(TermIndex.stem(TermIndex.key(term)), term);
        }
      }
      return localTerms;
    }
  }
}

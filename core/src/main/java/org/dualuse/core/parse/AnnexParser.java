package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.NoteKind;

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
 * <p><b>Cyber surveillance.</b> Each node's {@link org.dualuse.core.model.CyberSurveillanceFlag} is set
 * by the {@link CyberSurveillanceRule} of the list's {@link ListProfile} ({@link ListProfile#of} the
 * source's list id); a list with no profile flags nothing.
 *
 * <p><b>Stages.</b> {@code DraftTree} reads the provisions into drafts and applies the repairs
 * ({@code NoteSplitter} splits note provisions, {@code ItemPlacement} is rule 3, {@code NoteSubjects}
 * serves rule 4); {@code NodeBuilder} then turns the drafts into nodes, reading quoted terms with
 * {@code QuotedTerms} and the children's logic with {@code ChildLogicReader}.
 *
 * <p>Stateless and thread-safe; one parser can serve many threads.
 */
public final class AnnexParser {

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
    ParseReport report;

    Run(AnnexSource source) {
      this.source = source;
      this.sourceName = source.provenance().sourceName();
    }

    ControlList build() {
      if (source.provisions().isEmpty()) {
        throw new ControlListFormatException(sourceName, 0, null, "no provisions; expected the entries of the list");
      }
      DraftTree tree = new DraftTree(source);
      tree.readProvisions();
      tree.reattachNotes();
      Map<String, DefinedTerm> definitions = definitions();
      TermIndex index = new TermIndex(definitions.values());
      Map<String, String> documentLocalTerms = documentLocalTerms();
      // the list's cyber-surveillance headings are its profile's: no list's codes are written here
      NodeBuilder builder = new NodeBuilder(criteria, tree, ListProfile.of(source.listId()).cyberSurveillance());
      NodeBuilder.Counters counters = new NodeBuilder.Counters();
      List<ControlNode> nodes = new ArrayList<>(tree.entries.size());
      for (Draft entry : tree.entries) {
        nodes.add(builder.node(entry, entry, index, documentLocalTerms, counters));
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
          tree.continuationLines, tree.noteListItems, tree.renumberedItems, tree.notesReattached,
          tree.duplicateNotesMerged, definitions.size(), counters.quoted.size(),
          (int) counters.quoted.values().stream().filter(Boolean::booleanValue).count(), counters.references);
      return list;
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
        for (String term : QuotedTerms.quoted(true, doc.text())) {
          out.putIfAbsent(TermIndex.stem(TermIndex.key(term)), term);
        }
      }
      return out;
    }
  }
}

package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.ListedMaterials;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.model.TermKind;
import org.dualuse.core.model.TermUse;

/**
 * Turns the drafts of a {@link DraftTree} into {@link ControlNode}s: each note typed with what it
 * releases, references and quoted terms linked, criteria read, the children's logic and the
 * cyber-surveillance flag set. Its own class because it is the second stage of the parse, which
 * reads the finished tree and changes nothing in it. Confined to the calling thread.
 */
final class NodeBuilder {

  private static final Pattern NOT_USED = Pattern.compile("^Not used\\b[;.,]?(?:\\s*(?:or|and))?$");

  private final CriteriaExtractor criteria;
  private final DraftTree tree;
  private final CyberSurveillanceRule cyberSurveillance;

  NodeBuilder(CriteriaExtractor criteria, DraftTree tree, CyberSurveillanceRule cyberSurveillance) {
    this.criteria = criteria;
    this.tree = tree;
    this.cyberSurveillance = cyberSurveillance;
  }

  ControlNode node(Draft d, Draft entry, TermIndex index, Map<String, String> documentLocalTerms,
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
        : criteria.extract(text, leadIn).map(c -> ListedMaterials.marked(c, leadIn));
    ChildLogic logic = children.isEmpty() ? ChildLogic.NONE : ChildLogicReader.logicOf(text);
    CyberSurveillanceFlag cyber = cyberSurveillance.flag(d.code, text, notes, children);
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
    // the note's release clauses are read here, once; every other reader takes them from the Note
    List<ReleaseClause> clauses = ReleaseClause.readAll(n.kind, body);
    List<ControlCode> released = List.of();
    Optional<Criterion> exclusion = Optional.empty();
    if (!clauses.isEmpty()) {
      ReleaseClause clause = clauses.get(0);
      List<ControlCode> before = new ArrayList<>();
      for (ControlCode c : ReferenceFinder.codes(clause.subject())) {
        before.add(placed(c));
      }
      released = before.isEmpty() ? List.of(n.host.code) : before;
      // "1C350 does not control mixtures containing the chemicals specified in 1C350.1, .3, ...":
      // the release reaches only the items it names below what it opens with
      List<ControlCode> narrowed = new ArrayList<>();
      for (ReferenceFinder.Mention m : ReferenceFinder.find(clause.words())) {
        ControlCode c = placed(m.code());
        if (exists(m.code()) && !narrowed.contains(c)
            && released.stream().anyMatch(r -> !r.equals(c) && r.isPrefixOf(c))) {
          narrowed.add(c);
        }
      }
      if (!narrowed.isEmpty()) {
        released = narrowed;
      }
      exclusion = criteria.extractReleaseCondition(clause.scope());
    }
    return new Note(n.kind, n.label, body, named, clauses, released, exclusion);
  }

  private void addTerms(List<TermUse> out, String text, Draft d, Draft entry, TermIndex index,
      Map<String, String> documentLocalTerms, Counters counters) {
    for (String surface : QuotedTerms.quoted(false, text)) {
      String term = index.resolve(surface);
      TermUse use = new TermUse(surface, term, TermKind.GLOBAL);
      if (!out.contains(use)) {
        out.add(use);
      }
      counters.quoted.merge(surface.toLowerCase(Locale.ROOT), term != null, Boolean::logicalOr);
    }
    for (String surface : QuotedTerms.quoted(true, text)) {
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

  private boolean exists(ControlCode printed) {
    return tree.exists(printed);
  }

  private ControlCode placed(ControlCode printed) {
    return tree.placed(printed);
  }

  private static void addReference(List<Reference> out, Reference r) {
    for (Reference existing : out) {
      if (existing.target().equals(r.target()) && existing.fromNote() == r.fromNote()) {
        return;
      }
    }
    out.add(r);
  }

  /** What the nodes built so far hold, for the {@link ParseReport}. */
  static final class Counters {
    final Map<NoteKind, Integer> notes = new EnumMap<>(NoteKind.class);
    final Map<String, Boolean> quoted = new HashMap<>();
    int references;
  }
}

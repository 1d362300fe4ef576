package org.dualuse.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.parse.ListProfile;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.knowledge.DataLists;

/**
 * The general notes of a list (the Cryptography Note, the General Software and Technology Notes),
 * each with the codes it covers and the cue phrases of {@value #CUES} that show it applies. A note
 * the list does not carry, or whose scope cannot be found, is left out. Immutable and thread-safe.
 */
final class GeneralNotes {

  /** The bundled cue phrases, relative to this class; the file's header gives the format. */
  static final String CUES = "release-cues.tsv";

  /** A general note and the phrases that show it applies. */
  record GeneralNote(DocumentKind kind, String title, List<ControlCode> scope, List<List<String>> cues) {

    /** Whether the note covers the candidate: one of the codes it names is the candidate's or above it. */
    boolean covers(ControlCode candidate) {
      return scope.stream().anyMatch(s -> s.isPrefixOf(candidate));
    }

    /** The note releasing the candidate, with the cue the text has; empty when it has none. */
    Optional<NoteCheck> release(ControlCode candidate, AnalyzedText product) {
      for (List<String> cue : cues) {
        if (containsPhrase(product, cue)) {
          String said = phraseSurface(product, cue);
          return Optional.of(new NoteCheck(Optional.empty(), Optional.empty(), title, NoteAction.RELEASED,
              List.of(candidate), List.of(said), List.of(), title + " releases " + candidate + " (the text says '" + said + "')"));
        }
      }
      return Optional.empty();
    }
  }

  private final List<GeneralNote> notes;

  /** @throws VocabularyFormatException naming the line of a bad row of {@value #CUES} */
  GeneralNotes(ControlList list, ListAnalyzer analyzer) {
    List<GeneralNote> out = new ArrayList<>();
    Set<DocumentKind> kinds = ListProfile.of(list.id()).generalNotes();
    for (Map.Entry<DocumentKind, List<List<String>>> e : readCues(analyzer).entrySet()) {
      DocumentKind kind = e.getKey();
      if (!kinds.contains(kind)) {
        continue;
      }
      List<ControlCode> scope = scopeOf(list, kind);
      if (scope.isEmpty()) {
        continue;
      }
      String title = list.documents(kind).stream().findFirst().map(ListDocument::title)
          .orElse(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      out.add(new GeneralNote(kind, title, scope, e.getValue()));
    }
    this.notes = List.copyOf(out);
  }

  /** The notes that cover the candidate, in the order of the document kinds. */
  List<GeneralNote> covering(ControlCode candidate) {
    List<GeneralNote> out = new ArrayList<>();
    for (GeneralNote g : notes) {
      if (g.covers(candidate)) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  private static List<ControlCode> scopeOf(ControlList list, DocumentKind kind) {
    return switch (kind) {
      case CRYPTOGRAPHY_NOTE -> {
        // the codes the note names before "do not control": 5A002, 5D002.a.1., ...
        for (ListDocument d : list.documents()) {
          int at = d.text().indexOf("Cryptography Note");
          if (at < 0) {
            continue;
          }
          // the note's release clause, read by the model's one reader: its subject names the codes
          Optional<ReleaseClause> clause = ReleaseClause.find(d.text().substring(at));
          if (clause.isPresent()) {
            yield AnalyzedText.codesIn(clause.get().subject());
          }
        }
        yield List.of();
      }
      case GENERAL_SOFTWARE_NOTE -> groupScope(list, ProductGroup.D);
      case GENERAL_TECHNOLOGY_NOTE -> groupScope(list, ProductGroup.E);
      default -> List.of();
    };
  }

  private static List<ControlCode> groupScope(ControlList list, ProductGroup group) {
    return list.entries().stream().map(ControlNode::code).filter(c -> c.group() == group).toList();
  }

  /** Whether the text has the cue's terms in a row, none of them negated. */
  private static boolean containsPhrase(AnalyzedText product, List<String> cue) {
    List<AnalyzedText.Token> tokens = product.tokens();
    for (int i = 0; i + cue.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int k = 0; k < cue.size() && all; k++) {
        AnalyzedText.Token t = tokens.get(i + k);
        all = !t.negated() && t.term().equals(cue.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static String phraseSurface(AnalyzedText product, List<String> cue) {
    List<String> out = new ArrayList<>();
    for (String t : cue) {
      out.add(product.surfaceOf(t));
    }
    return String.join(" ", out);
  }

  private static Map<DocumentKind, List<List<String>>> readCues(ListAnalyzer analyzer) {
    Map<DocumentKind, List<List<String>>> out = new EnumMap<>(DocumentKind.class);
    InputStream in = GeneralNotes.class.getResourceAsStream(CUES);
    if (in == null) {
      throw new VocabularyFormatException(CUES, 0, "resource missing from the lucene-index module");
    }
    try (Reader r = DataLists.declaredFile(in, CUES)) {
      DataFileLines.forEach(r, CUES, (line, lineNumber) -> {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new VocabularyFormatException(CUES, lineNumber, "expected phrase<TAB>document kind<TAB>lang<TAB>source");
        }
        if (cols[3].isBlank()) {
          throw new VocabularyFormatException(CUES, lineNumber, "missing source: every row names the note wording or the class of knowledge it rests on");
        }
        DocumentKind kind;
        try {
          kind = DocumentKind.valueOf(cols[1].strip());
        } catch (IllegalArgumentException e) {
          throw new VocabularyFormatException(CUES, lineNumber, "unknown document kind '" + cols[1].strip() + "'");
        }
        List<String> terms = analyzer.terms(cols[0]);
        if (terms.isEmpty()) {
          throw new VocabularyFormatException(CUES, lineNumber, "phrase '" + cols[0] + "' has no searchable word");
        }
        out.computeIfAbsent(kind, k -> new ArrayList<>()).add(terms);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CUES, e);
    }
    return out;
  }
}

package org.dualuse.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * Reads the list's release notes and N.B.s against a product text, by one general rule.
 *
 * <p>Decontrol notes: the words after "does not control" are split into the note's alternatives
 * (at its enumerators {@code a.}, {@code 1.} and at semicolons); the words each alternative shares
 * with the node it is attached to, its ancestors and the annex's boilerplate are dropped, and what
 * is left is the alternative's distinctive words ("civil", "automobile", "railway", "train"). The
 * note applies when the product text (not under a negation) has at least two of them and at least
 * 40 % of them, or the only one. Users rarely write a note's qualifiers ("civil"), so an
 * alternative also applies when, in one of its parts joined by "or" that has two or more distinctive
 * words, the text has at least half of them, negates none, and one of them is rare in the list (in the text or notes of at most
 * {@value #RARE_NODES} nodes: "automobiles", never "equipment"). Alternatives with a number are parametric and left to the
 * parameter side. A note whose conditions must all hold ("all of the following") is read whole by
 * {@link AllOfNote}: it releases only when every condition it requires is shown, its words by the
 * rule above and its numbers by the facts; when it does not, the conditions shown and missing are
 * told. The words users write for the
 * notes' words ("FMCG" for "consumer", "Verkaufsverpackung" for "packaged", "EASA" for "authorities") are
 * reviewed data ({@value #USER_WORDS}): a text that has one has the note's word too.
 *
 * <p>N.B.s redirect by the same rule: when the text has the distinctive words of "For cryogenic
 * CMOS integrated circuits ..., see 3A501.a.15", the named node is the candidate.
 *
 * <p>General notes of the list (the Cryptography Note, the General Software and Technology Notes)
 * apply when the text has one of the cue phrases of {@code release-cues.tsv}. Immutable and
 * thread-safe.
 */
final class ReleaseNotes {

  /** A note that releases or redirects, prepared for matching. */
  private record PreparedNote(Note note, ControlCode holder, List<Set<String>> alternatives,
      List<List<Set<String>>> orParts) {}

  /** A word in the text or notes of at most this many nodes is rare enough to show a note applies. */
  static final int RARE_NODES = 5;
  private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");

  /** A general note and the phrases that show it applies. */
  private record GeneralNote(DocumentKind kind, String title, List<ControlCode> scope, List<List<String>> cues) {}

  /** An N.B. that sends a product to another node. */
  record Redirect(ControlCode from, ControlCode to, String text) {}

  private static final Pattern RELEASE_CLAUSE = Pattern.compile(
      "(?i)\\b(?:does|do) not (?:control|apply to)\\b");
  private static final Pattern ENUMERATOR = Pattern.compile("(?:^|[\\s:;])(?:[a-z]|\\d{1,2})\\.\\s|;");
  private static final Pattern SEE = Pattern.compile("(?i)\\bsee\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final String BOILERPLATE =
      "control controls controlled equipment item items system systems designed modified use used "
          + "application applications component components following specified type types device devices "
          + "purpose purposes note entry other such than those which being capable";
  /** Words users write for the notes' words (reviewed data; the file's header gives the format). */
  static final String USER_WORDS = "release-user-words.tsv";

  private final ListAnalyzer analyzer;
  private final Set<String> boilerplate;
  /** Per user's word of one term, the note's term it stands for. */
  private final Map<String, List<String>> userTerms;
  /** Users' phrases of several terms, with the note's term each stands for, by their first term. */
  private final Map<String, List<UserPhrase>> userPhrases;

  private record UserPhrase(List<String> terms, String annexTerm) {}
  private final Map<ControlCode, List<PreparedNote>> decontrol = new HashMap<>();
  private final Map<ControlCode, List<PreparedNote>> redirects = new HashMap<>();
  private final Map<ControlCode, List<AllOfNote>> allOf = new HashMap<>();
  private final List<GeneralNote> general = new ArrayList<>();
  /** Per word, the number of nodes whose text or notes have it. */
  private final Map<String, Integer> nodesWith = new HashMap<>();
  /**
   * A product text's terms as the notes compare them: positive ones with user words mapped, negated
   * ones. The classifier works them out once per product ({@link #termsOf}) and passes them to every
   * candidate's {@link #release} and {@link #redirects}.
   */
  record ProductTerms(AnalyzedText product, Set<String> words, Set<String> negated, Map<String, String> userSurfaces) {

    /** The text's own word for a term, or the user's words that stand for it, or the term. */
    String surfaceOf(String term) {
      String user = userSurfaces.get(term);
      if (user != null && !product.positiveTerms().contains(term)) {
        return user;
      }
      return product.surfaceOf(term);
    }
  }

  /**
   * Per candidate, the notes to read for it, worked out on first use: which notes concern a
   * candidate depends only on its code, and working it out (walking its ancestors, comparing codes
   * with every code a general note covers) cost more than reading the notes against the text.
   */
  private final Map<ControlCode, Plan> plans = new ConcurrentHashMap<>();

  /**
   * The notes that concern a candidate, in the order they are read: the decontrol notes of the
   * candidate and its ancestors (nearest first) that release it, the general notes whose scope
   * covers it, and the N.B.s of the candidate and its ancestors.
   */
  private record Plan(List<PreparedNote> decontrol, List<AllOfNote> allOf, List<GeneralNote> general,
      List<PreparedNote> redirects) {}

  /**
   * What the notes say of a candidate for a product.
   *
   * @param release the note that releases it, described, or empty
   * @param partlyShown for notes whose conditions must all hold and that do not release it though
   *     the text shows some of their conditions: each note with the conditions shown and missing
   */
  record Reading(Optional<String> release, List<String> partlyShown) {
    static final Reading NONE = new Reading(Optional.empty(), List.of());

    Reading {
      partlyShown = List.copyOf(partlyShown);
    }
  }

  ReleaseNotes(ControlList list, ListAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.boilerplate = new HashSet<>(analyzer.terms(BOILERPLATE));
    this.userTerms = new HashMap<>();
    this.userPhrases = new HashMap<>();
    readUserWords();
    // each node's text is analysed once: the chains below read the texts of ancestors again and again
    Map<ControlCode, List<String>> textTerms = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      List<String> terms = analyzer.terms(node.text());
      textTerms.put(node.code(), terms);
      Set<String> own = new HashSet<>(terms);
      for (Note note : node.notes()) {
        own.addAll(analyzer.terms(note.text()));
      }
      own.forEach(t -> nodesWith.merge(t, 1, Integer::sum));
    }
    for (ControlNode node : list.allNodes()) {
      if (node.notes().stream().noneMatch(n -> n.kind() == NoteKind.NB || n.decontrol())) {
        continue;
      }
      Set<String> chain = new HashSet<>(textTerms.get(node.code()));
      for (ControlNode up : list.ancestorsOf(node.code())) {
        chain.addAll(textTerms.get(up.code()));
      }
      for (Note note : node.notes()) {
        if (note.kind() == NoteKind.NB && !note.references().isEmpty()) {
          String before = SEE.split(note.text(), 2)[0];
          Set<String> words = distinctive(before, chain);
          if (!words.isEmpty()) {
            redirects.computeIfAbsent(node.code(), c -> new ArrayList<>())
                .add(new PreparedNote(note, node.code(), List.of(words), List.of()));
          }
        } else if (note.decontrol() && NoteConditionParser.hasAllOfList(note.text())) {
          AllOfNote.read(note, node.code(), chain, boilerplate, analyzer)
              .ifPresent(a -> allOf.computeIfAbsent(node.code(), c -> new ArrayList<>()).add(a));
        } else if (note.decontrol()) {
          List<Set<String>> alternatives = alternatives(note.text(), chain);
          if (!alternatives.isEmpty()) {
            decontrol.computeIfAbsent(node.code(), c -> new ArrayList<>())
                .add(new PreparedNote(note, node.code(), alternatives, orParts(note.text(), chain)));
          }
        }
      }
    }
    readGeneralNotes(list);
  }

  /**
   * The release note that takes the candidate out of the list for this product text and its facts,
   * described, and the notes whose conditions must all hold that the text shows in part only. Checks
   * the notes of the candidate and of its ancestors that release its subtree, then the list's
   * general notes, then the notes whose conditions must all hold.
   */
  Reading read(ControlList list, ControlCode candidate, ProductTerms terms, ParameterSide.View facts) {
    Plan plan = planFor(candidate);
    if (plan.decontrol().isEmpty() && plan.allOf().isEmpty() && plan.general().isEmpty()) {
      return Reading.NONE;
    }
    Optional<String> release = releaseByText(plan, candidate, terms);
    if (release.isPresent()) {
      return new Reading(release, List.of());
    }
    List<String> partly = new ArrayList<>();
    for (AllOfNote a : plan.allOf()) {
      AllOfNote.Verdict v = a.judge(terms, facts, this::shows);
      String label = a.note().label().isEmpty() ? a.note().kind().name() : a.note().label();
      if (v.shown()) {
        return new Reading(Optional.of(label + " to " + a.holder() + ", the conditions it states shown: "
            + String.join("; ", v.lines())), List.of());
      }
      if (v.anyShown()) {
        partly.add(label + " to " + a.holder() + " does not release: its conditions must all hold: "
            + String.join("; ", v.lines()));
      }
    }
    return new Reading(Optional.empty(), partly);
  }

  private Optional<String> releaseByText(Plan plan, ControlCode candidate, ProductTerms terms) {
    AnalyzedText product = terms.product();
    Set<String> words = terms.words();
    for (PreparedNote p : plan.decontrol()) {
      for (Set<String> alternative : p.alternatives()) {
        if (matches(alternative, words)) {
          return Optional.of(describe(p) + " (the text has: " + String.join(", ", overlap(alternative, words, product)) + ")");
        }
      }
      for (List<Set<String>> alternative : p.orParts()) {
        for (Set<String> part : alternative) {
          if (matchesByRareWord(part, words, terms.negated())) {
            return Optional.of(describe(p) + " (the text has: " + String.join(", ", overlap(part, words, product)) + ")");
          }
        }
      }
    }
    for (GeneralNote g : plan.general()) {
      for (List<String> cue : g.cues()) {
        if (containsPhrase(product, cue)) {
          return Optional.of(g.title() + " releases " + candidate + " (the text says '" + phraseSurface(product, cue) + "')");
        }
      }
    }
    return Optional.empty();
  }

  /** The N.B.s on the candidate and its ancestors whose words the product text has. */
  List<Redirect> redirects(ControlList list, ControlCode candidate, ProductTerms terms) {
    Plan plan = planFor(candidate);
    if (plan.redirects().isEmpty()) {
      return List.of();
    }
    Set<String> words = terms.words();
    List<Redirect> out = new ArrayList<>();
    for (PreparedNote p : plan.redirects()) {
      if (matches(p.alternatives().get(0), words)) {
        for (ControlCode target : p.note().references()) {
          if (list.contains(target) && !target.isPrefixOf(candidate) && !candidate.isPrefixOf(target)) {
            out.add(new Redirect(p.holder(), target, describe(p)));
          }
        }
      }
    }
    return out;
  }

  private Plan planFor(ControlCode candidate) {
    Plan plan = plans.get(candidate);
    return plan != null ? plan : plans.computeIfAbsent(candidate, this::plan);
  }

  private Plan plan(ControlCode candidate) {
    List<ControlCode> chain = new ArrayList<>();
    chain.add(candidate);
    chain.addAll(candidate.ancestors());
    List<PreparedNote> decontrolNotes = new ArrayList<>();
    List<AllOfNote> allOfNotes = new ArrayList<>();
    List<PreparedNote> redirectNotes = new ArrayList<>();
    for (ControlCode holder : chain) {
      for (AllOfNote a : allOf.getOrDefault(holder, List.of())) {
        List<ControlCode> released = a.note().releases().isEmpty() ? List.of(holder) : a.note().releases();
        if (released.stream().anyMatch(r -> r.isPrefixOf(candidate))) {
          allOfNotes.add(a);
        }
      }
      for (PreparedNote p : decontrol.getOrDefault(holder, List.of())) {
        List<ControlCode> released = p.note().releases().isEmpty() ? List.of(holder) : p.note().releases();
        if (released.stream().anyMatch(r -> r.isPrefixOf(candidate))) {
          decontrolNotes.add(p);
        }
      }
      redirectNotes.addAll(redirects.getOrDefault(holder, List.of()));
    }
    List<GeneralNote> generalNotes = new ArrayList<>();
    for (GeneralNote g : general) {
      if (g.scope().stream().anyMatch(s -> s.isPrefixOf(candidate))) {
        generalNotes.add(g);
      }
    }
    return new Plan(List.copyOf(decontrolNotes), List.copyOf(allOfNotes), List.copyOf(generalNotes),
        List.copyOf(redirectNotes));
  }

  /** The terms of a product text as the notes compare them. */
  ProductTerms termsOf(AnalyzedText product) {
    Set<String> out = new HashSet<>();
    Map<String, String> surfaces = new HashMap<>();
    for (String t : product.positiveTerms()) {
      out.add(t);
      for (String annex : userTerms.getOrDefault(t, List.of())) {
        out.add(annex);
        surfaces.putIfAbsent(annex, product.surfaceOf(t));
      }
    }
    // one walk over the text: only a phrase whose first term a token has can start there
    List<AnalyzedText.Token> tokens = product.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (UserPhrase p : userPhrases.getOrDefault(tokens.get(i).term(), List.of())) {
        if (AnalyzedText.startsAt(tokens, i, p.terms()) && !product.negatedTerms().containsAll(p.terms())) {
          out.add(p.annexTerm());
          List<String> surface = new ArrayList<>();
          for (String t : p.terms()) {
            surface.add(product.surfaceOf(t));
          }
          surfaces.putIfAbsent(p.annexTerm(), String.join(" ", surface));
        }
      }
    }
    return new ProductTerms(product, out, product.negatedTerms(), Map.copyOf(surfaces));
  }

  /**
   * Whether the text shows a condition's words: the rule for an alternative of a single-condition
   * note, or for one of its parts joined by "or".
   */
  boolean shows(Set<String> words, List<Set<String>> orParts, ProductTerms terms) {
    if (matches(words, terms.words())) {
      return true;
    }
    for (Set<String> part : orParts) {
      if (matchesByRareWord(part, terms.words(), terms.negated())) {
        return true;
      }
    }
    return false;
  }

  /** At least two of an alternative's words and 40 % of them, or its only word. */
  static boolean matches(Set<String> alternative, Set<String> words) {
    int hit = 0;
    for (String w : alternative) {
      if (words.contains(w)) {
        hit++;
      }
    }
    if (alternative.size() == 1) {
      return hit == 1;
    }
    return hit >= 2 && hit >= Math.ceil(0.4 * alternative.size());
  }

  private boolean matchesByRareWord(Set<String> part, Set<String> words, Collection<String> negated) {
    for (String w : part) {
      if (negated.contains(w)) {
        return false; // the text denies part of it ("not for agricultural harvesters")
      }
    }
    int hit = 0;
    boolean rare = false;
    for (String w : part) {
      if (words.contains(w)) {
        hit++;
        rare |= nodesWith.getOrDefault(w, 0) <= RARE_NODES;
      }
    }
    // a part of one word is a word the whole alternative shares with others ("vaccines or immunotoxins")
    return part.size() >= 2 && rare && 2 * hit >= part.size();
  }

  /** Per alternative of the note (as {@link #alternatives}), its parts joined by "or". */
  private List<List<Set<String>>> orParts(String noteText, Set<String> chain) {
    Matcher m = RELEASE_CLAUSE.matcher(noteText);
    String clause = m.find() ? noteText.substring(m.end()) : noteText;
    List<List<Set<String>>> out = new ArrayList<>();
    for (String alternative : ENUMERATOR.split(clause)) {
      if (alternative.isBlank() || DIGIT.matcher(alternative).find()) {
        continue;
      }
      List<Set<String>> parts = new ArrayList<>();
      for (String part : OR.split(alternative)) {
        Set<String> words = distinctive(part, chain);
        if (!words.isEmpty()) {
          parts.add(words);
        }
      }
      if (!parts.isEmpty()) {
        out.add(parts);
      }
    }
    return out;
  }

  private static List<String> overlap(Set<String> alternative, Set<String> words, AnalyzedText product) {
    List<String> out = new ArrayList<>();
    for (String w : alternative) {
      if (words.contains(w)) {
        out.add(product.surfaceOf(w));
      }
    }
    return out;
  }

  private List<Set<String>> alternatives(String noteText, Set<String> chain) {
    Matcher m = RELEASE_CLAUSE.matcher(noteText);
    String clause = m.find() ? noteText.substring(m.end()) : noteText;
    List<Set<String>> out = new ArrayList<>();
    for (String part : ENUMERATOR.split(clause)) {
      if (part.isBlank() || DIGIT.matcher(part).find()) {
        continue;
      }
      Set<String> words = distinctive(part, chain);
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  private Set<String> distinctive(String text, Set<String> chain) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : analyzer.terms(text)) {
      if (!chain.contains(t) && !boilerplate.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String describe(PreparedNote p) {
    String label = p.note().label().isEmpty() ? p.note().kind().name() : p.note().label();
    return label + " to " + p.holder() + ": " + p.note().text();
  }

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

  private void readGeneralNotes(ControlList list) {
    Map<DocumentKind, List<List<String>>> cues = readCues();
    for (Map.Entry<DocumentKind, List<List<String>>> e : cues.entrySet()) {
      DocumentKind kind = e.getKey();
      List<ControlCode> scope = scopeOf(list, kind);
      if (scope.isEmpty()) {
        continue;
      }
      String title = list.documents(kind).stream().findFirst().map(ListDocument::title)
          .orElse(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      general.add(new GeneralNote(kind, title, scope, e.getValue()));
    }
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
          Matcher m = RELEASE_CLAUSE.matcher(d.text());
          if (m.find(at)) {
            yield AnalyzedText.codesIn(d.text().substring(at, m.start()));
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

  private Map<DocumentKind, List<List<String>>> readCues() {
    Map<DocumentKind, List<List<String>>> out = new EnumMap<>(DocumentKind.class);
    String name = "release-cues.tsv";
    InputStream in = ReleaseNotes.class.getResourceAsStream(name);
    if (in == null) {
      throw new VocabularyFormatException(name, 0, "resource missing from the lucene-index module");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      DataFileLines.forEach(r, name, (line, lineNumber) -> {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new VocabularyFormatException(name, lineNumber, "expected phrase<TAB>document kind<TAB>lang<TAB>source");
        }
        if (cols[3].isBlank()) {
          throw new VocabularyFormatException(name, lineNumber, "missing source: every row names the note wording or the class of knowledge it rests on");
        }
        DocumentKind kind;
        try {
          kind = DocumentKind.valueOf(cols[1].strip());
        } catch (IllegalArgumentException e) {
          throw new VocabularyFormatException(name, lineNumber, "unknown document kind '" + cols[1].strip() + "'");
        }
        List<String> terms = analyzer.terms(cols[0]);
        if (terms.isEmpty()) {
          throw new VocabularyFormatException(name, lineNumber, "phrase '" + cols[0] + "' has no searchable word");
        }
        out.computeIfAbsent(kind, k -> new ArrayList<>()).add(terms);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }

  /**
   * Reads {@value #USER_WORDS}: per row a phrase users write, the one word of the notes it stands for,
   * the phrase's language and the row's source. A bad row fails with the file and line.
   */
  private void readUserWords() {
    InputStream in = ReleaseNotes.class.getResourceAsStream(USER_WORDS);
    if (in == null) {
      throw new VocabularyFormatException(USER_WORDS, 0, "resource missing from the lucene-index module");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      DataFileLines.forEach(r, USER_WORDS, (line, number) -> {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new VocabularyFormatException(USER_WORDS, number, "expected user phrase<TAB>annex word<TAB>lang<TAB>source");
        }
        if (cols[3].isBlank()) {
          throw new VocabularyFormatException(USER_WORDS, number, "missing source: every row names the note it serves");
        }
        if (!Set.of("en", "de", "fr", "it").contains(cols[2].strip())) {
          throw new VocabularyFormatException(USER_WORDS, number, "unknown language '" + cols[2].strip() + "'");
        }
        List<String> user = analyzer.terms(cols[0]);
        List<String> annex = analyzer.terms(cols[1]);
        if (user.isEmpty()) {
          throw new VocabularyFormatException(USER_WORDS, number, "phrase '" + cols[0] + "' has no searchable word");
        }
        if (annex.size() != 1) {
          throw new VocabularyFormatException(USER_WORDS, number, "the annex side must be one word, was '" + cols[1] + "'");
        }
        if (user.size() == 1) {
          List<String> to = userTerms.computeIfAbsent(user.get(0), k -> new ArrayList<>());
          if (!to.contains(annex.get(0))) {
            to.add(annex.get(0));
          }
        } else {
          userPhrases.computeIfAbsent(user.get(0), k -> new ArrayList<>()).add(new UserPhrase(List.copyOf(user), annex.get(0)));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + USER_WORDS, e);
    }
  }
}

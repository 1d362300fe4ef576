package org.dualuse.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteAlternative;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.internal.DeferredList;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.ReleaseClause;
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
 * {@value NoteWords#RARE_NODES} nodes: "automobiles", never "equipment"). Alternatives with a number are parametric and left to the
 * parameter side. A note whose conditions must all hold ("all of the following") is read whole by
 * {@link AllOfNote}: it releases only when every condition it requires is shown, its words by the
 * rule above and its numbers by the facts; when it does not, the conditions shown and missing are
 * told. The words users write for the
 * notes' words ("FMCG" for "consumer", "Verkaufsverpackung" for "packaged", "EASA" for "authorities") are
 * reviewed data ({@value ReleaseUserWords#RESOURCE}): a text that has one has the note's word too.
 *
 * <p>N.B.s redirect by the same rule: when the text has the distinctive words of "For cryogenic
 * CMOS integrated circuits ..., see 3A501.a.15", the named node is the candidate.
 *
 * <p>General notes of the list (the Cryptography Note, the General Software and Technology Notes)
 * apply when the text has one of the cue phrases of {@code release-cues.tsv} ({@link GeneralNotes}).
 * The words of the notes and the rule that matches them are {@link NoteWords}. Immutable and
 * thread-safe.
 */
final class ReleaseNotes {

  /** A note that releases or redirects, prepared for matching. */
  private record PreparedNote(Note note, ControlCode holder, List<Set<String>> alternatives,
      List<List<Set<String>>> orParts) {

    String label() {
      return note.label().isEmpty() ? note.kind().name() : note.label();
    }

    String describe() {
      return label() + " to " + holder + ": " + note.text();
    }

    /** What the note did, with the words of the text that decided it, as data. */
    NoteCheck check(NoteAction action, List<ControlCode> codes, List<String> words, String line) {
      return NoteCheck.ofWords(holder, note.kind(), label(), action, codes, words, line);
    }

    /** The codes the note releases: its holder when it names none. */
    List<ControlCode> released() {
      return note.releases().isEmpty() ? List.of(holder) : note.releases();
    }
  }

  /**
   * An N.B. that sends a product to another node.
   *
   * @param text the N.B. described
   * @param check the N.B. as data, with the words of the text that decided it
   */
  record Redirect(ControlCode from, ControlCode to, String text, NoteCheck check) {}

  private static final Pattern SEE = Pattern.compile("(?i)\\bsee\\b");

  private final NoteWords noteWords;
  private final ReleaseUserWords userWords;
  private final GeneralNotes general;
  private final Map<ControlCode, List<PreparedNote>> decontrol = new HashMap<>();
  private final Map<ControlCode, List<PreparedNote>> redirects = new HashMap<>();
  private final Map<ControlCode, List<AllOfNote>> allOf = new HashMap<>();

  /**
   * A product text's terms as the notes compare them: positive ones with user words mapped, negated
   * ones. The classifier works them out once per product ({@link #termsOf}) and passes them to every
   * candidate's {@link #read} and {@link #redirects}.
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
  private record Plan(List<PreparedNote> decontrol, List<AllOfNote> allOf, List<GeneralNotes.GeneralNote> general,
      List<PreparedNote> redirects) {}

  /**
   * What the notes say of a candidate for a product.
   *
   * @param released the note that releases it, or empty
   * @param partly for notes whose conditions must all hold and that do not release it though the
   *     text shows some of their conditions: each note with the conditions shown and missing
   * @param notApplied the decontrol notes decided by their words that were read before the one that
   *     released (all of them when none did) and did not apply, each with the words of its
   *     alternatives the text has and lacks; worked out when first read (a {@code DeferredList})
   */
  record Reading(Optional<NoteCheck> released, List<NoteCheck> partly, List<NoteCheck> notApplied) {
    static final Reading NONE = new Reading(Optional.empty(), List.of(), List.of());

    Reading {
      partly = List.copyOf(partly);
    }

    Reading(Optional<NoteCheck> released, List<NoteCheck> partly) {
      this(released, partly, List.of());
    }

    /** The note that releases it, described, or empty. */
    Optional<String> release() {
      return released.map(NoteCheck::line);
    }

    /** The notes shown in part, each described with the conditions shown and missing. */
    List<String> partlyShown() {
      return partly.stream().map(NoteCheck::line).toList();
    }
  }

  ReleaseNotes(ControlList list, ListAnalyzer analyzer) {
    this.userWords = new ReleaseUserWords(analyzer);
    // each node's text is analysed once: the chains below read the texts of ancestors again and again
    Map<ControlCode, List<String>> textTerms = new HashMap<>();
    Map<String, Integer> nodesWith = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      List<String> terms = analyzer.terms(node.text());
      textTerms.put(node.code(), terms);
      Set<String> own = new HashSet<>(terms);
      for (Note note : node.notes()) {
        own.addAll(analyzer.terms(note.text()));
      }
      own.forEach(t -> nodesWith.merge(t, 1, Integer::sum));
    }
    this.noteWords = new NoteWords(analyzer, nodesWith);
    for (ControlNode node : list.allNodes()) {
      if (node.notes().stream().noneMatch(n -> n.kind() == NoteKind.NB || n.decontrol())) {
        continue;
      }
      Set<String> chain = new HashSet<>(textTerms.get(node.code()));
      for (ControlNode up : list.ancestorsOf(node.code())) {
        chain.addAll(textTerms.get(up.code()));
      }
      for (Note note : node.notes()) {
        prepare(note, node.code(), chain, analyzer);
      }
    }
    this.general = new GeneralNotes(list, analyzer);
  }

  private void prepare(Note note, ControlCode holder, Set<String> chain, ListAnalyzer analyzer) {
    if (note.kind() == NoteKind.NB && !note.references().isEmpty()) {
      String before = SEE.split(note.text(), 2)[0];
      Set<String> words = noteWords.distinctive(before, chain);
      if (!words.isEmpty()) {
        redirects.computeIfAbsent(holder, c -> new ArrayList<>())
            .add(new PreparedNote(note, holder, List.of(words), List.of()));
      }
    } else if (note.releaseClause().isPresent()) {
      // the clause as the parser read it, once: where it starts, its words, whether its conditions must all hold
      ReleaseClause clause = note.releaseClause().get();
      if (clause.allOf()) {
        AllOfNote.read(note, clause, holder, chain, noteWords.boilerplate(), analyzer)
            .ifPresent(a -> allOf.computeIfAbsent(holder, c -> new ArrayList<>()).add(a));
        return;
      }
      List<Set<String>> alternatives = noteWords.alternatives(clause, chain);
      if (!alternatives.isEmpty()) {
        decontrol.computeIfAbsent(holder, c -> new ArrayList<>())
            .add(new PreparedNote(note, holder, alternatives, noteWords.orParts(clause, chain)));
      }
    }
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
    Optional<NoteCheck> release = releaseByText(plan, candidate, terms);
    // what the notes that did not apply lacked is told only to those who ask
    List<NoteCheck> notApplied = plan.decontrol().isEmpty() ? List.of() : DeferredList.of(() -> notApplied(plan, terms));
    if (release.isPresent()) {
      return new Reading(release, List.of(), notApplied);
    }
    List<NoteCheck> partly = new ArrayList<>();
    for (AllOfNote a : plan.allOf()) {
      AllOfNote.Verdict v = a.judge(terms, facts, noteWords);
      if (!v.shown() && !v.anyShown()) {
        continue; // nothing to tell: most notes, for most candidates
      }
      String label = a.note().label().isEmpty() ? a.note().kind().name() : a.note().label();
      List<ControlCode> codes = a.note().releases().isEmpty() ? List.of(a.holder()) : a.note().releases();
      List<String> lines = v.lines();
      if (v.shown()) {
        return new Reading(Optional.of(NoteCheck.ofWords(a.holder(), a.note().kind(), label, NoteAction.RELEASED,
            codes, lines, label + " to " + a.holder() + ", the conditions it states shown: " + String.join("; ", lines))),
            List.of());
      }
      if (v.anyShown()) {
        partly.add(NoteCheck.ofWords(a.holder(), a.note().kind(), label, NoteAction.NOT_RELEASED, codes, lines,
            label + " to " + a.holder() + " does not release: its conditions must all hold: " + String.join("; ", lines)));
      }
    }
    return new Reading(Optional.empty(), partly, notApplied);
  }

  private Optional<NoteCheck> releaseByText(Plan plan, ControlCode candidate, ProductTerms terms) {
    AnalyzedText product = terms.product();
    Set<String> words = terms.words();
    for (PreparedNote p : plan.decontrol()) {
      Optional<NoteCheck> release = byWords(p, words, terms.negated(), product);
      if (release.isPresent()) {
        return release;
      }
    }
    for (GeneralNotes.GeneralNote g : plan.general()) {
      Optional<NoteCheck> release = g.release(candidate, product);
      if (release.isPresent()) {
        return release;
      }
    }
    return Optional.empty();
  }

  /** The release by one decontrol note decided by its words, or empty when the text does not show it. */
  private Optional<NoteCheck> byWords(PreparedNote p, Set<String> words, Set<String> negated, AnalyzedText product) {
    for (Set<String> alternative : p.alternatives()) {
      if (NoteWords.matches(alternative, words)) {
        return Optional.of(released(p, overlap(alternative, words, product)));
      }
    }
    for (List<Set<String>> alternative : p.orParts()) {
      for (Set<String> part : alternative) {
        if (noteWords.showsByRareWord(part, words, negated)) {
          return Optional.of(released(p, overlap(part, words, product)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The decontrol notes decided by words, read in order up to the one that releases (or all), that
   * did not apply: each with the distinctive words of its alternatives the text has and lacks.
   */
  private List<NoteCheck> notApplied(Plan plan, ProductTerms terms) {
    AnalyzedText product = terms.product();
    Set<String> words = terms.words();
    List<NoteCheck> out = new ArrayList<>();
    for (PreparedNote p : plan.decontrol()) {
      if (byWords(p, words, terms.negated(), product).isPresent()) {
        break;
      }
      List<NoteAlternative> alternatives = new ArrayList<>();
      List<String> had = new ArrayList<>();
      List<String> lacked = new ArrayList<>();
      for (Set<String> alternative : p.alternatives()) {
        List<String> looked = new ArrayList<>(new TreeSet<>(alternative));
        List<String> has = looked.stream().filter(words::contains).toList();
        List<String> missing = looked.stream().filter(w -> !words.contains(w)).toList();
        alternatives.add(new NoteAlternative(looked, has, missing));
        has.stream().map(terms::surfaceOf).filter(w -> !had.contains(w)).forEach(had::add);
        missing.stream().filter(w -> !lacked.contains(w)).forEach(lacked::add);
      }
      out.add(NoteCheck.notApplied(p.holder(), p.note().kind(), p.label(), p.released(), had, alternatives,
          p.describe() + " (the text has: " + (had.isEmpty() ? "none of its words" : String.join(", ", had))
              + "; lacks: " + String.join(", ", lacked) + ")"));
    }
    return out;
  }

  private static NoteCheck released(PreparedNote p, List<String> had) {
    return p.check(NoteAction.RELEASED, p.released(), had, p.describe() + " (the text has: " + String.join(", ", had) + ")");
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
      if (NoteWords.matches(p.alternatives().get(0), words)) {
        for (ControlCode target : p.note().references()) {
          if (list.contains(target) && !target.isPrefixOf(candidate) && !candidate.isPrefixOf(target)) {
            String line = p.describe();
            out.add(new Redirect(p.holder(), target, line, p.check(NoteAction.REDIRECTED, List.of(target),
                overlap(p.alternatives().get(0), words, terms.product()), line)));
          }
        }
      }
    }
    return out;
  }

  /** The terms of a product text as the notes compare them. */
  ProductTerms termsOf(AnalyzedText product) {
    return userWords.termsOf(product);
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
        if (releases(a.note(), holder, candidate)) {
          allOfNotes.add(a);
        }
      }
      for (PreparedNote p : decontrol.getOrDefault(holder, List.of())) {
        if (releases(p.note(), holder, candidate)) {
          decontrolNotes.add(p);
        }
      }
      redirectNotes.addAll(redirects.getOrDefault(holder, List.of()));
    }
    return new Plan(List.copyOf(decontrolNotes), List.copyOf(allOfNotes), general.covering(candidate),
        List.copyOf(redirectNotes));
  }

  /** Whether a note held by {@code holder} releases the candidate: a note naming no codes releases its holder. */
  private static boolean releases(Note note, ControlCode holder, ControlCode candidate) {
    List<ControlCode> released = note.releases().isEmpty() ? List.of(holder) : note.releases();
    return released.stream().anyMatch(r -> r.isPrefixOf(candidate));
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
}

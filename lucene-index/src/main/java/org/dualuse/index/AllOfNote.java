package org.dualuse.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Evaluation;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.Note;
import org.dualuse.index.NoteCondition.Group;
import org.dualuse.index.NoteCondition.Typed;
import org.dualuse.index.NoteCondition.Unreadable;
import org.dualuse.index.NoteCondition.Words;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * A decontrol note whose conditions must all hold ("... does not control X which meet all of the
 * following: a. ...; b. ..."), read into its conditions ({@link NoteConditionParser}) and judged
 * against a product as a whole: the note releases only when every condition it requires is shown.
 * {@link NoteConditionPreparer} reads the conditions' words and criteria; this class judges them.
 *
 * <ul>
 *   <li>A condition with a number the {@link CriteriaExtractor} types ("A width exceeding 15 mm") is
 *       shown by the product's facts: the typed criterion must be met, on values the text names or
 *       the user states (a guessed parameter shows nothing). Its words beyond the bound ("jig
 *       grinders" in "jig grinders ... with a repeatability less than 1,1 µm") must be shown too.
 *   <li>A condition in words is shown by its distinctive words (those the node, its ancestors and the
 *       annex's boilerplate do not already say), by the rule of single-condition notes
 *       ({@link ReleaseNotes}), users' words for the notes' words included; the text may negate none
 *       of them. Words the condition itself negates ("No vacuum chucking", "but not for
 *       radio-determination") must not be in the text; a condition made only of such words ("Not
 *       capable of frequency hopping") is shown when the text negates them.
 *   <li>The words before a list are a condition of their own when they have distinctive words; a
 *       list of "all of the following" needs every item, one of "any of the following" one item. A
 *       list the note negates as a whole ("not capable of any of the following") and an item with
 *       nothing to read are never shown: a note must not release on part of its conditions.
 * </ul>
 *
 * <p>The verdict names every condition with the words or facts that showed it, and those that were
 * not shown. Immutable and thread-safe.
 */
final class AllOfNote {

  /** Decides whether a text shows a condition's words, by the rule of the single-condition notes. */
  interface WordRule {
    /**
     * @param words the condition's distinctive words
     * @param orParts the same words split where the condition says "or"
     * @param terms the product's terms
     */
    boolean shows(Set<String> words, List<Set<String>> orParts, ReleaseNotes.ProductTerms terms);
  }

  /**
   * The outcome of a condition.
   *
   * @param shown whether the text and facts show it
   * @param lines each condition that decided the outcome, with what showed it or that it was not shown
   * @param anyShown whether any word or fact of it was shown (a partial match is worth telling)
   */
  record Verdict(boolean shown, List<String> lines, boolean anyShown) {}

  private final Note note;
  private final ControlCode holder;
  private final NoteCondition conditions;

  private AllOfNote(Note note, ControlCode holder, NoteCondition conditions) {
    this.note = note;
    this.holder = holder;
    this.conditions = conditions;
  }

  /**
   * Reads a note whose conditions must all hold, or empty when its clause has no list.
   *
   * @param chain the terms of the node the note is printed under and of its ancestors
   * @param boilerplate the annex's words that say nothing of an item
   */
  static Optional<AllOfNote> read(Note note, ControlCode holder, Set<String> chain, Set<String> boilerplate,
      ListAnalyzer analyzer) {
    Optional<NoteConditionParser.Group> parsed = NoteConditionParser.parse(note.text());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    NoteConditionPreparer p = NoteConditionPreparer.of(chain, boilerplate, analyzer);
    return Optional.of(new AllOfNote(note, holder, p.prepare(parsed.get(), "")));
  }

  /** The conditions as read, one a line, indented by depth: for tests and for people checking a note. */
  String outline() {
    StringBuilder b = new StringBuilder();
    outline(conditions, "", b);
    return b.toString();
  }

  private static void outline(NoteCondition c, String indent, StringBuilder b) {
    b.append(indent).append(c.name());
    if (c instanceof Words w) {
      b.append(" words ").append(w.words()).append(w.denied().isEmpty() ? "" : " denied " + w.denied());
    } else if (c instanceof Typed t) {
      b.append(" typed ").append(t.criterion().describe())
          .append(t.words() == null ? "" : " words " + t.words().words() + (t.words().denied().isEmpty() ? "" : " denied " + t.words().denied()));
    } else if (c instanceof Unreadable u) {
      b.append(" unreadable: ").append(u.why());
    }
    b.append('\n');
    if (c instanceof Group g) {
      b.setLength(b.length() - 1);
      b.append(g.all() ? " ALL" : " ANY").append('\n');
      if (g.head() != null) {
        outline(g.head(), indent + "  head ", b);
      }
      for (NoteCondition item : g.items()) {
        outline(item, indent + "  ", b);
      }
    }
  }

  Note note() {
    return note;
  }

  ControlCode holder() {
    return holder;
  }

  /** Whether every condition the note requires is shown by the text and the facts, and what showed each. */
  Verdict judge(ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    return judge(conditions, terms, facts, rule);
  }

  private static Verdict judge(NoteCondition c, ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    if (c instanceof Words w) {
      return judgeWords(w, terms, rule);
    }
    if (c instanceof Typed t) {
      return judgeTyped(t, terms, facts, rule);
    }
    if (c instanceof Unreadable u) {
      return new Verdict(false, List.of(u.name() + ": not read (" + u.why() + ")"), false);
    }
    Group g = (Group) c;
    List<String> lines = new ArrayList<>();
    boolean anyShown = false;
    boolean headShown = true;
    if (g.head() != null) {
      Verdict h = judge(g.head(), terms, facts, rule);
      headShown = h.shown();
      anyShown = h.anyShown();
      lines.addAll(h.lines());
    }
    List<Verdict> items = new ArrayList<>();
    for (NoteCondition item : g.items()) {
      items.add(judge(item, terms, facts, rule));
    }
    boolean itemsShown;
    if (g.all()) {
      itemsShown = items.stream().allMatch(Verdict::shown);
      items.forEach(v -> lines.addAll(v.lines()));
    } else {
      Optional<Verdict> one = items.stream().filter(Verdict::shown).findFirst();
      itemsShown = one.isPresent();
      if (one.isPresent()) {
        lines.addAll(one.get().lines());
      } else {
        lines.add(g.name() + ": none of its " + g.items().size() + " alternatives shown");
      }
    }
    anyShown |= items.stream().anyMatch(Verdict::anyShown);
    return new Verdict(headShown && itemsShown, List.copyOf(lines), anyShown);
  }

  private static Verdict judgeWords(Words w, ReleaseNotes.ProductTerms terms, WordRule rule) {
    Set<String> has = terms.words();
    Set<String> negated = terms.negated();
    Set<String> evidence = new LinkedHashSet<>();
    boolean shown;
    if (w.words().isEmpty()) {
      // a condition made of what must be absent ("No vacuum chucking"): the text must deny it, by the
      // same rule as the text's words show a condition
      ReleaseNotes.ProductTerms denials = new ReleaseNotes.ProductTerms(terms.product(), negated, Set.of(), Map.of());
      shown = rule.shows(w.denied(), w.deniedOrParts(), denials);
      for (String d : w.denied()) {
        if (negated.contains(d)) {
          evidence.add("not " + terms.product().surfaceOf(d));
        }
      }
    } else {
      boolean deniesOwn = w.words().stream().anyMatch(negated::contains);
      boolean hasDenied = !w.denied().isEmpty() && NoteWords.matches(w.denied(), has);
      shown = !deniesOwn && !hasDenied && rule.shows(w.words(), w.orParts(), terms);
      for (String word : w.words()) {
        if (has.contains(word)) {
          evidence.add(terms.surfaceOf(word));
        }
      }
    }
    String line = shown ? w.name() + ": shown by " + String.join(", ", evidence) : w.name() + ": not shown"
        + (evidence.isEmpty() ? "" : " (only " + String.join(", ", evidence) + ")");
    return new Verdict(shown, List.of(line), !evidence.isEmpty());
  }

  private static Verdict judgeTyped(Typed t, ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    Evaluation e = facts.evaluate(t.criterion());
    boolean guessed = false;
    Set<String> evidence = new LinkedHashSet<>();
    for (CriterionResult r : e.results()) {
      if (r.truth() == Truth.MATCH && r.isParametric()) {
        guessed |= r.fact().map(f -> f.origin() == FactOrigin.UNNAMED_IN_TEXT).orElse(false);
        evidence.add(r.explanation());
      }
    }
    boolean met = e.truth() == Truth.MATCH && !guessed;
    Verdict words = t.words() == null ? null : judgeWords(t.words(), terms, rule);
    boolean shown = met && (words == null || words.shown());
    String line = t.name() + (met ? ": met by " + String.join("; ", evidence)
        : ": not met (" + t.criterion().describe() + (guessed ? ", only on a guessed value" : "") + ")");
    List<String> lines = new ArrayList<>();
    lines.add(line);
    if (words != null) {
      lines.addAll(words.lines());
    }
    return new Verdict(shown, List.copyOf(lines), met || (words != null && words.anyShown()));
  }
}

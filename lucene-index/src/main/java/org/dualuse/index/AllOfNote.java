package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.NoteConditionParser;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Evaluation;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;
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
   * The outcome of a condition. Its lines are written when asked for: a note is judged for every
   * candidate under it, and most verdicts (nothing shown) are never told, so writing their lines on
   * every judgement cost more than judging.
   */
  static final class Verdict {
    private final boolean shown;
    private final boolean anyShown;
    private final Supplier<List<String>> lines;

    Verdict(boolean shown, boolean anyShown, Supplier<List<String>> lines) {
      this.shown = shown;
      this.anyShown = anyShown;
      this.lines = lines;
    }

    /** Whether the text and facts show the condition. */
    boolean shown() {
      return shown;
    }

    /** Whether any word or fact of it was shown (a partial match is worth telling). */
    boolean anyShown() {
      return anyShown;
    }

    /** Each condition that decided the outcome, with what showed it or that it was not shown; written anew per call. */
    List<String> lines() {
      return lines.get();
    }
  }

  private final Note note;
  private final ControlCode holder;
  private final NoteCondition conditions;
  /**
   * How the verdict names each condition of the note ({@link NoteCondition#name}), worked out once:
   * the name cleans the condition's text with a regular expression. Keyed by identity (the conditions
   * are this note's own); filled in the constructor and not changed after, so it is safe to share.
   */
  private final Map<NoteCondition, String> names;

  private AllOfNote(Note note, ControlCode holder, NoteCondition conditions) {
    this.note = note;
    this.holder = holder;
    this.conditions = conditions;
    Map<NoteCondition, String> named = new IdentityHashMap<>();
    nameAll(conditions, named);
    this.names = Collections.unmodifiableMap(named);
  }

  private static void nameAll(NoteCondition c, Map<NoteCondition, String> into) {
    into.put(c, c.name());
    if (c instanceof Typed t && t.words() != null) {
      nameAll(t.words(), into);
    } else if (c instanceof Group g) {
      if (g.head() != null) {
        nameAll(g.head(), into);
      }
      g.items().forEach(item -> nameAll(item, into));
    }
  }

  /** {@link NoteCondition#name}, from the names worked out once. */
  private String nameOf(NoteCondition c) {
    String name = names.get(c);
    return name != null ? name : c.name();
  }

  /**
   * Reads a note whose conditions must all hold, or empty when its clause has no list.
   *
   * @param clause the note's release clause, as the parser read it
   * @param chain the terms of the node the note is printed under and of its ancestors
   * @param boilerplate the annex's words that say nothing of an item
   */
  static Optional<AllOfNote> read(Note note, ReleaseClause clause, ControlCode holder, Set<String> chain,
      Set<String> boilerplate, ListAnalyzer analyzer) {
    Optional<NoteConditionParser.Group> parsed = NoteConditionParser.parse(clause.scope());
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

  private Verdict judge(NoteCondition c, ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    if (c instanceof Words w) {
      return judgeWords(w, terms, rule);
    }
    if (c instanceof Typed t) {
      return judgeTyped(t, terms, facts, rule);
    }
    if (c instanceof Unreadable u) {
      return new Verdict(false, false, () -> List.of(nameOf(u) + ": not read (" + u.why() + ")"));
    }
    Group g = (Group) c;
    boolean anyShown = false;
    boolean headShown = true;
    Verdict h = null;
    if (g.head() != null) {
      h = judge(g.head(), terms, facts, rule);
      headShown = h.shown();
      anyShown = h.anyShown();
    }
    List<Verdict> items = new ArrayList<>(g.items().size());
    for (NoteCondition item : g.items()) {
      items.add(judge(item, terms, facts, rule));
    }
    boolean itemsShown;
    Verdict one = null;
    if (g.all()) {
      itemsShown = items.stream().allMatch(Verdict::shown);
    } else {
      one = items.stream().filter(Verdict::shown).findFirst().orElse(null);
      itemsShown = one != null;
    }
    anyShown |= items.stream().anyMatch(Verdict::anyShown);
    Verdict head = h;
    Verdict shownItem = one;
    return new Verdict(headShown && itemsShown, anyShown, () -> {
      List<String> lines = new ArrayList<>();
      if (head != null) {
        lines.addAll(head.lines());
      }
      if (g.all()) {
        items.forEach(v -> lines.addAll(v.lines()));
      } else if (shownItem != null) {
        lines.addAll(shownItem.lines());
      } else {
        lines.add(nameOf(g) + ": none of its " + g.items().size() + " alternatives shown");
        // each alternative is judged on its own: those the text shows in part tell what they lack
        for (Verdict v : items) {
          if (v.anyShown()) {
            lines.addAll(v.lines());
          }
        }
      }
      return List.copyOf(lines);
    });
  }

  private Verdict judgeWords(Words w, ReleaseNotes.ProductTerms terms, WordRule rule) {
    Set<String> has = terms.words();
    Set<String> negated = terms.negated();
    boolean shown;
    boolean anyEvidence = false;
    if (w.words().isEmpty()) {
      // a condition made of what must be absent ("No vacuum chucking"): the text must deny it, by the
      // same rule as the text's words show a condition
      ReleaseNotes.ProductTerms denials = new ReleaseNotes.ProductTerms(terms.product(), negated, Set.of(), Map.of());
      shown = rule.shows(w.denied(), w.deniedOrParts(), denials);
      for (String d : w.denied()) {
        anyEvidence |= negated.contains(d);
      }
    } else {
      boolean deniesOwn = w.words().stream().anyMatch(negated::contains);
      boolean hasDenied = !w.denied().isEmpty() && NoteWords.matches(w.denied(), has);
      shown = !deniesOwn && !hasDenied && rule.shows(w.words(), w.orParts(), terms);
      for (String word : w.words()) {
        anyEvidence |= has.contains(word);
      }
    }
    boolean isShown = shown;
    return new Verdict(shown, anyEvidence, () -> {
      Set<String> evidence = new LinkedHashSet<>();
      if (w.words().isEmpty()) {
        for (String d : w.denied()) {
          if (negated.contains(d)) {
            evidence.add("not " + terms.product().surfaceOf(d));
          }
        }
      } else {
        for (String word : w.words()) {
          if (has.contains(word)) {
            evidence.add(terms.surfaceOf(word));
          }
        }
      }
      String line = isShown ? nameOf(w) + ": shown by " + String.join(", ", evidence) : nameOf(w) + ": not shown"
          + (evidence.isEmpty() ? "" : " (only " + String.join(", ", evidence) + ")");
      return List.of(line);
    });
  }

  private Verdict judgeTyped(Typed t, ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    Evaluation e = facts.evaluate(t.criterion());
    boolean guessed = false;
    for (CriterionResult r : e.results()) {
      if (r.truth() == Truth.MATCH && r.isParametric()) {
        guessed |= r.fact().map(f -> f.origin() == FactOrigin.UNNAMED_IN_TEXT).orElse(false);
      }
    }
    boolean met = e.truth() == Truth.MATCH && !guessed;
    Verdict words = t.words() == null ? null : judgeWords(t.words(), terms, rule);
    boolean shown = met && (words == null || words.shown());
    boolean onGuess = guessed;
    return new Verdict(shown, met || (words != null && words.anyShown()), () -> {
      Set<String> evidence = new LinkedHashSet<>();
      for (CriterionResult r : e.results()) {
        if (r.truth() == Truth.MATCH && r.isParametric()) {
          evidence.add(r.explanation());
        }
      }
      String line = nameOf(t) + (met ? ": met by " + String.join("; ", evidence)
          : ": not met (" + t.criterion().describe() + (onGuess ? ", only on a guessed value" : "") + ")");
      List<String> lines = new ArrayList<>();
      lines.add(line);
      if (words != null) {
        lines.addAll(words.lines());
      }
      return List.copyOf(lines);
    });
  }
}

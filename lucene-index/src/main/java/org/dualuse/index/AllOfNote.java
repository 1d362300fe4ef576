package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Evaluation;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.Note;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * A decontrol note whose conditions must all hold ("... does not control X which meet all of the
 * following: a. ...; b. ..."), read into its conditions ({@link NoteConditionParser}) and judged
 * against a product as a whole: the note releases only when every condition it requires is shown.
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

  /** A condition of the note, prepared for judging. */
  private sealed interface Condition permits Words, Typed, Group, Unreadable {
    String label();

    String text();
  }

  /**
   * @param words distinctive words the condition states
   * @param orParts its words split where it says "or"
   * @param denied distinctive words the condition negates
   * @param deniedOrParts those split where it says "or"
   */
  private record Words(String label, String text, Set<String> words, List<Set<String>> orParts, Set<String> denied,
      List<Set<String>> deniedOrParts) implements Condition {}

  /** A typed condition and, when it names more than its bound, its words. */
  private record Typed(String label, String text, Criterion criterion, Words words) implements Condition {}

  /** @param head the words before the list, or null when they say nothing the node does not */
  private record Group(String label, String text, boolean all, Condition head, List<Condition> items)
      implements Condition {}

  private record Unreadable(String label, String text, String why) implements Condition {}

  /**
   * The outcome of a condition.
   *
   * @param shown whether the text and facts show it
   * @param lines each condition that decided the outcome, with what showed it or that it was not shown
   * @param anyShown whether any word or fact of it was shown (a partial match is worth telling)
   */
  record Verdict(boolean shown, List<String> lines, boolean anyShown) {}

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");
  /** A list the words before it negate as a whole: "that are not capable of any of the following". */
  private static final Pattern NEGATED_HEAD =
      Pattern.compile("(?i)\\b(?:not|no|without|neither|cannot)\\b(?:\\s+[\\p{L}-]+){0,3}\\s*$");
  /**
   * What a condition negates: from "not", "no", "without" to the end of its clause (a comma, a
   * semicolon, a colon, a bracket, or a word that starts another statement: "but", "and", "which"),
   * or the word after "non-". "Not fitted with an afterburner" negates "fitted with an afterburner";
   * a scope read too long only makes the condition harder to show.
   */
  private static final Pattern NEGATED_SPAN = Pattern.compile(
      "(?i)\\bnon-[\"'\u201c\u2018]?[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*"
          + "|\\b(?:not|no|without|cannot)\\b.*?(?=[,;:()]|\\b(?:but|and|which|where|whose|when)\\b|$)");
  /**
   * Where an item's name ends and a clause that qualifies it begins: "Routers, switches, gateways or
   * relays, where the cryptography ... is limited to ..." states two conditions, the kind of goods and
   * what the clause says of them.
   */
  private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:,\\s*|\\s+)(?:where|which|that|whose)\\b");
  /** Words of a typed condition that only state its comparison. */
  private static final String COMPARISON_WORDS =
      "maximum minimum equal less more greater exceeding exceed exceeds than better worse average peak least above "
          + "below up over under fewer per output";
  /** Words that link a condition to its item and state nothing of it. */
  private static final String LINKING_WORDS =
      "meet meets meeting made from do does have has having been be is are it its can cannot only where when whose "
          + "which within either one more also above paragraph category part including include provide providing "
          + "using incorporating incorporates non not no without";
  private static final int SHOWN_TEXT = 60;

  private final Note note;
  private final ControlCode holder;
  private final Condition conditions;

  private AllOfNote(Note note, ControlCode holder, Condition conditions) {
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
    Set<String> comparison = new LinkedHashSet<>(analyzer.terms(COMPARISON_WORDS));
    Set<String> leftOut = new LinkedHashSet<>(boilerplate);
    leftOut.addAll(analyzer.terms(LINKING_WORDS));
    Preparer p = new Preparer(chain, leftOut, comparison, analyzer);
    return Optional.of(new AllOfNote(note, holder, p.prepare(parsed.get(), "")));
  }

  /** The conditions as read, one a line, indented by depth: for tests and for people checking a note. */
  String outline() {
    StringBuilder b = new StringBuilder();
    outline(conditions, "", b);
    return b.toString();
  }

  private static void outline(Condition c, String indent, StringBuilder b) {
    b.append(indent).append(name(c));
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
      for (Condition item : g.items()) {
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

  private static Verdict judge(Condition c, ReleaseNotes.ProductTerms terms, ParameterSide.View facts, WordRule rule) {
    if (c instanceof Words w) {
      return judgeWords(w, terms, rule);
    }
    if (c instanceof Typed t) {
      return judgeTyped(t, terms, facts, rule);
    }
    if (c instanceof Unreadable u) {
      return new Verdict(false, List.of(name(u) + ": not read (" + u.why() + ")"), false);
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
    for (Condition item : g.items()) {
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
        lines.add(name(g) + ": none of its " + g.items().size() + " alternatives shown");
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
    String line = shown ? name(w) + ": shown by " + String.join(", ", evidence) : name(w) + ": not shown"
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
    String line = name(t) + (met ? ": met by " + String.join("; ", evidence)
        : ": not met (" + t.criterion().describe() + (guessed ? ", only on a guessed value" : "") + ")");
    List<String> lines = new ArrayList<>();
    lines.add(line);
    if (words != null) {
      lines.addAll(words.lines());
    }
    return new Verdict(shown, List.copyOf(lines), met || (words != null && words.anyShown()));
  }

  private static String name(Condition c) {
    String text = c.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty() && c.label().isEmpty()) {
      return "its list";
    }
    if (text.length() > SHOWN_TEXT) {
      text = text.substring(0, SHOWN_TEXT) + "...";
    }
    return (c.label().isEmpty() ? "" : c.label() + " ") + "'" + text + "'";
  }

  /** Turns the parsed clause into conditions with their words and typed criteria. */
  private record Preparer(Set<String> chain, Set<String> boilerplate, Set<String> comparison, ListAnalyzer analyzer) {

    Condition prepare(NoteConditionParser.Part part, String path) {
      String label = part.label().isEmpty() ? path : path + part.label() + ".";
      if (part instanceof NoteConditionParser.Leaf leaf) {
        Condition c = leaf(label, leaf.text());
        return c != null ? c : new Unreadable(label, leaf.text(), "it names nothing the node does not");
      }
      NoteConditionParser.Group g = (NoteConditionParser.Group) part;
      String head = trimmed(g.head());
      if (NEGATED_HEAD.matcher(head).find()) {
        return new Unreadable(label, head, "the note negates the list as a whole");
      }
      List<Condition> items = new ArrayList<>();
      for (NoteConditionParser.Part item : g.items()) {
        items.add(prepare(item, label));
      }
      return new Group(label, head, g.all(), leaf(label, head), List.copyOf(items));
    }

    /**
     * A condition read from text with no list in it, or null when it says nothing the node does not.
     * An item that names goods and qualifies them by a clause ("..., where ...") is two conditions
     * that must both hold.
     */
    private Condition leaf(String label, String raw) {
      String text = trimmed(raw);
      if (text.isEmpty()) {
        return null;
      }
      Matcher q = QUALIFIER.matcher(text);
      if (q.find() && q.start() > 0) {
        Condition named = single(label, text.substring(0, q.start()));
        Condition qualifier = single(label, text.substring(q.end()));
        if (named != null && qualifier != null) {
          return new Group(label, text, true, null, List.of(named, qualifier));
        }
      }
      return single(label, text);
    }

    private Condition single(String label, String raw) {
      String text = trimmed(raw);
      if (text.isEmpty()) {
        return null;
      }
      Optional<Criterion> typed = DIGIT.matcher(text).find()
          ? CriteriaExtractor.standard().extractTyped(text) : Optional.empty();
      if (typed.isPresent() && typed.get().isParametric()) {
        Set<String> bound = new LinkedHashSet<>(comparison);
        for (Criterion leaf : typed.get().leaves()) {
          if (leaf instanceof Threshold th) {
            bound.addAll(analyzer.terms(th.parameter().name() + " " + th.source()));
          } else if (leaf instanceof Range r) {
            bound.addAll(analyzer.terms(r.parameter().name() + " " + r.source()));
          }
        }
        Words words = words(label, text, bound);
        return new Typed(label, text, typed.get(), words);
      }
      return words(label, text, Set.of());
    }

    private Words words(String label, String text, Set<String> alsoLeftOut) {
      AnalyzedText analyzed = AnalyzedText.of(analyzer, text);
      boolean[] negated = new boolean[text.length()];
      Matcher m = NEGATED_SPAN.matcher(text);
      while (m.find()) {
        java.util.Arrays.fill(negated, m.start(), m.end(), true);
      }
      Set<String> words = new LinkedHashSet<>();
      Set<String> denied = new LinkedHashSet<>();
      for (AnalyzedText.Token t : analyzed.tokens()) {
        if (chain.contains(t.term()) || boilerplate.contains(t.term()) || alsoLeftOut.contains(t.term())) {
          continue;
        }
        (t.start() < negated.length && negated[t.start()] ? denied : words).add(t.term());
      }
      denied.removeAll(words);
      if (words.isEmpty() && denied.isEmpty()) {
        return null;
      }
      // insertion order kept: the verdict names the words in the order the note gives them
      return new Words(label, text, Collections.unmodifiableSet(words), orParts(text, words),
          Collections.unmodifiableSet(denied), orParts(text, denied));
    }

    private List<Set<String>> orParts(String text, Set<String> of) {
      List<Set<String>> out = new ArrayList<>();
      for (String part : OR.split(text)) {
        Set<String> partWords = new LinkedHashSet<>();
        for (String t : analyzer.terms(part)) {
          if (of.contains(t)) {
            partWords.add(t);
          }
        }
        if (!partWords.isEmpty()) {
          out.add(Collections.unmodifiableSet(partWords));
        }
      }
      return List.copyOf(out);
    }

    private static String trimmed(String text) {
      return text.strip().replaceAll("(?i)(?:[;,.:]|\\band\\b|\\bor\\b|\\s)+$", "").strip();
    }
  }
}

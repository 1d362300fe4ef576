package org.dualuse.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.NoteConditionParser;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.index.NoteCondition.Group;
import org.dualuse.index.NoteCondition.Typed;
import org.dualuse.index.NoteCondition.Unreadable;
import org.dualuse.index.NoteCondition.Words;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * Turns the clause {@link NoteConditionParser} parsed into {@link NoteCondition}s with their
 * distinctive words and typed criteria: the words the node and its ancestors (the chain), the
 * annex's boilerplate and the linking words already say are left out, since they show nothing of
 * the condition. Immutable and thread-safe.
 *
 * @param chain the terms of the node the note is printed under and of its ancestors
 * @param boilerplate the terms that say nothing of an item: the annex's boilerplate and linking words
 * @param comparison the terms that only state a typed condition's comparison
 * @param analyzer the analyzer of the index, by which the words become terms
 */
record NoteConditionPreparer(Set<String> chain, Set<String> boilerplate, Set<String> comparison,
    ListAnalyzer analyzer) {

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

  /**
   * A preparer for the notes of one node.
   *
   * @param chain the terms of the node the note is printed under and of its ancestors
   * @param boilerplate the annex's words that say nothing of an item
   */
  static NoteConditionPreparer of(Set<String> chain, Set<String> boilerplate, ListAnalyzer analyzer) {
    Set<String> comparison = new LinkedHashSet<>(analyzer.terms(COMPARISON_WORDS));
    Set<String> leftOut = new LinkedHashSet<>(boilerplate);
    leftOut.addAll(analyzer.terms(LINKING_WORDS));
    return new NoteConditionPreparer(chain, leftOut, comparison, analyzer);
  }

  /** The condition a parsed part states; {@code path} is the labels of the lists it is in. */
  NoteCondition prepare(NoteConditionParser.Part part, String path) {
    String label = part.label().isEmpty() ? path : path + part.label() + ".";
    if (part instanceof NoteConditionParser.Leaf leaf) {
      NoteCondition c = leaf(label, leaf.text());
      return c != null ? c : new Unreadable(label, leaf.text(), "it names nothing the node does not");
    }
    NoteConditionParser.Group g = (NoteConditionParser.Group) part;
    String head = trimmed(g.head());
    if (NEGATED_HEAD.matcher(head).find()) {
      return new Unreadable(label, head, "the note negates the list as a whole");
    }
    List<NoteCondition> items = new ArrayList<>();
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
  private NoteCondition leaf(String label, String raw) {
    String text = trimmed(raw);
    if (text.isEmpty()) {
      return null;
    }
    Matcher q = QUALIFIER.matcher(text);
    if (q.find() && q.start() > 0) {
      NoteCondition named = single(label, text.substring(0, q.start()));
      NoteCondition qualifier = single(label, text.substring(q.end()));
      if (named != null && qualifier != null) {
        return new Group(label, text, true, null, List.of(named, qualifier));
      }
    }
    return single(label, text);
  }

  private NoteCondition single(String label, String raw) {
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
      Arrays.fill(negated, m.start(), m.end(), true);
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

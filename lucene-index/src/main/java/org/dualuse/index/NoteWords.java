package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.NoteWordRule;

/**
 * The distinctive words of the list's release notes and N.B.s, and the rule by which a product text
 * shows them (see {@link ReleaseNotes} for the rule in full).
 *
 * <p>A note's distinctive words are those of its text that neither the node it is attached to, nor
 * its ancestors, nor the annex's boilerplate already say: those describe the controlled item, not
 * what the note releases. The words of the note's release clause, as the parser read it once
 * ({@link ReleaseClause#scope()}: what follows "does not control"), are split into the note's alternatives
 * at its enumerators and semicolons; an alternative with a number is parametric and left to the
 * parameter side. Immutable and thread-safe.
 */
final class NoteWords implements AllOfNote.WordRule {

  /** A word in the text or notes of at most this many nodes is rare enough to show a note applies. */
  static final int RARE_NODES = 5;
  private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");
  private static final Pattern ENUMERATOR = Pattern.compile("(?:^|[\\s:;])(?:[a-z]|\\d{1,2})\\.\\s|;");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final ListAnalyzer analyzer;
  private final Set<String> boilerplate;
  /** Per word, the number of nodes whose text or notes have it. */
  private final Map<String, Integer> nodesWith;

  /** @param nodesWith per word, the number of nodes whose text or notes have it; not copied, not changed */
  NoteWords(ListAnalyzer analyzer, Map<String, Integer> nodesWith) {
    this.analyzer = analyzer;
    this.boilerplate = new HashSet<>(analyzer.terms(String.join(" ", NoteWordRule.BOILERPLATE)));
    this.nodesWith = nodesWith;
  }

  /** The annex's words that say nothing of an item, as terms. */
  Set<String> boilerplate() {
    return boilerplate;
  }

  /**
   * Whether the text shows a condition's words: the rule for an alternative of a single-condition
   * note, or for one of its parts joined by "or".
   */
  @Override
  public boolean shows(Set<String> words, List<Set<String>> orParts, ReleaseNotes.ProductTerms terms) {
    if (matches(words, terms.words())) {
      return true;
    }
    for (Set<String> part : orParts) {
      if (showsByRareWord(part, terms.words(), terms.negated())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text's words show an alternative, by the list's one rule ({@link NoteWordRule}). */
  static boolean matches(Set<String> alternative, Set<String> words) {
    return NoteWordRule.shows(alternative, words::contains);
  }

  /**
   * Whether the text shows a part of an alternative joined by "or" that has two or more words: at
   * least half of them, one of them rare in the list, and none negated. Users rarely write a note's
   * qualifiers ("civil"), so its rare words ("automobiles") must do.
   */
  boolean showsByRareWord(Set<String> part, Set<String> words, Collection<String> negated) {
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

  /** The distinctive words of each alternative of a release clause, in the note's order. */
  List<Set<String>> alternatives(ReleaseClause clause, Set<String> chain) {
    List<Set<String>> out = new ArrayList<>();
    for (String alternative : wordAlternatives(clause)) {
      Set<String> words = distinctive(alternative, chain);
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  /** Per alternative of the note (as {@link #alternatives}), its parts joined by "or". */
  List<List<Set<String>>> orParts(ReleaseClause clause, Set<String> chain) {
    List<List<Set<String>>> out = new ArrayList<>();
    for (String alternative : wordAlternatives(clause)) {
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

  /** The alternatives of a note's release clause that state no number, as text. */
  private static List<String> wordAlternatives(ReleaseClause clause) {
    List<String> out = new ArrayList<>();
    for (String part : ENUMERATOR.split(clause.scope())) {
      if (!part.isBlank() && !DIGIT.matcher(part).find()) {
        out.add(part);
      }
    }
    return out;
  }

  /** The terms of a text that the chain of nodes and the boilerplate do not say, in text order. */
  Set<String> distinctive(String text, Set<String> chain) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : analyzer.terms(text)) {
      if (!chain.contains(t) && !boilerplate.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}

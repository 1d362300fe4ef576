package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.WordForms;
import org.dualuse.index.analysis.LiteralPhrases;

/**
 * The vocabulary analysed, as a {@link ListIndex} needs it: what depends on the vocabulary alone, not
 * on the list or on the Lucene files, so that an index opened as found (bundled in the jar, or reused
 * on disk) computes it as an index built now does.
 *
 * <ul>
 *   <li>its phrases by their first term, to find them whole in a text, and the phrases the analysis
 *       would cut short ("Inconel 718"), found as written ({@link LiteralPhrases});
 *   <li>per code, the terms of its {@link Vocabulary.Strength#HINT} rows (the node's vocabulary words)
 *       and of its {@link Vocabulary.Strength#RETRIEVAL} pointers (a field of their own), each term with
 *       the languages of the rows that gave it;
 *   <li>per code, the CAS numbers its rows name (a row that is a CAS number points at its chemical as
 *       the annex's own CAS numbers do);
 *   <li>the words of non-English hint rows: the parts the query analyzer splits German compounds into.
 * </ul>
 *
 * <p>It finds its phrases in a text ({@link #findIn}).
 *
 * Read-only once constructed; safe to share between threads.
 */
final class VocabularyPhrases {
  final Map<String, List<VocabularyPhrase>> byFirstTerm = new HashMap<>();
  final LiteralPhrases<VocabularyPhrase> literal;
  /** Per code, the terms of the hint rows that point at it, in row order (repeats kept: they are indexed). */
  final Map<ControlCode, List<String>> hintTerms = new HashMap<>();
  /** Per code, the terms of the retrieval pointers that point at it, in row order. */
  final Map<ControlCode, List<String>> pointerTerms = new HashMap<>();
  /** Per code, per term of its hint rows, the languages of the rows that gave it. */
  private final Map<ControlCode, Map<String, Set<String>>> hintLanguages = new HashMap<>();
  /** Per code, per term of its retrieval pointers, the languages of the rows that gave it. */
  private final Map<ControlCode, Map<String, Set<String>>> pointerLanguages = new HashMap<>();
  /** Per code, the CAS numbers of the rows that are one. */
  final Map<ControlCode, List<String>> casNumbers = new HashMap<>();
  final CharArraySet compoundParts;

  VocabularyPhrases(Vocabulary vocabulary, ListAnalyzer analyzer) {
    List<String> compoundWords = new ArrayList<>();
    LiteralPhrases.Builder<VocabularyPhrase> literalBuilder = LiteralPhrases.builder();
    Map<String, VocabularyPhrase> literalSeen = new HashMap<>();
    for (Vocabulary.Mapping m : vocabulary.mappings()) {
      List<String> cas = AnalyzedText.casNumbersIn(m.phrase());
      if (cas.size() == 1 && cas.get(0).equals(m.phrase().strip())) {
        for (ControlCode code : m.codes()) {
          casNumbers.computeIfAbsent(code, c -> new ArrayList<>()).add(cas.get(0));
        }
        continue;
      }
      List<String> phraseTerms = analyzer.terms(m.phrase());
      boolean hint = m.strength() == Vocabulary.Strength.HINT;
      if (!analyzer.keepsEveryWord(m.phrase())) {
        // "Inconel 718": the analysis would cut the phrase short, so it is found as written; its
        // words that remain ("inconel") still count as words of the node's vocabulary
        if (!LiteralPhrases.isMatchable(m.phrase())) {
          continue;
        }
        String key = m.phrase() + "\u0000" + m.codes();
        VocabularyPhrase seen = literalSeen.get(key);
        if (seen != null) {
          seen.addLanguage(m.language());
          seen.hint |= hint;
          continue;
        }
        VocabularyPhrase p = new VocabularyPhrase(m.phrase(), List.of(), m.codes(), m.language(), hint);
        literalSeen.put(key, p);
        literalBuilder.add(m.phrase(), p);
      } else {
        if (phraseTerms.isEmpty()) {
          continue; // a phrase of stop words only cannot be matched; nothing to index
        }
        VocabularyPhrase p = new VocabularyPhrase(m.phrase(), phraseTerms, m.codes(), m.language(), hint);
        List<VocabularyPhrase> same = byFirstTerm.computeIfAbsent(phraseTerms.get(0), t -> new ArrayList<>());
        Optional<VocabularyPhrase> variant = same.stream()
            .filter(q -> q.terms().equals(phraseTerms) && q.codes().equals(m.codes())).findFirst();
        if (variant.isPresent()) {
          // a spelling variant ("IMSI-catcher") or translation ("Radar") of a phrase already read:
          // the phrase now speaks its language too
          variant.get().addLanguage(m.language());
          boolean wasHint = variant.get().hint;
          variant.get().hint |= hint;
          for (ControlCode code : m.codes()) {
            if (hint && !wasHint) {
              // a knowledge pointer that a reviewed row ("Reaktordruckbehälter", a translation) also
              // gives: the phrase is now a hint, found as one, so its words are the node's vocabulary
              // words too; left in the pointer field only, they were neither words the node matched
              // nor words the list knows
              hintTerms.computeIfAbsent(code, c -> new ArrayList<>()).addAll(phraseTerms);
              for (Map.Entry<String, Set<String>> e : pointerLanguages(code).entrySet()) {
                if (phraseTerms.contains(e.getKey())) {
                  for (String language : e.getValue()) {
                    addLanguage(hintLanguages, code, List.of(e.getKey()), language);
                  }
                }
              }
            }
            addLanguage(variant.get().hint ? hintLanguages : pointerLanguages, code, phraseTerms, m.language());
          }
          if (hint && !wasHint && !"en".equals(m.language())) {
            addCompoundWords(compoundWords, m.phrase());
          }
          continue;
        }
        same.add(p);
      }
      for (ControlCode code : m.codes()) {
        (hint ? hintTerms : pointerTerms).computeIfAbsent(code, c -> new ArrayList<>()).addAll(phraseTerms);
        addLanguage(hint ? hintLanguages : pointerLanguages, code, phraseTerms, m.language());
      }
      // German compounds of a text are split at the words of hints only: the many names of the
      // knowledge files split weather radars and level radars into "radar"
      if (!"en".equals(m.language()) && hint) {
        addCompoundWords(compoundWords, m.phrase());
      }
    }
    compoundParts = CharArraySet.unmodifiableSet(new CharArraySet(compoundWords, false));
    literal = literalBuilder.build();
  }

  private static void addCompoundWords(List<String> into, String phrase) {
    for (String w : phrase.split("[\\s-]+")) {
      into.add(WordForms.fold(w));
    }
  }

  private static void addLanguage(Map<ControlCode, Map<String, Set<String>>> into, ControlCode code,
      List<String> terms, String language) {
    Map<String, Set<String>> byTerm = into.computeIfAbsent(code, c -> new HashMap<>());
    for (String t : terms) {
      byTerm.computeIfAbsent(t, x -> new TreeSet<>()).add(language);
    }
  }

  /** Per term of the hint rows that point at a code, the languages of those rows; empty when none does. */
  Map<String, Set<String>> hintLanguages(ControlCode code) {
    return hintLanguages.getOrDefault(code, Map.of());
  }

  /** Per term of the retrieval pointers that point at a code, the languages of those rows; empty when none does. */
  Map<String, Set<String>> pointerLanguages(ControlCode code) {
    return pointerLanguages.getOrDefault(code, Map.of());
  }

  /**
   * The phrases that apply to the text's language found whole and not negated in a text (by their
   * terms, or as written), by the codes they point at, in one pass over it.
   */
  VocabularyMatches findIn(AnalyzedText text) {
    List<AnalyzedText.Token> tokens = text.tokens();
    Map<ControlCode, List<String>> hints = new LinkedHashMap<>();
    Map<ControlCode, List<String>> pointers = new LinkedHashMap<>();
    for (LiteralPhrases.Match<VocabularyPhrase> m : literal.findIn(text.text())) {
      VocabularyPhrase p = m.value();
      if (p.appliesTo(text.language()) && !negatedAt(tokens, m.start())) {
        addFound(p.hint ? hints : pointers, p);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).negated()) {
        continue;
      }
      List<VocabularyPhrase> candidates = byFirstTerm.get(tokens.get(i).term());
      if (candidates == null) {
        continue;
      }
      for (VocabularyPhrase p : candidates) {
        if (p.appliesTo(text.language()) && AnalyzedText.startsAt(tokens, i, p.terms())) {
          addFound(p.hint ? hints : pointers, p);
        }
      }
    }
    return new VocabularyMatches(Collections.unmodifiableMap(hints), Collections.unmodifiableMap(pointers));
  }

  private static void addFound(Map<ControlCode, List<String>> out, VocabularyPhrase p) {
    for (ControlCode code : p.codes()) {
      List<String> found = out.computeIfAbsent(code, c -> new ArrayList<>());
      if (!found.contains(p.phrase())) {
        found.add(p.phrase());
      }
    }
  }

  /** Whether the first token at or after an offset stands under a negation ("not Inconel 718"). */
  private static boolean negatedAt(List<AnalyzedText.Token> tokens, int offset) {
    for (AnalyzedText.Token t : tokens) {
      if (t.end() > offset) {
        return t.negated();
      }
    }
    return false;
  }
}

package org.dualuse.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * The languages of the words a {@link ListIndex} document holds only through vocabulary rows, and the
 * filter that keeps a text of one language from matching them through rows of another: the German
 * "Pumpe" (analyzed "pump") does not speak for an English garden pump. Computed from the vocabulary
 * and the list alone, so that an index opened as found has them as a built one does. Read-only once
 * constructed; safe to share between threads.
 */
final class TermLanguages {
  /**
   * Per word field (by its place in {@link IndexFields#WORD_FIELDS}; null for fields without languages),
   * per term, the documents that hold the term only through vocabulary rows, with those rows' languages.
   */
  private final Map<String, Map<Integer, Set<String>>>[] byField;
  /**
   * The same per word field and term, worked out for every text language once: the documents left out,
   * ascending, for a text of each language some of the term's rows have, and for a text of any other
   * language. A text's every term is looked up in every field: deciding per document per text cost more
   * than the search it filters.
   */
  private final Map<String, Drops>[] dropsByField;

  /** The documents to leave out of a term's postings, by the text's language. */
  private record Drops(Map<String, int[]> byLanguage, int[] otherwise) {
    int[] of(String language) {
      return byLanguage.getOrDefault(language, otherwise);
    }
  }

  TermLanguages(ControlList list, ControlNode[] nodeOfDoc, Map<ControlCode, ListIndex.NodeWords> wordsByCode,
      VocabularyPhrases phrases, ListAnalyzer analyzer) {
    this.byField = byDocument(list, nodeOfDoc, wordsByCode, phrases, analyzer);
    this.dropsByField = drops(byField);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Drops>[] drops(Map<String, Map<Integer, Set<String>>>[] byField) {
    Map<String, Drops>[] out = new Map[byField.length];
    for (int f = 0; f < byField.length; f++) {
      if (byField[f] == null) {
        continue;
      }
      out[f] = new HashMap<>();
      for (Map.Entry<String, Map<Integer, Set<String>>> term : byField[f].entrySet()) {
        Map<Integer, Set<String>> onlyThrough = term.getValue();
        Set<String> languages = new TreeSet<>();
        onlyThrough.values().forEach(languages::addAll);
        Map<String, int[]> byLanguage = new HashMap<>();
        for (String l : languages) {
          byLanguage.put(l, dropped(onlyThrough, l));
        }
        // a language none of the term's rows has: the rows of every language apply alike to all such
        String other = "\u0000";
        while (languages.contains(other)) {
          other += "\u0000";
        }
        out[f].put(term.getKey(), new Drops(byLanguage, dropped(onlyThrough, other)));
      }
    }
    return out;
  }

  /** The documents, ascending, of no row that applies to a text of this language. */
  private static int[] dropped(Map<Integer, Set<String>> onlyThrough, String language) {
    Optional<String> textLanguage = Optional.of(language);
    return onlyThrough.entrySet().stream().filter(e -> !anyApplies(e.getValue(), textLanguage))
        .mapToInt(Map.Entry::getKey).sorted().toArray();
  }

  /**
   * The postings of a term in a field without the documents that hold it only through vocabulary
   * rows of other languages than the text's; the postings themselves when none is left out.
   */
  WordImpacts.Postings inLanguage(WordImpacts.Postings postings, int field, String term,
      Optional<String> language) {
    if (postings == null || language.isEmpty() || byField[field] == null) {
      return postings;
    }
    Drops drops = dropsByField[field].get(term);
    if (drops == null) {
      return postings;
    }
    // from the few documents that hold the term only through rows, those of no row that applies:
    // usually none, and the postings (often long) are then kept as they are without a look-up per document
    int[] dropped = drops.of(language.get());
    int d = dropped.length;
    if (d == 0) {
      return postings;
    }
    int[] docs = postings.docs();
    float[] scores = postings.scores();
    int[] keptDocs = new int[docs.length];
    float[] keptScores = new float[docs.length];
    int n = 0;
    for (int i = 0; i < docs.length; i++) {
      if (Arrays.binarySearch(dropped, 0, d, docs[i]) < 0) {
        keptDocs[n] = docs[i];
        keptScores[n++] = scores[i];
      }
    }
    return n == docs.length ? postings
        : new WordImpacts.Postings(Arrays.copyOf(keptDocs, n), Arrays.copyOf(keptScores, n));
  }

  private static boolean anyApplies(Set<String> rowLanguages, Optional<String> textLanguage) {
    for (String l : rowLanguages) {
      if (RowLanguages.applies(l, textLanguage)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per word field, per term, the documents that hold the term only through vocabulary rows, with
   * those rows' languages: in the vocabulary field the terms of the node's hint rows, in the pointer
   * field those of its retrieval pointers, in the context field those of its ancestors' hint rows less
   * the words of the ancestors' own texts (such a word is in the context whatever the language). From
   * the vocabulary and the list alone, so that an index opened as found has them as a built one does.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<Integer, Set<String>>>[] byDocument(ControlList list, ControlNode[] nodeOfDoc,
      Map<ControlCode, ListIndex.NodeWords> wordsByCode, VocabularyPhrases phrases, ListAnalyzer analyzer) {
    Map<String, Map<Integer, Set<String>>>[] out = new Map[IndexFields.WORD_FIELDS.size()];
    int vocabField = IndexFields.WORD_FIELDS.indexOf(IndexFields.F_VOCAB);
    int contextField = IndexFields.WORD_FIELDS.indexOf(IndexFields.F_CONTEXT);
    int pointerField = IndexFields.WORD_FIELDS.indexOf(IndexFields.F_POINTER);
    for (int doc = 0; doc < nodeOfDoc.length; doc++) {
      ControlCode code = nodeOfDoc[doc].code();
      addLanguages(out, vocabField, phrases.hintLanguages(code), doc);
      addLanguages(out, contextField, contextLanguages(list, code, wordsByCode, phrases, analyzer), doc);
      addLanguages(out, pointerField, phrases.pointerLanguages(code), doc);
    }
    return out;
  }

  /** The terms a node's context holds only through its ancestors' hint rows, with those rows' languages. */
  private static Map<String, Set<String>> contextLanguages(ControlList list, ControlCode code,
      Map<ControlCode, ListIndex.NodeWords> wordsByCode, VocabularyPhrases phrases, ListAnalyzer analyzer) {
    List<ControlNode> ancestors = list.ancestorsOf(code);
    Map<String, Set<String>> out = new HashMap<>();
    for (ControlNode up : ancestors) {
      phrases.hintLanguages(up.code()).forEach((t, l) ->
          out.computeIfAbsent(t, x -> new TreeSet<>()).addAll(l));
    }
    if (!out.isEmpty()) {
      for (ControlNode up : ancestors) {
        ListIndex.NodeWords words = wordsByCode.get(up.code());
        // a "Not used" ancestor has no document to read its words from
        out.keySet().removeAll(words != null ? words.own() : analyzer.terms(up.text()));
      }
    }
    return out;
  }

  private static void addLanguages(Map<String, Map<Integer, Set<String>>>[] out, int field,
      Map<String, Set<String>> languages, int doc) {
    if (languages.isEmpty()) {
      return;
    }
    if (out[field] == null) {
      out[field] = new HashMap<>();
    }
    languages.forEach((term, l) -> out[field].computeIfAbsent(term, t -> new HashMap<>()).put(doc, l));
  }

  /**
   * Per term of a word field, the documents that hold it only through vocabulary rows, with those
   * rows' languages ({@link #inLanguage} leaves a document out for a text of none of them); empty for
   * a field without such terms. For tests: an index opened as found must hold what a built one does.
   */
  Map<String, Map<Integer, Set<String>>> ofField(String field) {
    Map<String, Map<Integer, Set<String>>> byTerm = byField[IndexFields.WORD_FIELDS.indexOf(field)];
    return byTerm == null ? Map.of() : Collections.unmodifiableMap(byTerm);
  }
}

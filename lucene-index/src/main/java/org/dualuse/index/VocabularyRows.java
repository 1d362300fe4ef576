package org.dualuse.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dualuse.core.code.ControlCode;

/**
 * The rows of a vocabulary by their phrase, for the evidence of a phrase found in a text: which rows
 * give it, and where they are written. Built once from a vocabulary; immutable and thread-safe.
 */
final class VocabularyRows {
  private final Map<String, List<Vocabulary.Mapping>> byPhrase = new HashMap<>();

  VocabularyRows(Vocabulary vocabulary) {
    for (Vocabulary.Mapping m : vocabulary.mappings()) {
      byPhrase.computeIfAbsent(key(m.phrase()), k -> new ArrayList<>(1)).add(m);
    }
  }

  /**
   * The rows of a phrase that point at the node, above it or below it, each as {@code file:line
   * (lang)}; every row of the phrase when none does (the node holds the phrase through another node
   * of its entry); empty for a phrase the vocabulary lacks.
   */
  List<String> of(String phrase, ControlCode code) {
    List<Vocabulary.Mapping> rows = byPhrase.getOrDefault(key(phrase), List.of());
    List<String> near = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Vocabulary.Mapping m : rows) {
      String row = m.source() + ":" + m.line() + " (" + m.language() + ")";
      all.add(row);
      if (m.codes().stream().anyMatch(c -> c.isPrefixOf(code) || code.isPrefixOf(c))) {
        near.add(row);
      }
    }
    return near.isEmpty() ? all : near;
  }

  private static String key(String phrase) {
    return phrase.strip().toLowerCase(Locale.ROOT);
  }
}

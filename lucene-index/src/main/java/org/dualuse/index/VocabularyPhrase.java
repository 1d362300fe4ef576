package org.dualuse.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dualuse.core.code.ControlCode;

/**
 * A vocabulary phrase analyzed into terms (none when found as written), with the nodes it points at
 * and the languages of the rows that gave it (a mutable set, filled while {@link VocabularyPhrases}
 * reads the vocabulary, read-only after).
 */
final class VocabularyPhrase {
  final String phrase;
  final List<String> terms;
  final List<ControlCode> codes;
  final Set<String> languages = new TreeSet<>();
  /** Whether a row of it is a {@link Vocabulary.Strength#HINT}; else it only draws retrieval. */
  boolean hint;

  VocabularyPhrase(String phrase, List<String> terms, List<ControlCode> codes, String language, boolean hint) {
    this.phrase = phrase;
    this.terms = terms;
    this.codes = codes;
    this.languages.add(language);
    this.hint = hint;
  }

  String phrase() {
    return phrase;
  }

  List<String> terms() {
    return terms;
  }

  List<ControlCode> codes() {
    return codes;
  }

  Set<String> languages() {
    return languages;
  }

  boolean appliesTo(Optional<String> textLanguage) {
    for (String l : languages) {
      if (RowLanguages.applies(l, textLanguage)) {
        return true;
      }
    }
    return false;
  }
}

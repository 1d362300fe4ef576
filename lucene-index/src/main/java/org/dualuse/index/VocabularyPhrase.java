package org.dualuse.index;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dualuse.core.code.ControlCode;

/**
 * A vocabulary phrase analyzed into terms (none when found as written), with the nodes it points at
 * and the languages of the rows that gave it (filled while {@link VocabularyPhrases} reads the
 * vocabulary, by {@link #addLanguage}; read-only after).
 */
final class VocabularyPhrase {
  final String phrase;
  final List<String> terms;
  final List<ControlCode> codes;
  private final Set<String> languages = new TreeSet<>();
  /** Whether a row of it is of any language or English: then it applies to every text. */
  private boolean everyLanguage;
  /** Whether a row of it is a {@link Vocabulary.Strength#HINT}; else it only draws retrieval. */
  boolean hint;

  VocabularyPhrase(String phrase, List<String> terms, List<ControlCode> codes, String language, boolean hint) {
    this.phrase = phrase;
    this.terms = terms;
    this.codes = codes;
    this.hint = hint;
    addLanguage(language);
  }

  /** A row of this language gives the phrase too. */
  void addLanguage(String language) {
    languages.add(language);
    everyLanguage |= language.equals(RowLanguages.ANY_LANGUAGE) || language.equals(RowLanguages.ENGLISH);
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

  /** The languages of the rows that gave it, in order. */
  Set<String> languages() {
    return Collections.unmodifiableSet(languages);
  }

  /**
   * Whether a row of the phrase applies to a text of this language ({@link RowLanguages#applies}). Asked
   * for every phrase that starts with a word of every text: a phrase that has a row of any language or
   * an English one applies to every text, and any other to a text of one of its languages, so the set
   * is not walked.
   */
  boolean appliesTo(Optional<String> textLanguage) {
    // the set is never empty: the constructor adds the first row's language
    return textLanguage.isEmpty() || everyLanguage || languages.contains(textLanguage.get());
  }
}

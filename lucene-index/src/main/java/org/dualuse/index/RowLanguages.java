package org.dualuse.index;

import java.util.Optional;

/**
 * Which vocabulary rows apply to a text by their language ({@link ListIndex}): the phrases found in
 * a text and the words a node's vocabulary holds for it come from those rows only. Static helpers only.
 */
final class RowLanguages {
  /** The language of vocabulary rows that apply to texts of every language. */
  static final String ANY_LANGUAGE = "mul";
  static final String ENGLISH = "en";

  private RowLanguages() {}

  /**
   * Whether vocabulary rows of a language apply to a text: rows of {@code mul} and of English always
   * (English is the annex's language, and German, French or Italian material masters write its
   * technical terms as they are: "IMSI-Catcher", "Frequency Hopping"), others when the text's language
   * is theirs or not known. Measured on the corpus's tune half against letting English rows apply to
   * English texts only: top-5 recall of controlled entries 0.777 against 0.771, listed F1 0.709 against
   * 0.704, not-listed accuracy 0.697 against 0.714.
   */
  static boolean applies(String rowLanguage, Optional<String> textLanguage) {
    return textLanguage.isEmpty() || rowLanguage.equals(ANY_LANGUAGE) || rowLanguage.equals(ENGLISH)
        || rowLanguage.equals(textLanguage.get());
  }
}

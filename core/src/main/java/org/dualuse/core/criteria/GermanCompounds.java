package org.dualuse.core.criteria;

/**
 * German writes a qualified quantity as one word whose last part is the head: "Messtiefe" is a
 * depth, "Echtzeitbandbreite" a bandwidth, "Rundachse" an axis. A word of a text is taken as a
 * compound of a known head when
 *
 * <ul>
 *   <li>the head has at least {@value #MIN_HEAD_LETTERS} letters: every German name of a quantity
 *       that is a whole noun has five or more (Tiefe, Dicke, Masse, Druck, Achse), while shorter
 *       names end many words that are no compounds of them ("Takt" ends "Kontakt", "Hub" ends
 *       "Schraubhub"... and abbreviations such as "Rm" end anything);
 *   <li>at least {@value #MIN_MODIFIER_LETTERS} letters stand before it in the same word: two-letter
 *       prefixes make derived words, not compounds ("Abdruck" is an imprint, "Andruck" a proof);
 *   <li>the whole word is not itself a known name (then it names its own parameter, of whatever
 *       dimension: "Dosisleistung" is a dose rate, never an output power) and not a listed false head
 *       ("Kontrolle" ends with "Rolle", "Ausdruck" with "Druck").
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class GermanCompounds {

  static final int MIN_HEAD_LETTERS = 5;
  static final int MIN_MODIFIER_LETTERS = 3;

  private GermanCompounds() {}

  /**
   * Whether {@code [headStart, headEnd)} of the normalised (lower-case) text ends a longer word of
   * which it is the head; the caller checks that the word ends at {@code headEnd}.
   */
  static boolean endsCompound(String normalised, int headStart, int headEnd) {
    if (headEnd - headStart < MIN_HEAD_LETTERS || headStart == 0
        || !Character.isLetter(normalised.charAt(headStart - 1))) {
      return false;
    }
    int wordStart = headStart;
    while (wordStart > 0 && Character.isLetter(normalised.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (headStart - wordStart < MIN_MODIFIER_LETTERS) {
      return false;
    }
    String word = normalised.substring(wordStart, headEnd);
    return !FactWords.bundled().falseHeads.contains(word) && Parameters.lookup(word).isEmpty();
  }
}

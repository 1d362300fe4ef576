package org.dualuse.index.analysis;

/**
 * What counts as a character of a word when a text is split by hand: a letter or a number, as
 * {@code [\p{L}\p{N}]} of a regex. The classifier's negation scan and the surveillance package's
 * word reader both split texts this way, without a regex matcher per text (that cost more than the
 * words). Not exported from the module.
 */
public final class WordChars {
  private WordChars() {}

  /** True for a letter or a number. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}

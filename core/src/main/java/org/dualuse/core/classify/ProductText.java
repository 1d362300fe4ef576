package org.dualuse.core.classify;

import java.text.Normalizer;

/**
 * The normal form a {@link Product}'s text and facts are read in: Unicode NFKC (compatibility
 * characters such as ligatures, full-width letters and no-break spaces become their plain forms),
 * with the invisible format characters (Unicode category Cf: soft hyphen U+00AD, zero-width space
 * U+200B, joiners, word joiner U+2060, byte order mark U+FEFF, bidirectional marks) removed.
 *
 * <p>Text copied from PDFs and web pages carries such characters inside words
 * ("micro&#x00AD;bolometer"); removed, the word reads as written. The form is idempotent, and texts
 * that differ only in their normalisation form (NFC, NFD, NFKC, NFKD) or in invisible characters
 * have the same normal form, so they get the same answer.
 */
final class ProductText {
  private ProductText() {}

  /** The text in NFKC with format characters removed; the same string when it already is. */
  static String normalise(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      plain = s.charAt(i) < 0x80;
    }
    if (plain) {
      return s;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = null;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT) {
        if (b == null) {
          b = new StringBuilder(n.length()).append(n, 0, i);
        }
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += len;
    }
    String out = b == null ? n : b.toString();
    // removing a format character can join a base letter and a combining mark: normalise again
    return b == null ? out : Normalizer.normalize(out, Normalizer.Form.NFKC);
  }
}

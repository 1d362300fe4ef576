package org.dualuse.core.quantity;

/** Folds the look-alike characters of unit symbols so that one table serves every spelling. */
final class Symbols {
  private Symbols() {}

  /** Whether {@code c} separates words, including the no-break and thin spaces of typeset text. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Greek mu, ohm sign, superscripts, unicode minus and the like mapped to one representative. */
  static char fold(char c) {
    switch (c) {
      case '\u03BC': return '\u00B5'; // Greek small mu -> micro sign
      case '\u2126': return '\u03A9'; // ohm sign -> Greek capital omega
      case '\u212A': return 'K'; // kelvin sign
      case '\u00B2': return '2';
      case '\u00B3': return '3';
      case '\u2212': return '-'; // unicode minus
      case '\u22C5': case '\u2219': return '\u00B7'; // dot operators -> middle dot
      case '\u00BA': return '\u00B0'; // masculine ordinal, often typed for the degree sign
      default: return isSpace(c) ? ' ' : c;
    }
  }

  /** The folded symbol with every space removed: the key {@link Units#parse} looks up. */
  static String key(String symbol) {
    StringBuilder b = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = fold(symbol.charAt(i));
      if (c != ' ' && c != '^') {
        b.append(c);
      }
    }
    return b.toString();
  }
}

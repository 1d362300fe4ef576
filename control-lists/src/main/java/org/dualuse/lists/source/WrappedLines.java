package org.dualuse.lists.source;

/** Joins the printed lines of one paragraph or provision into the text it prints. */
final class WrappedLines {
  private WrappedLines() {}

  /**
   * Appends a wrapped line: one space, none after a word-final hyphen ("post-" + "quantum"), since
   * the printer breaks hyphenated words after their own hyphen and adds none.
   */
  static void join(StringBuilder to, String text) {
    int n = to.length();
    if (n == 0) {
      to.append(text);
      return;
    }
    boolean hyphen = n > 1 && to.charAt(n - 1) == '-' && Character.isLetter(to.charAt(n - 2))
        && Character.isLowerCase(text.charAt(0));
    if (!hyphen) {
      to.append(' ');
    }
    to.append(text);
  }
}

package org.dualuse.core.quantity;

/**
 * Reads the unit written after a number: the longest spelling {@link Units} knows, right after the
 * number, after up to three spaces, after a hyphen ({@code 12-bit}), or in quotes as a defined term
 * ({@code 4 × 10⁶ "active pixels"}). Only the spelling is read here; what the unit means in its
 * sentence is {@link UnitContext}'s question. Thread-safe: the matcher is built once and never changed.
 */
final class UnitReader {

  private static final UnitMatcher MATCHER = new UnitMatcher(Units.spellings());
  private static final String QUOTES = "\"“”'‘’";

  private UnitReader() {}

  static UnitMatcher.Match readUnit(String text, int numberEnd) {
    int p = numberEnd;
    while (p < text.length() && p - numberEnd < 3 && Symbols.isSpace(text.charAt(p)) && text.charAt(p) != '\n') {
      p++;
    }
    UnitMatcher.Match match = p < text.length() ? MATCHER.longest(text, p) : null;
    if (match == null && p == numberEnd && p + 1 < text.length() && text.charAt(p) == '-') {
      match = MATCHER.longest(text, p + 1);
    }
    if (match == null && p > numberEnd && p + 1 < text.length() && QUOTES.indexOf(text.charAt(p)) >= 0) {
      // 'more than 4 × 10⁶ "active pixels"': the counted thing is a defined term in quotes
      UnitMatcher.Match quoted = MATCHER.longest(text, p + 1);
      if (quoted != null && quoted.end() < text.length() && QUOTES.indexOf(text.charAt(quoted.end())) >= 0) {
        match = new UnitMatcher.Match(quoted.unit(), quoted.spelling(), quoted.end() + 1);
      }
    }
    return match;
  }

  static boolean startsUnit(String text, int j) {
    return MATCHER.longest(text, j) != null;
  }
}

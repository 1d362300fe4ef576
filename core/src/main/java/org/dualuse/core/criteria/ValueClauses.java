package org.dualuse.core.criteria;

/**
 * The clause of a value in a product text: the words between commas, semicolons, vertical bars,
 * brackets or line ends around it, bounded by the values before and after it. A quantity takes the
 * parameter the vocabulary names nearest to it within its clause ({@link ProductFacts}), so that
 * "Psat 47 dBm, gain 20 dB" gives the power and the gain each its own name. Static helpers only.
 */
final class ValueClauses {
  private ValueClauses() {}

  static boolean isClauseBreak(char c) {
    return c == ',' || c == ';' || c == '\n' || c == '|' || c == '(' || c == ')';
  }

  /**
   * Where the clause of a value at {@code from} starts: after the last clause break before it, at
   * {@code floor} at the earliest. A
   * short bracketed qualifier without digits right before the value ("Ausgangsleistung (CW) 50 W",
   * "peak power (pulsed): 10 kW", "Auflösung (max.) 5 µm") qualifies the name before it and is no
   * break; a bracket with digits is a condition or a value of its own ("Leistung (bei 25 °C) 50 W").
   */
  static int clauseStart(String norm, int from, int floor) {
    int i = from - 1;
    int close = i;
    while (close >= floor && (Character.isWhitespace(norm.charAt(close)) || norm.charAt(close) == ':'
        || norm.charAt(close) == '=')) {
      close--;
    }
    if (close >= floor && norm.charAt(close) == ')') {
      int open = qualifierOpening(norm, close, floor);
      if (open >= 0) {
        i = open - 1;
      }
    }
    for (; i >= floor; i--) {
      if (isClauseBreak(norm.charAt(i))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static final int MAX_QUALIFIER_LENGTH = 24;

  /** The "(" of a short bracket without digits that closes at {@code close}; -1 when there is none. */
  private static int qualifierOpening(String norm, int close, int floor) {
    for (int k = close - 1; k >= floor && close - k <= MAX_QUALIFIER_LENGTH; k--) {
      char c = norm.charAt(k);
      if (c == '(') {
        return k;
      }
      if (Character.isDigit(c) || isClauseBreak(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the clause of a value ending at {@code from} ends: at the first clause break after it. */
  static int clauseEnd(String norm, int from, int ceiling) {
    for (int i = from; i < ceiling; i++) {
      if (isClauseBreak(norm.charAt(i))) {
        return i;
      }
    }
    return ceiling;
  }
}

package org.dualuse.lists.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the printed lines of a paragraph are joined. */
class WrappedLinesTest {

  private static String joined(String first, String next) {
    StringBuilder b = new StringBuilder(first);
    WrappedLines.join(b, next);
    return b.toString();
  }

  @Test
  void aWrappedLineFollowsAfterOneSpace() {
    assertEquals("having a peak power exceeding", joined("having a peak power", "exceeding"));
  }

  @Test
  void aWordBrokenAtItsHyphenIsJoinedWithoutASpace() {
    assertEquals("post-quantum", joined("post-", "quantum"));
  }

  @Test
  void aHyphenBeforeACapitalOrAfterASpaceKeepsTheSpace() {
    assertEquals("III- V", joined("III-", "V"));
    assertEquals("range - see", joined("range -", "see"));
  }

  @Test
  void theFirstLineIsTakenAsItIs() {
    assertEquals("a. Lasers", joined("", "a. Lasers"));
  }
}

package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The clause of a value never reaches past its bounds (the values beside it) and ends at a clause
 * break: the name a quantity takes is looked for only within it. A short bracket without digits
 * right before the value belongs to the clause ("Ausgangsleistung (CW) 50 W").
 */
class ValueClausesProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab1 ,;|()\n:=").ofMinLength(1).ofMaxLength(40);
  }

  @Property(tries = 500)
  void aClauseEndsAtTheFirstBreakOrTheCeiling(@ForAll("texts") String s, @ForAll @IntRange(max = 40) int at) {
    int from = Math.min(at, s.length());
    int end = ValueClauses.clauseEnd(s, from, s.length());
    assertTrue(end >= from && end <= s.length());
    for (int i = from; i < end; i++) {
      assertFalse(ValueClauses.isClauseBreak(s.charAt(i)), s);
    }
    assertTrue(end == s.length() || ValueClauses.isClauseBreak(s.charAt(end)), s);
  }

  @Property(tries = 500)
  void aClauseStartsAfterABreakOrAtTheFloor(@ForAll("texts") String s, @ForAll @IntRange(max = 40) int at,
      @ForAll @IntRange(max = 40) int below) {
    int from = Math.min(at, s.length());
    int floor = Math.min(below, from);
    int start = ValueClauses.clauseStart(s, from, floor);
    assertTrue(start >= floor && start <= from, s);
    assertTrue(start == floor || ValueClauses.isClauseBreak(s.charAt(start - 1)), s);
  }

  @Example
  void aShortQualifierBeforeTheValueBelongsToItsClause() {
    String s = "gain 20 dB, Ausgangsleistung (CW) 50 W";
    assertEquals(s.indexOf("Ausgangsleistung"), ValueClauses.clauseStart(s, s.indexOf("50 W"), 0) + 1);
  }
}

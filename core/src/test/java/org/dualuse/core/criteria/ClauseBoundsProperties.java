package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The clause a derivation reads beside a value: the text up to a clause mark, never across one. */
class ClauseBoundsProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab ,;\n%").ofMaxLength(30);
  }

  @Property
  void theClauseTailIsASuffixWithNoClauseMark(@ForAll("texts") String s) {
    String tail = DerivedFacts.clauseTail(s);
    assertTrue(s.endsWith(tail));
    assertFalse(tail.matches("(?s).*[,;\n].*"), tail);
    // nothing longer would do: the character before the tail is a clause mark
    assertTrue(tail.length() == s.length() || ",;\n".indexOf(s.charAt(s.length() - tail.length() - 1)) >= 0);
  }

  @Property
  void theClauseHeadIsAPrefixWithNoClauseMark(@ForAll("texts") String s) {
    String head = DerivedFacts.clauseHead(s);
    assertTrue(s.startsWith(head));
    assertFalse(head.matches("(?s).*[,;\n].*"), head);
    assertTrue(head.length() == s.length() || ",;\n".indexOf(s.charAt(head.length())) >= 0);
  }
}

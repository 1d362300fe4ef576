package org.dualuse.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ControlCodeProperties {

  @Provide
  Arbitrary<ControlCode> codes() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(2);
    Arbitrary<String> numbers = Arbitraries.integers().between(1, 120).map(String::valueOf);
    Arbitrary<List<String>> paths = Arbitraries.oneOf(letters, numbers).list().ofMaxSize(6);
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.of(ProductGroup.values()),
            Arbitraries.integers().between(0, 999),
            paths)
        .as((cat, group, number, path) -> new ControlCode(Category.of(cat), group, number, path));
  }

  @Property
  void formattingThenParsingGivesTheSameCode(@ForAll("codes") ControlCode code) {
    assertEquals(code, ControlCode.parse(code.toString()));
  }

  @Property
  void orderingIsConsistentWithEquals(@ForAll("codes") ControlCode a, @ForAll("codes") ControlCode b) {
    assertEquals(a.equals(b), a.compareTo(b) == 0);
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
  }

  @Property
  void everyAncestorIsAPrefixAndComesFirst(@ForAll("codes") ControlCode code) {
    for (ControlCode ancestor : code.ancestors()) {
      assertTrue(ancestor.isPrefixOf(code));
      assertTrue(ancestor.compareTo(code) < 0);
    }
    assertEquals(code.depth(), code.ancestors().size());
  }

  @Property
  void parsingAnyStringEitherSucceedsOrThrowsTheFormatException(@ForAll String text) {
    try {
      ControlCode.parse(text);
    } catch (ControlCodeFormatException expected) {
      assertTrue(expected.errorIndex() >= 0 && expected.errorIndex() <= text.length());
    }
  }
}

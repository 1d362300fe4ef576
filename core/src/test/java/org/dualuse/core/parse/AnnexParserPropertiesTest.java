package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.core.model.ControlList;

class AnnexParserPropertiesTest {
  private static final List<String> LINES = List.of(
      "9A999 Widgets as follows:",
      "9A999.a Having an operating frequency exceeding 5 GHz;",
      "9A999.a Note: 9A999.a. does not control widgets for toys.",
      "9A999.b Having all of the following:",
      "9A999.b.1 A mass of less than 2 kg; and",
      "9A999.b.2 A power exceeding 10 W;",
      "9A999.b Note: 9A999.b. does not include:",
      "9A999.b.a Toy widgets;",
      "9A999.b Technical Note: 'Power' is synthetic.",
      "9A999 N.B. See also 9B999.",
      "9B999 Equipment for testing \"widgets\".");

  @Property(tries = 300)
  void theParserBuildsAListOrThrowsAFormatErrorForAnyShuffleOfLines(@ForAll("lineLists") List<String> lines) {
    try {
      ControlList list = new AnnexParser().parse(SyntheticAnnex.source(lines.toArray(String[]::new)));
      if (list.entries().isEmpty()) {
        throw new AssertionError("a list without entries was returned");
      }
    } catch (ControlListFormatException expected) {
      // the only failure allowed
    }
  }

  @Provide
  Arbitrary<List<String>> lineLists() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of(LINES),
        Arbitraries.of(LINES).map(l -> l.substring(0, l.length() / 2)),
        Arbitraries.strings().ofMaxLength(20));
    return line.list().ofMinSize(0).ofMaxSize(14).map(ArrayList::new);
  }
}

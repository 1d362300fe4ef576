package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;

class ReferenceFinderTest {

  @Test
  void codesWithTrailingDotsAndRangesAreFound() {
    assertEquals(List.of(ControlCode.parse("9A999.b.4"), ControlCode.parse("9B999"), ControlCode.parse("9A999.a.10")),
        ReferenceFinder.codes("specified in 9A999.b.4. or see 9B999 and 9A999.b.4 to 9A999.a.10."));
  }

  @Test
  void aMissingDotBeforeTheFirstLetterIsTolerated() {
    assertEquals(List.of(ControlCode.parse("9C999.a.2.b")), ReferenceFinder.codes("9C999a.2.b. controls powders"));
  }

  @Test
  void groupReferencesAndWordsAreNotCodes() {
    assertTrue(ReferenceFinder.codes("see 4A or 4D, Category 5, Part 2 and ML10").isEmpty());
  }

  @Property(tries = 200)
  void findingNeverThrows(@ForAll String text) {
    ReferenceFinder.find(text);
  }
}

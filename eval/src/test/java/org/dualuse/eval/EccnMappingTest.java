package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EccnMappingTest {

  @Test
  void ear99IsNotListed() {
    assertEquals(List.of(), EccnMapping.toAnnexI("EAR99").expected());
    assertEquals(EccnMapping.Rule.EAR99, EccnMapping.toAnnexI(" ear99 ").rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A992.c", "3A991.a.2", "7A994", "9A991.d", "1A999", "2B999.j", "9A610.x", "0A501"})
  void usOnlyEntriesAreNotListed(String eccn) {
    EccnMapping.Mapped m = EccnMapping.toAnnexI(eccn);
    assertEquals(List.of(), m.expected());
    assertEquals(EccnMapping.Rule.US_ONLY, m.rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3A001.a.5.a.3", "7A003.d.1", "1C350", "2B350.c", "0A001"})
  void multilateralEntriesAreKeptAsTheyAre(String eccn) {
    assertEquals(List.of(ControlCode.parse(eccn)), EccnMapping.toAnnexI(eccn).expected());
  }

  @Test
  void theCaseOfTheLettersDoesNotMatter() {
    assertEquals(List.of(ControlCode.parse("3A001.a.5.a.3")), EccnMapping.toAnnexI("3a001.A.5.A.3").expected());
    assertEquals(EccnMapping.Rule.US_ONLY, EccnMapping.toAnnexI("5A992.C").rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "n/a", "EAR-99", "3A1"})
  void textThatIsNoEccnIsRejectedWithTheText(String eccn) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EccnMapping.toAnnexI(eccn));
    assertEquals(true, eccn.isEmpty() || e.getMessage().contains(eccn), e.getMessage());
  }

  @Property
  void theRuleDependsOnTheEntryNumberOnly(
      @ForAll Category category, @ForAll ProductGroup group, @ForAll @IntRange(min = 0, max = 999) int number) {
    ControlCode code = new ControlCode(category, group, number, List.of("a"));
    EccnMapping.Mapped m = EccnMapping.toAnnexI(code.toString());
    if (number >= 500) {
      assertEquals(List.of(), m.expected());
    } else {
      assertEquals(List.of(code), m.expected());
    }
  }
}

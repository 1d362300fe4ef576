package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CasNumberProperties {

  @Provide
  Arbitrary<String> registryDigits() {
    return Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(9);
  }

  private static String format(String digits, int check) {
    return digits.substring(0, digits.length() - 2) + "-" + digits.substring(digits.length() - 2) + "-" + check;
  }

  @Property
  void aNumberWithItsCheckDigitIsValid(@ForAll("registryDigits") String digits) {
    assertTrue(CasNumber.isValid(format(digits, CasNumber.checkDigit(digits))), digits);
  }

  @Property
  void anyOtherCheckDigitIsInvalid(@ForAll("registryDigits") String digits, @ForAll @IntRange(min = 1, max = 9) int shift) {
    int wrong = (CasNumber.checkDigit(digits) + shift) % 10;
    assertFalse(CasNumber.isValid(format(digits, wrong)), digits);
  }

  @Property
  void swappingTwoDifferentNeighbouringDigitsIsCaught(@ForAll("registryDigits") String digits,
      @ForAll @IntRange(min = 0, max = 7) int at) {
    int i = at % (digits.length() - 1);
    char a = digits.charAt(i);
    char b = digits.charAt(i + 1);
    // positions i and i+1 weigh w+1 and w: a swap changes the sum by a - b, caught unless it is a multiple of 10
    if (a == b) {
      return;
    }
    String swapped = digits.substring(0, i) + b + a + digits.substring(i + 2);
    assertFalse(CasNumber.isValid(format(swapped, CasNumber.checkDigit(digits))), digits + " / " + swapped);
  }

  @Property
  void neverThrowsOnAnyString(@ForAll String s) {
    CasNumber.isValid(s);
  }
}

package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.dualuse.core.code.ControlCode;

/** The CAS check-digit law, and that the character pre-scans never keep a real identifier from the regex. */
class IdentifiersInTextProperties {

  /** The CAS check digit: the digits before it, weighted 1, 2, 3, ... from the right, summed, mod 10. */
  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.length() - i) * (digits.charAt(i) - '0');
    }
    return sum % 10;
  }

  @Property
  void aCasNumberIsFoundExactlyWhenItsCheckDigitIsRight(@ForAll @IntRange(min = 10, max = 9_999_999) int first,
      @ForAll @IntRange(min = 0, max = 99) int second, @ForAll @IntRange(min = 0, max = 9) int check) {
    String middle = String.format("%02d", second);
    String number = first + "-" + middle + "-" + check;
    List<String> found = IdentifiersInText.casNumbers("Widgetol (CAS " + number + "), 99 %");
    boolean right = check == checkDigit(first + middle);
    assertEquals(right ? List.of(number) : List.of(), found, number);
  }

  @Property
  void aControlCodeIsFoundAmidAnyWords(@ForAll @StringLength(max = 40) String before,
      @ForAll @IntRange(min = 0, max = 9) int category, @ForAll @IntRange(min = 0, max = 4) int group,
      @ForAll @IntRange(min = 0, max = 999) int number) {
    String code = category + "" + (char) ('A' + group) + String.format("%03d", number);
    // letters and digits around a code would join it into another word: keep them off its edges
    String text = before.replaceAll("[0-9A-Za-z.]", " ") + " controlled under " + code + " as listed";
    assertEquals(List.of(ControlCode.parse(code)), IdentifiersInText.controlCodes(text), text);
  }

  @Property
  void theScansNeverThrow(@ForAll String text) {
    IdentifiersInText.controlCodes(text);
    IdentifiersInText.casNumbers(text);
  }
}

package org.dualuse.index.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;

/**
 * The identifiers a text names that the word analysis drops or splits: control codes
 * ({@code 5A001.f}) and CAS registry numbers ({@code 111-48-8}). Each is found by a regex behind a
 * scan of the characters, since most descriptions hold neither and the regex costs a search at
 * every digit. Stateless.
 */
final class IdentifiersInText {

  private static final Pattern CODE = Pattern.compile(
      "(?<![0-9A-Za-z])([0-9][A-Ea-e][0-9]{3}(?:\\.[a-z0-9]{1,3})*)\\.?(?![0-9A-Za-z])");
  private static final Pattern CAS = Pattern.compile("(?<![0-9-])([0-9]{2,7})-([0-9]{2})-([0-9])(?![0-9-])");

  private IdentifiersInText() {}

  /** The control codes named in a text, as {@link AnalyzedText#codesIn} states. */
  static List<ControlCode> controlCodes(String text) {
    if (!mayHoldCode(text)) {
      return List.of(); // most descriptions have no "digit, A-E, three digits": skip the regex
    }
    Set<ControlCode> out = new LinkedHashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      String raw = m.group(1);
      String normal = raw.substring(0, 1) + raw.substring(1, 2).toUpperCase(Locale.ROOT) + raw.substring(2);
      Optional<ControlCode> code = ControlCode.tryParse(normal);
      code.ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** The CAS registry numbers in a text, check digit verified, as {@link AnalyzedText#casNumbersIn} states. */
  static List<String> casNumbers(String text) {
    if (!mayHoldCasNumber(text)) {
      return List.of(); // most descriptions have no "digits-dd-d" at all: skip the regex
    }
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CAS.matcher(text);
    while (m.find()) {
      String digits = m.group(1) + m.group(2);
      int sum = 0;
      for (int i = 0; i < digits.length(); i++) {
        sum += (digits.length() - i) * (digits.charAt(i) - '0');
      }
      if (sum % 10 == m.group(3).charAt(0) - '0') {
        out.add(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the text has a digit, a letter A to E and three digits in a row, as every match of
   * {@link #CODE} has: a scan of the characters, where the regex costs a search at every digit of a
   * material-master line full of numbers.
   */
  private static boolean mayHoldCode(String text) {
    for (int i = 0; i + 4 < text.length(); i++) {
      char group = text.charAt(i + 1);
      if (isAsciiDigit(text.charAt(i)) && ((group >= 'A' && group <= 'E') || (group >= 'a' && group <= 'e'))
          && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3)) && isAsciiDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a digit, a hyphen, two digits, a hyphen and a digit in a row, as every match of {@link #CAS} has. */
  private static boolean mayHoldCasNumber(String text) {
    for (int i = 1; i + 4 < text.length(); i++) {
      if (text.charAt(i) == '-' && text.charAt(i + 3) == '-' && isAsciiDigit(text.charAt(i - 1))
          && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

package org.dualuse.index.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dualuse.core.DualUseException;

/**
 * CAS registry numbers: {@code 2-7 digits - 2 digits - check digit} ({@code 7664-41-7}), the check
 * digit being the sum of the other digits, each times its position counted from the right, modulo 10.
 * Stateless.
 */
public final class CasNumber {

  private static final Pattern FORM = Pattern.compile("[0-9]{2,7}-[0-9]{2}-[0-9]");

  private CasNumber() {}

  /**
   * Whether a string is a CAS number of the right form with the right check digit.
   *
   * @throws NullPointerException when {@code cas} is null
   */
  public static boolean isValid(String cas) {
    Objects.requireNonNull(cas, "cas");
    if (!FORM.matcher(cas).matches()) {
      return false;
    }
    String digits = cas.substring(0, cas.length() - 2).replace("-", "");
    return checkDigit(digits) == cas.charAt(cas.length() - 1) - '0';
  }

  /**
   * The check digit of the digits before it ({@code "766441"} for {@code 7664-41-7} gives 7).
   *
   * @throws DualUseException when {@code digits} holds other than 4 to 9 ASCII digits
   */
  public static int checkDigit(String digits) {
    Objects.requireNonNull(digits, "digits");
    if (digits.length() < 4 || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new DualUseException("a CAS number has 4 to 9 digits before its check digit, was "
          + DualUseException.quote(digits));
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.length() - i) * (digits.charAt(i) - '0');
    }
    return sum % 10;
  }
}

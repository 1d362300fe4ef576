package org.dualuse.core.quantity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a text writes its decimal and thousands separators, which depends on its language: the annex
 * writes "1,5 MHz" and "1 000 W"; English data sheets "1.5 MHz" and "2,400 kg"; German, French and
 * Italian ones "1,5 MHz" and "1.234,5 kg" or "1 234,5 kg".
 *
 * <p>Every style reads a decimal point or comma followed by other than three digits ("2.7", "1,5"),
 * groups of three digits after a space ("1 000"), a number with a leading zero as a decimal
 * ("0,125", "0.125"), and several comma groups or a comma group before a decimal point as thousands
 * ("1,000,000", "1,234.5"). They differ on one group of three digits after a single separator:
 * <ul>
 *   <li>{@link #ANNEX}: "1,000" is one (the annex's decimal comma) and "1.000" is one;
 *   <li>{@link #POINT_DECIMAL} (English): "2,400" is two thousand four hundred, "1.000" is one;
 *   <li>{@link #COMMA_DECIMAL} (German, French, Italian and the other continental languages): "1.400"
 *       and "1.234,5" are thousands with a point, "99,999" is a decimal comma.
 * </ul>
 */
public enum NumberStyle {
  /** The annex's consolidated text, and any text whose language is not known. */
  ANNEX,
  /** English: decimal point, comma thousands. */
  POINT_DECIMAL,
  /** German, French, Italian, Dutch, Spanish...: decimal comma, point or space thousands. */
  COMMA_DECIMAL;

  // the languages of the EU whose texts write a decimal comma (all but English, Irish and Maltese)
  private static final Set<String> COMMA_LANGUAGES = Set.of("de", "fr", "it", "nl", "es", "pt", "pl", "cs", "sk",
      "sl", "hr", "hu", "ro", "bg", "el", "sv", "da", "fi", "et", "lv", "lt");

  /**
   * The style of texts in a language.
   *
   * @param language an ISO 639-1 code ("en", "de"), any case; empty for a language not known
   * @return {@link #POINT_DECIMAL} for English, {@link #COMMA_DECIMAL} for the continental languages,
   *     {@link #ANNEX} otherwise
   * @throws NullPointerException when {@code language} is null
   */
  public static NumberStyle ofLanguage(String language) {
    Objects.requireNonNull(language, "language");
    String l = language.strip().toLowerCase(Locale.ROOT);
    if (l.equals("en")) {
      return POINT_DECIMAL;
    }
    return COMMA_LANGUAGES.contains(l) ? COMMA_DECIMAL : ANNEX;
  }
}

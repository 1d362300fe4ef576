package org.dualuse.core.criteria;

import java.util.Optional;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;

/**
 * Ratings that name their parameter by a verb: "rated to 6 000 m", "ausgelegt für 300 m", "qualifié
 * pour 300 m", "omologato per 300 m". The value is the limit the product is rated for; which limit,
 * its unit and the text's subject say. A length in a text about underwater goods (subsea, submersible,
 * hydrophone, buoyancy, ROV, Unterwasser, sous-marin, subacqueo...) is the depth it is rated to, the
 * parameter the annex bounds such goods by (8A001, 8A002, 8C001, 6A001). Other dimensions already take
 * their dimension's own parameter (a temperature rating an operating temperature, a dose the total
 * dose), so only lengths are named here. The words are data ({@link FactWords}, kinds {@code rating}
 * and {@code underwater}). Stateless and thread-safe.
 */
final class RatedValues {
  private static final Pattern RATING = Pattern.compile("(?<![\\p{L}\\d])(?:"
      + FactWords.alternation(FactWords.bundled().ratings.stream().map(Mentions::normalise).toList())
          .replace(" ", "\\E\\s+\\Q")
      + ")\\s*[:=]?\\s*$");

  private RatedValues() {}

  /**
   * The parameter a value no word names takes from a rating before it, if one stands right before it.
   *
   * @param norm the normalised text
   * @param clauseStart where the value's clause starts
   * @param valueStart where the value starts
   * @param dimension the value's dimension
   * @param underwater whether the text is about underwater goods ({@link #speaksOfUnderwater})
   */
  static Optional<Parameter> named(String norm, int clauseStart, int valueStart, Dimension dimension,
      boolean underwater) {
    if (dimension != Dimension.LENGTH || !underwater || clauseStart > valueStart) {
      return Optional.empty();
    }
    return RATING.matcher(norm.substring(clauseStart, valueStart)).find() ? Optional.of(Parameters.DEPTH)
        : Optional.empty();
  }

  /** Whether a word of the normalised text starts with a word of underwater goods. */
  static boolean speaksOfUnderwater(String norm) {
    return TextFacts.startsAWord(norm, FactWords.bundled().underwater);
  }

}

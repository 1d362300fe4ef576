package org.dualuse.core.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed conditions of one text, the pipeline's stages in order: the text scanned once ({@link
 * ScannedText}), its bounds read ({@link BoundReader}), turned into thresholds and ranges ({@link
 * BoundCriteria}) and joined as alternatives ({@link Alternatives}); then, where the conditions bound
 * one material of several the goods may be made of, widened to all of them ({@link
 * MaterialAlternatives}). Goods named after "excluding" with a bound of their own are carved out of
 * the requirement, never read as a second requirement. Stateless and thread-safe.
 */
final class TypedConditions {
  private TypedConditions() {}

  /** The typed conditions of a text that no list's introducing line precedes, or null when it states none. */
  static Criterion read(String text) {
    return read(text, LeadIn.NONE);
  }

  /** The typed conditions of a text read with its lead-in, or null when it states none. */
  static Criterion read(String text, LeadIn lead) {
    // "made of aluminium, aluminium alloy, nickel, or nickel alloy containing more than 60 % nickel":
    // the content bounds one material of several the goods may be made of
    return MaterialAlternatives.widen(text, typedConditions(text, lead), FeatureReader::feature);
  }

  private static Criterion typedConditions(String text, LeadIn lead) {
    Matcher x = EXCLUDING_GOODS.matcher(text);
    if (x.find()) {
      // "greater than 400 N excluding civil certified engines with a thrust greater than 8 890 N":
      // the excluded goods with their own bound are carved out of the requirement, never a second
      // requirement; the goods stay a condition, so an engine not known to be civil certified is
      // not carved out
      Criterion head = plainTyped(text.substring(0, x.start()));
      String clause = text.substring(x.end());
      ScannedText scan = ScannedText.of(clause);
      List<Bound> bounds = BoundReader.read(scan);
      Criterion excluded = Alternatives.combine(BoundCriteria.of(scan, bounds), scan.normalised);
      Feature goods = bounds.isEmpty() ? null : FeatureReader.subjectBefore(clause, bounds.get(0));
      if (head != null && excluded != null && goods != null) {
        return new AllOf(List.of(head, new Not(new AllOf(List.of(goods, excluded)))));
      }
    }
    return plainTyped(text, lead);
  }

  private static Criterion plainTyped(String text) {
    return plainTyped(text, LeadIn.NONE);
  }

  private static Criterion plainTyped(String text, LeadIn lead) {
    ScannedText scan = ScannedText.of(text);
    return Alternatives.combine(BoundCriteria.of(scan, BoundReader.read(scan, lead)), scan.normalised);
  }

  // "excluding" + goods named without a comma + "with"/"having" + their bound, outside brackets
  private static final Pattern EXCLUDING_GOODS = Pattern.compile(
      "(?<![(\\w])\\bexcluding\\s+(?=[^,;()]{1,80}?\\b(?:with|having)\\b[^;()]*?\\d)", Pattern.CASE_INSENSITIVE);
}

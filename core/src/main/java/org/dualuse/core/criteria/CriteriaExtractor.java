package org.dualuse.core.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * Reads the technical conditions of one provision from its own phrasing ("exceeding 2,7 GHz",
 * "75 W or more", "in the range 8 µm to 14 µm").
 *
 * <p>How it reads: every quantity {@link org.dualuse.core.quantity.QuantityFinder} finds gets the
 * comparator written just before it ("exceeding", "less (better) than", "equal to or less than",
 * "up to and including"...) or just after it ("or more", "or less"), and the parameter the
 * vocabulary of {@link Parameters} recognises nearest before it in the same clause; with no such
 * word it takes the parameter last named for its dimension in the provision, else the dimension's
 * default. A lower bound followed by an upper bound of the same dimension ("exceeding 2,7 GHz up to
 * and including 6,8 GHz", "8 bit or more, but less than 10 bit") is one {@link Range}; a written
 * range ("from 218 K to 398 K", "in the 1,5 MHz to 87,5 MHz band") is a closed range, outside when
 * the text says "outside", entire when it says "entire". A quantity with no comparator is a test
 * condition ("at 293 K"), not a threshold, and yields nothing. Conditions joined by "or" form an
 * {@link AnyOf} of {@link AllOf}s ("1 kW or more in the range ... , or 250 W or more in the range
 * ..."); conditions that trail only the last alternative are hoisted to hold for all. A share the
 * text ties to an element ("more than 60 % nickel by weight") bounds that element's content ({@link
 * ElementContents}), and the materials listed beside it are alternatives ({@link MaterialAlternatives}).
 * A provision without any typed condition becomes a {@link Feature} with its keywords.
 *
 * <p>This class is the entry point; the reading is done in stages of their own: {@link
 * TypedConditions} runs them for one text, {@link BoundReader} gives each value its comparator
 * ({@link ComparatorPhrases}) and parameter ({@link ValueNames}), {@link BoundCriteria} pairs bounds
 * into ranges and thresholds, {@link Alternatives} joins them by "or" and hoists trailing conditions,
 * {@link LeadIn} reads a list's introducing line, {@link NoteConditions} the release condition of a
 * decontrol note with its nested lists, and {@link FeatureReader} the untyped rest.
 *
 * <p>A defect in reading a text is thrown, never turned into "no criteria": {@link
 * org.dualuse.core.parse.AnnexParser} counts such provisions by code in its report. Thread-safe and stateless.
 */
public final class CriteriaExtractor {
  private static final CriteriaExtractor STANDARD = new CriteriaExtractor();

  private CriteriaExtractor() {}

  /** The extractor; it holds no state, so one instance serves every caller. */
  public static CriteriaExtractor standard() {
    return STANDARD;
  }

  /**
   * The conditions a provision's own text states (not its parent's): the typed thresholds and
   * ranges combined as the text joins them; a {@link Feature} when it states none that can be typed;
   * empty for "Not used" and blank text.
   *
   * @param provisionText the verbatim text after the code
   * @throws NullPointerException if {@code provisionText} is null
   */
  public Optional<Criterion> extract(String provisionText) {
    Objects.requireNonNull(provisionText, "provisionText");
    Criterion typed = TypedConditions.read(provisionText);
    if (typed != null) {
      return Optional.of(typed);
    }
    return Optional.ofNullable(FeatureReader.feature(provisionText));
  }

  /**
   * The conditions of a list item, read with the line that introduces its list: a value the item
   * does not name takes the quantity that line names ("a 'frequency switching time' as specified by
   * any of the following:" then "Less than 143 ps"), and a value with no comparator of its own at the
   * start of the item takes the comparator that line ends with ("an ultimate tensile strength equal
   * to or greater than:" then "0,9 GPa in the solution annealed stage"). A parent line that does not
   * end with a colon introduces no list and gives nothing.
   *
   * @param provisionText the verbatim text after the code
   * @param parentText the verbatim text of the parent item, or null for an entry
   */
  public Optional<Criterion> extract(String provisionText, String parentText) {
    Objects.requireNonNull(provisionText, "provisionText");
    Criterion typed = TypedConditions.read(provisionText, LeadIn.of(parentText));
    if (typed != null) {
      return Optional.of(typed);
    }
    return Optional.ofNullable(FeatureReader.feature(provisionText));
  }

  /**
   * Only the typed part of {@link #extract}: the thresholds and ranges, or empty when there are
   * none.
   */
  public Optional<Criterion> extractTyped(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(TypedConditions.read(text));
  }

  /** Only the typed part of {@link #extract(String, String)}. */
  public Optional<Criterion> extractTyped(String text, String parentText) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(TypedConditions.read(text, LeadIn.of(parentText)));
  }

  /**
   * The condition under which a decontrol note releases items, read from the words of its release
   * clause ("equipment designed to operate at an output power of 1 W or less" after "does not
   * control"; the parser finds the clause once, {@code org.dualuse.core.model.ReleaseClause}), or
   * empty when they hold no typed threshold or range. Lettered and numbered lists after "any of the
   * following" / "all of the following" become {@link AnyOf} / {@link AllOf}; list items without
   * numbers become {@link Feature}s.
   *
   * @param clauseWords the words of the release clause, after its verb
   * @throws NullPointerException if {@code clauseWords} is null
   */
  public Optional<Criterion> extractReleaseCondition(String clauseWords) {
    Objects.requireNonNull(clauseWords, "clauseWords");
    return NoteConditions.releaseCondition(clauseWords);
  }
}

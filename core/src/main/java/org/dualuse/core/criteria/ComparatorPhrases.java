package org.dualuse.core.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wordings that compare a value with a bound, in English and German: written before the value
 * ("exceeding", "less (better) than", "equal to or less than", "up to and including", "≥"), as a
 * weak fallback before it ("capable of delivering"), and after it ("or more", "or less", "max.").
 *
 * <p>Kept apart from the reading of bounds because the same list serves two readers: {@link
 * BoundReader} gives each value the comparator written nearest before it, and {@link LeadIn#of} the
 * comparator a list's introducing line ends with. The windows searched are lower case and normalised
 * ({@link Mentions#normalise}). Stateless and thread-safe.
 */
final class ComparatorPhrases {
  /**
   * A comparator's wording. {@code leads}: the words one of which every match starts with (after
   * the look-behind), so the search may begin at the first of them; {@code required}: a word every
   * match holds, or null. Both are lower case, as the windows are; together they spare running some
   * thirty patterns over the whole window of every number.
   */
  record Phrase(Pattern pattern, Comparison comparison, List<String> leads, String required) {
    /** A wording searched from the start of the text. */
    Phrase(Pattern pattern, Comparison comparison) {
      this(pattern, comparison, List.of(), null);
    }

    /** Where a match can start at the earliest, or -1 when the text cannot hold one. */
    int earliestStart(String text) {
      if (required != null && !text.contains(required)) {
        return -1;
      }
      if (leads.isEmpty()) {
        return 0;
      }
      int first = -1;
      for (String lead : leads) {
        int at = text.indexOf(lead);
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
      return first;
    }

    /** The leftmost match in {@code text}, as {@code pattern().matcher(text).find()} finds it, or null. */
    Matcher find(String text) {
      int from = earliestStart(text);
      if (from < 0) {
        return null;
      }
      // transparent bounds: the look-behinds still see the characters before the region
      Matcher m = pattern.matcher(text).useTransparentBounds(true).region(from, text.length());
      return m.find() ? m : null;
    }
  }

  // "exceeding ± 5°": a ± before the value bounds its magnitude
  private static final String FILLER = "[\\s(±]*(?:(?:a|an|the|of|approximately|about|typically|nominal|some)\\s+)*"
      + "(?:±\\s*|plus\\s+or\\s+minus\\s+)?$";
  private static final String WORD_START = "(?<![\\p{L}\\d])";
  static final List<Phrase> BEFORE = List.of(
      // "equal to or exceeding 1 ps" includes 1 ps: it must win over "exceeding" (leftmost match wins)
      before("equal\\s+to\\s+or\\s+(?:(?:greater|more|higher|larger|longer|wider|faster)\\s+than|exceed(?:ing|s)?)",
          Comparison.AT_LEAST, null, "equal"),
      before("(?:greater|more|higher|larger)\\s+than\\s+or\\s+equal\\s+to", Comparison.AT_LEAST, "equal",
          "greater", "more", "higher", "larger"),
      before("(?:not|no)\\s+less\\s+than", Comparison.AT_LEAST, "less", "no"),
      before("at\\s+least", Comparison.AT_LEAST, "least", "at"),
      before("minimum\\s+of", Comparison.AT_LEAST, null, "minimum"),
      before("mindestens", Comparison.AT_LEAST, null, "mindestens"),
      before("equal\\s+to\\s+or\\s+(?:less|lower|smaller|fewer)\\s*(?:\\(better\\))?\\s*than", Comparison.AT_MOST, null,
          "equal"),
      // the annex inserts "(better)": "less (better) than or equal to 0,1 degree per square root hour"
      before("(?:less|lower|smaller|fewer)\\s*(?:\\(better\\))?\\s*than\\s+or\\s+equal\\s+to", Comparison.AT_MOST, "equal",
          "less", "lower", "smaller", "fewer"),
      before("not\\s+exceeding", Comparison.AT_MOST, "exceeding", "not"),
      before("(?:not|no)\\s+(?:more|greater|higher)\\s+than", Comparison.AT_MOST, "than", "no"),
      // "no dimension greater than 30 cm", "in which no individually specified chemical constitutes
      // more than 10 %": the words between name what may not exceed the bound
      before("no\\s+(?:[\\p{L}-]+\\s+){1,5}(?:more|greater|higher|larger|longer|wider|bigger)\\s+than", Comparison.AT_MOST,
          "than", "no"),
      before("(?:does|do)\\s+not\\s+exceed", Comparison.AT_MOST, "exceed", "do"),
      before("not\\s+to\\s+exceed", Comparison.AT_MOST, "exceed", "not"),
      before("at\\s+or\\s+above", Comparison.AT_LEAST, "above", "at"),
      before("at\\s+or\\s+below", Comparison.AT_MOST, "below", "at"),
      before("up\\s+to\\s+and\\s+including", Comparison.AT_MOST, "including", "up"),
      before("up\\s+to", Comparison.AT_MOST, null, "up"),
      before("maximum\\s+of", Comparison.AT_MOST, null, "maximum"),
      // "within 10 m of a point", but not the test condition "to arrive at or within 0,024 %"
      before("(?<!at\\sor\\s)within", Comparison.AT_MOST, null, "within"),
      before("(?:höchstens|bis\\s+zu)", Comparison.AT_MOST, null, "höchstens", "bis"),
      // "meet or exceed a total irradiation dose of": the value itself meets it
      before("meets?\\s+or\\s+exceeds?(?:\\s+(?:a|an|the))?(?:\\s+[\\p{L}-]+){0,4}\\s+of", Comparison.AT_LEAST, "exceed",
          "meet"),
      before("exceed(?:ing|s)?", Comparison.GREATER_THAN, null, "exceed"),
      before("(?:greater|more|higher|larger|longer|faster|wider)\\s*(?:\\(better\\))?\\s*than", Comparison.GREATER_THAN,
          "than", "greater", "more", "higher", "larger", "longer", "faster", "wider"),
      before("equal\\s+to\\s+or\\s+better\\s*(?:\\((?:less|lower|smaller)\\))?\\s*than", Comparison.AT_MOST, null,
          "equal"),
      // the annex's "better" alone is a smaller error, drift, pressure or uncertainty
      before("better\\s*(?:\\((?:less|lower|smaller)\\))?\\s*than", Comparison.LESS_THAN, "than", "better"),
      before("(?:above|over|beyond|über)", Comparison.GREATER_THAN, null, "above", "over", "beyond", "über"),
      before("in\\s+excess\\s+of", Comparison.GREATER_THAN, "excess", "in"),
      before("(?:größer|mehr|höher)\\s+als", Comparison.GREATER_THAN, "als", "größer", "mehr", "höher"),
      before("(?:less|lower|smaller|fewer|shorter|narrower)\\s*(?:\\(better\\))?\\s*than", Comparison.LESS_THAN, "than",
          "less", "lower", "smaller", "fewer", "shorter", "narrower"),
      before("(?:below|under|unter)", Comparison.LESS_THAN, null, "below", "under", "unter"),
      before("(?:kleiner|weniger|niedriger)\\s+als", Comparison.LESS_THAN, "als", "kleiner", "weniger", "niedriger"),
      symbol("≥|>=", Comparison.AT_LEAST, "≥", ">="),
      symbol("≤|<=", Comparison.AT_MOST, "≤", "<="),
      symbol(">", Comparison.GREATER_THAN, ">"),
      symbol("<", Comparison.LESS_THAN, "<"));

  // weaker than every phrase above: used only when none of them precedes the number
  static final List<Phrase> FALLBACK_BEFORE = List.of(
      new Phrase(Pattern.compile(WORD_START + "capable\\s+of(?:\\s+(?:a|an|the|achieving|delivering|providing|"
          + "reaching|producing|[\\p{L}-]+ing))?(?:\\s+[\\p{L}-]+){0,2}\\s+of\\s*$"), Comparison.AT_LEAST,
          List.of("capable"), null));

  static final List<Phrase> AFTER = List.of(
      after("or\\s+(?:more|higher|greater|above|larger|longer|over|faster|wider)", Comparison.AT_LEAST),
      after("and\\s+(?:above|more|higher|over)", Comparison.AT_LEAST),
      // "1 kW max.", "5 mm (minimum)": written right after the value; "at 823 K at a maximum stress of 1095 MPa"
      // names a quantity of its own, no bound of the value
      tight("(?:minimum|min\\.?)", Comparison.AT_LEAST),
      after("or\\s+(?:less|lower|below|fewer|smaller|shorter|under|narrower|better)", Comparison.AT_MOST),
      after("and\\s+(?:below|less|lower|under)", Comparison.AT_MOST),
      tight("(?:maximum|max\\.?)", Comparison.AT_MOST));

  private ComparatorPhrases() {}

  private static Phrase before(String regex, Comparison c, String required, String... leads) {
    return new Phrase(Pattern.compile(WORD_START + "(?:" + regex + ")" + FILLER), c, List.of(leads), required);
  }

  private static Phrase symbol(String regex, Comparison c, String... leads) {
    return new Phrase(Pattern.compile("(?:" + regex + ")" + FILLER), c, List.of(leads), null);
  }

  private static Phrase after(String regex, Comparison c) {
    // up to three words or a bracket may stand between the number and "or more": "1000 tonnes displacement or more",
    // a chemical formula among them ("to 1 ppm UF6 content or less")
    return new Phrase(Pattern.compile(
        "^[\\s,]*(?:\\([^()]{0,30}\\)\\s*)?(?:\\p{L}[\\p{L}\\d-]*\\s+){0,3}(?:" + regex + ")(?:\\s*\\(better\\))?(?![\\p{L}])"
            // "and less than 1000 kg" compares the next number, not this one
            + "(?!\\s*than)"), c);
  }

  private static Phrase tight(String regex, Comparison c) {
    return new Phrase(Pattern.compile("^[\\s,]*(?:\\([^()]{0,30}\\)\\s*)?\\(?(?:" + regex + ")\\)?(?![\\p{L}])"), c);
  }

  /**
   * Whether a comparator phrase gives its direction by "better" alone ("99,5 % or better", "better than
   * 1 %"), so that the parameter decides it; "greater (better) than" and "less (better) than" state it.
   */
  static boolean saysOnlyBetter(String phrase) {
    return phrase.contains("better") && !DIRECTION_WORD.matcher(phrase).find();
  }

  /**
   * Whether the words before a comparator deny the capability it bounds: "Not capable of balancing
   * rotors/assemblies having a mass greater than 3 kg", "not capable of withstanding temperatures
   * exceeding 450 K". The goods are those whose capability stays on the other side of the bound, so
   * the comparison is {@linkplain Comparison#negated() negated}. A comma or a linking "and"/"or" after
   * "not capable of" starts another clause, which the denial does not reach.
   */
  static boolean deniesCapability(String before) {
    Matcher m = NOT_CAPABLE.matcher(before);
    return m.find() && !CLAUSE_BREAK.matcher(before.substring(m.end())).find();
  }

  private static final Pattern NOT_CAPABLE = Pattern.compile("(?<![\\p{L}])(?:not|in)\\s*capable\\s+of\\s");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|(?<![\\p{L}])(?:and|or|but)(?![\\p{L}])");

  private static final Pattern DIRECTION_WORD = Pattern.compile(
      "\\b(?:greater|more|higher|larger|longer|faster|wider|less|lower|smaller|fewer|shorter|narrower|exceed\\w*)\\b");
}

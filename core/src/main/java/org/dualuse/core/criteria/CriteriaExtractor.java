package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;

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
 * <p>A defect in reading a text is thrown, never turned into "no criteria": {@link
 * org.dualuse.core.parse.AnnexParser} counts such provisions by code in its report. Thread-safe and stateless.
 */
public final class CriteriaExtractor {
  private static final CriteriaExtractor STANDARD = new CriteriaExtractor();
  private static final int WINDOW = 100;
  private static final int MAX_FEATURE_LENGTH = 300;
  private static final int MAX_ABBREVIATION = 12;
  // how far after a share its element and the list it may belong to are looked for
  private static final int ELEMENT_WINDOW = 80;

  /**
   * A comparator's wording. {@code leads}: the words one of which every match starts with (after
   * the look-behind), so the search may begin at the first of them; {@code required}: a word every
   * match holds, or null. Both are lower case, as the windows are; together they spare running some
   * thirty patterns over the whole window of every number.
   */
  private record Phrase(Pattern pattern, Comparison comparison, List<String> leads, String required) {
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
  private static final List<Phrase> BEFORE = List.of(
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
  private static final List<Phrase> FALLBACK_BEFORE = List.of(
      new Phrase(Pattern.compile(WORD_START + "capable\\s+of(?:\\s+(?:a|an|the|achieving|delivering|providing|"
          + "reaching|producing|[\\p{L}-]+ing))?(?:\\s+[\\p{L}-]+){0,2}\\s+of\\s*$"), Comparison.AT_LEAST,
          List.of("capable"), null));

  private static final List<Phrase> AFTER = List.of(
      after("or\\s+(?:more|higher|greater|above|larger|longer|over|faster|wider)", Comparison.AT_LEAST),
      after("and\\s+(?:above|more|higher|over)", Comparison.AT_LEAST),
      after("(?:minimum|min\\.?)", Comparison.AT_LEAST),
      after("or\\s+(?:less|lower|below|fewer|smaller|shorter|under|narrower|better)", Comparison.AT_MOST),
      after("and\\s+(?:below|less|lower|under)", Comparison.AT_MOST),
      after("(?:maximum|max\\.?)", Comparison.AT_MOST));

  private static final Pattern HELD_AT = Pattern.compile(
      "([\\p{L}-]+)\\s+(?:at\\s+(?:a\\s+)?temperatures?|heated\\s+to|maintained\\s+at)(?![\\p{L}])");
  private static final Pattern RATED_AT = Pattern.compile("(?<![\\p{L}])rated\\s+(?:at|for)\\s*$");
  private static final Pattern SHARED_GAP = Pattern.compile(
      "^\\s*(?:[\\p{L}-]+\\s+){0,2}(?:,\\s*(?:and|or)?|and|or)\\s*$");
  private static final Pattern RANGE_JOIN = Pattern.compile("^[\\s,]*(?:(?:but|and|yet)\\s*)?[\\s,]*$");
  // an "or" between conditions: after a comma, before the next number, or before words that start a
  // condition; "spherical, flaked or ground" and "average or CW output power" join words, not conditions
  private static final Pattern OR = Pattern.compile("(?:,\\s*or(?![\\p{L}])|(?<![\\p{L}])or\\s*$|(?<![\\p{L}])or\\s+"
      + "(?:a|an|the|with|having|by|in|at|above|below|over|under|exceeding|less|more|greater|higher|lower|equal|"
      + "being|using|is|are|of|for|to|from|when|where|if|which|that|able|capable|designed|rated|operating|"
      + "providing|containing|any|one|its)(?![\\p{L}]))");
  // "or" inside these is no alternative between conditions: "along one or more linear axis"
  private static final Pattern OR_IDIOM = Pattern.compile(
      "(?<![\\p{L}])(?:or\\s+(?:more|less|greater|higher|lower|fewer|better|equal)|at\\s+or\\s+(?:below|above)|"
          + "one\\s+or\\s+more|and/or|either)(?![\\p{L}])");
  private static final Pattern AND = Pattern.compile("(?<![\\p{L}])and(?![\\p{L}])");
  private static final Pattern MEASURED_AT = Pattern.compile(
      // the words between "measured at" and the value name where it is measured, never a comparator:
      // "a BPP measured at the output not exceeding 1,5 mm mrad" bounds the BPP, not the place
      "(?<![\\p{L}])(?:measured|tested)\\s+(?:at|with|over|under|in)(?![\\p{L}])"
          + "(?:\\s+(?!(?:not|exceeding|exceeds|less|more|greater|lower|higher|below|above|than|equal|up|within|better|worse)"
          + "(?![\\p{L}]))[\\p{L}-]+){0,4}\\s*(?:of\\s*)?$");
  // "outside 4,2 to 4,4 GHz", "frequencies other than 4,2 to 4,4 GHz inclusive": the range is excluded
  // other phrases that state where or how a value is measured, never what the item must meet: "a speed
  // of 30 knots in a significant wave height of 1,25 m", "an error less than 10 m for a period of up to
  // 4 minutes", "for any frequency change exceeding 2,2 GHz", "into loads of less than 40 ohms", "a
  // roughness less than 1 nm for sampling lengths equal to or greater than 1 mm"
  private static final Pattern CONDITION_OF_MEASUREMENT = Pattern.compile(
      "(?<![\\p{L}])(?:for\\s+a\\s+period\\s+of(?:\\s+up\\s+to)?|in\\s+(?:a\\s+)?significant\\s+wave\\s+heights?(?:\\s+of)?"
          + "|in\\s+sea\\s+states?(?:\\s+of)?|into\\s+(?:a\\s+)?loads?\\s+of|for\\s+any\\s+frequency\\s+change"
          + "|at\\s+a\\s+(?:maximum\\s+)?stress\\s+of|for\\s+sampling\\s+lengths?(?:\\s+of)?"
          // "into a resistive load of less than 55 ohms", "when operating at pressures greater than or equal to"
          + "|into\\s+(?:a\\s+)?[\\p{L}-]+\\s+loads?\\s+of|when\\s+operating\\s+(?:at|in|with)(?:\\s+[\\p{L}-]+){0,2}"
          + "|averaged\\s+over)"
          + "(?:\\s+(?:less|greater|more|lower|higher)\\s+than(?:\\s+or\\s+equal\\s+to)?"
          + "|\\s+equal\\s+to\\s+or\\s+(?:less|greater|more)\\s+than"
          + "|\\s+exceeding|\\s+not\\s+exceeding|\\s+up\\s+to)?\\s*$");
  // "when measured at a frequency of more than 1 GHz": the value belongs to where it is measured
  private static final Pattern MEASURED_AT_COMPARED = Pattern.compile(
      "(?<![\\p{L}])(?:measured|tested)\\s+(?:at|with|over|under|in)(?:\\s+[\\p{L}-]+){0,4}\\s+of\\s+"
          + "(?:(?:more|less|greater|lower|higher)\\s+than|exceeding|up\\s+to)\\s*$");
  // a range right after "measured" (and a quoted name of how): "measured 'bare table', between 20 Hz and 2 kHz"
  private static final Pattern MEASURED_RANGE = Pattern.compile(
      "(?<![\\p{L}])(?:measured|tested)(?:\\s+[\\p{L}-]+){0,2}[\\s,]*$");
  private static final Pattern SCOPE_AFTER = Pattern.compile("\\s*of\\s+the\\s+(?:measuring|operating)\\s+range");
  private static final Pattern SPAN_AFTER = Pattern.compile("\\s*of\\s+(?:travel|movement|stroke)(?![\\p{L}])");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?<![\\p{L}])from\\s*$");
  private static final Pattern UP_TO_AFTER = Pattern.compile("\\s*up\\s+to(?![\\p{L}])");
  private static final Pattern VIBRATION_GAP = Pattern.compile("^[\\s,]*(?:rms|peak|pk)?[\\s,]*$");

  /**
   * Whether a frequency range follows a compared acceleration with nothing but "rms" between: the band
   * of a vibration environment ("greater than 10 g rms between 20 Hz and 2 kHz"), not a band to work in.
   */
  private static boolean isVibrationBand(List<Bound> bounds, FoundQuantity q, String norm) {
    if (bounds.isEmpty() || q.dimension() != Dimension.FREQUENCY) {
      return false;
    }
    Bound prev = bounds.get(bounds.size() - 1);
    return prev.found().dimension() == Dimension.ACCELERATION && prev.end() <= q.start()
        && VIBRATION_GAP.matcher(norm.substring(prev.end(), q.start())).matches();
  }

  // "outside the range from A to B", "frequencies other than A to B": the words right before the range;
  // an "other than" further back ("lasers (other than glass) with a wavelength between A and B") is not
  private static final Pattern OUTSIDE_NEAR = Pattern.compile(
      "(?<![\\p{L}])(?:outside|other\\s+than)(?:\\s+(?:the|a|an))?(?:\\s+[\\p{L}-]+){0,2}\\s*$");
  private static final Pattern OUTSIDE = Pattern.compile("(?<![\\p{L}])(?:outside|other\\s+than)(?![\\p{L}])");
  private static final Pattern ENTIRE = Pattern.compile("(?<![\\p{L}])(?:entire|whole)(?![\\p{L}])");
  private static final Pattern DECONTROL = Pattern.compile(
      "(?<![\\p{L}])(?:does|do)\\s+not\\s+(?:control|apply\\s+to)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOWING = Pattern.compile(
      "(?<![\\p{L}])(any|all|either|each)\\s+of\\s+the\\s+following(?:\\s+\\w+)?\\s*:?", Pattern.CASE_INSENSITIVE);
  private static final Pattern AS_FOLLOWS_LIST = Pattern.compile("(?<![\\p{L}])()?as\\s+follows\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_LABEL = Pattern.compile("^\\s*(?:\\(?([a-z])\\)|([a-z])\\.|(\\d{1,2})\\.)\\s");
  private static final Pattern NOT_USED = Pattern.compile("(?i)^\\s*not\\s+used\\b.*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;:,.]+$");
  private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(?i)\\s+(?:or|and)$");
  private static final Pattern TRAILING_AS_FOLLOWS = Pattern.compile("(?i),?\\s*as\\s+follows$");
  // the pattern of each list label ("b", "12") met so far; few, as labels run a..z and 1..140 at most
  private static final java.util.concurrent.ConcurrentMap<String, Pattern> LABELS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final String QUOTE_MARKS = "\"“”'‘’";
  private static final Set<String> STOP = Set.of(
      "having", "following", "specially", "designed", "that", "which", "with", "than", "this", "those",
      "these", "other", "being", "from", "into", "their", "therefor", "therefore", "such", "when", "where",
      "also", "used", "using", "items", "item", "specified", "controlled", "control", "does", "rated",
      "capable", "more", "less", "only", "either", "each", "both", "within", "including",
      "include", "includes", "equipment", "systems", "system", "components", "component", "follows",
      "based", "except", "note", "notes", "them", "they", "have", "made", "type", "types", "like");

  private CriteriaExtractor() {}

  public static CriteriaExtractor standard() {
    return STANDARD;
  }

  private static Phrase before(String regex, Comparison c, String required, String... leads) {
    return new Phrase(Pattern.compile(WORD_START + "(?:" + regex + ")" + FILLER), c, List.of(leads), required);
  }

  private static Phrase symbol(String regex, Comparison c, String... leads) {
    return new Phrase(Pattern.compile("(?:" + regex + ")" + FILLER), c, List.of(leads), null);
  }

  private static Phrase after(String regex, Comparison c) {
    // up to three words or a bracket may stand between the number and "or more": "1000 tonnes displacement or more"
    return new Phrase(Pattern.compile(
        "^[\\s,]*(?:\\([^()]{0,30}\\)\\s*)?(?:[\\p{L}-]+\\s+){0,3}(?:" + regex + ")(?:\\s*\\(better\\))?(?![\\p{L}])"
            // "and less than 1000 kg" compares the next number, not this one
            + "(?!\\s*than)"), c);
  }

  /**
   * The conditions a provision's own text states (not its parent's): the typed thresholds and
   * ranges combined as the text joins them; a {@link Feature} when it states none that can be typed;
   * empty for "Not used" and blank text.
   *
   * @param provisionText the verbatim text after the code
   */
  public Optional<Criterion> extract(String provisionText) {
    if (provisionText == null) {
      return Optional.empty();
    }
    Criterion typed = typed(provisionText);
    if (typed != null) {
      return Optional.of(typed);
    }
    return Optional.ofNullable(feature(provisionText));
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
    if (provisionText == null) {
      return Optional.empty();
    }
    Criterion typed = typed(provisionText, leadIn(parentText));
    if (typed != null) {
      return Optional.of(typed);
    }
    return Optional.ofNullable(feature(provisionText));
  }

  /**
   * Only the typed part of {@link #extract}: the thresholds and ranges, or empty when there are
   * none.
   */
  public Optional<Criterion> extractTyped(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(typed(text));
  }

  /** Only the typed part of {@link #extract(String, String)}. */
  public Optional<Criterion> extractTyped(String text, String parentText) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(typed(text, leadIn(parentText)));
  }

  // "... as specified by any of the following", "... being any of the following", "... of all of the following"
  private static final Pattern LEAD_FOLLOWING = Pattern.compile(
      "(?:\\s+(?:as\\s+specified\\s+by|being|of|with))?\\s*(?<![\\p{L}])(?:any|all|each|either|one)\\s+of\\s+the\\s+following(.*)$");
  private static final Pattern LEAD_QUOTED = Pattern.compile(
      "[\"'‘’“”]([^\"'‘’“”]{3,60})[\"'‘’“”](?:\\s+of(?:\\s+[\\p{L}-]+){1,4})?\\s*$");
  private static final Pattern LEAD_QUOTED_FIRST = Pattern.compile("[\"'‘’“”]([^\"'‘’“”]{3,60})[\"'‘’“”]");
  private static final Pattern LEAD_MEASURED = Pattern.compile(",\\s*(?:measured|tested)[^,]*,?\\s*$");
  // what a list's items are, never the name of a quantity: "any of the following characteristics"
  private static final Set<String> NOT_QUANTITIES = Set.of("characteristics", "features", "following", "items",
      "goods", "equipment", "components", "systems", "materials", "types", "specifications", "parameters",
      "properties", "functions", "forms", "criteria", "conditions", "capabilities", "techniques", "technologies",
      "software", "technology", "devices", "products", "substances", "chemicals", "ways", "methods", "modes",
      "applications", "purposes", "elements", "parts", "assemblies", "subassemblies", "means", "atmosphere",
      "atmospheres", "environment", "environments", "medium", "media");

  /** The name and comparator a list's introducing line gives its items; {@link LeadIn#NONE} when it gives none. */
  static LeadIn leadIn(String parentText) {
    if (parentText == null) {
      return LeadIn.NONE;
    }
    String raw = parentText.strip();
    if (!raw.endsWith(":")) {
      return LeadIn.NONE;
    }
    raw = raw.substring(0, raw.length() - 1).strip();
    String norm = Mentions.normalise(raw);
    int best = -1;
    Comparison comparison = null;
    for (Phrase phrase : BEFORE) {
      Matcher m = phrase.find(norm);
      if (m != null && (best < 0 || m.start() < best)) {
        best = m.start();
        comparison = phrase.comparison();
      }
    }
    if (comparison != null) {
      String head = LEAD_MEASURED.matcher(norm.substring(0, best)).replaceFirst("");
      return new LeadIn(quantityName(nameBefore(head, 0, head.length())), comparison);
    }
    Matcher f = LEAD_FOLLOWING.matcher(norm);
    if (!f.find()) {
      return LeadIn.NONE;
    }
    String after = f.group(1).strip();
    String rawAfter = raw.substring(f.start(1)).strip();
    String name;
    Matcher quotedFirst = LEAD_QUOTED_FIRST.matcher(rawAfter);
    if (quotedFirst.lookingAt()) {
      name = quotedFirst.group(1).strip().toLowerCase(java.util.Locale.ROOT); // 'any of the following "accuracies" after ...'
    } else if (!after.isEmpty()) {
      name = nameAfter(after);
    } else {
      Matcher q = LEAD_QUOTED.matcher(raw.substring(0, f.start()));
      name = q.find() ? q.group(1).strip().toLowerCase(java.util.Locale.ROOT) : nameBefore(norm, 0, f.start());
    }
    name = quantityName(name);
    return name == null ? LeadIn.NONE : new LeadIn(name, null);
  }

  private static String quantityName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String[] words = name.split("\\s+");
    return NOT_QUANTITIES.contains(words[words.length - 1]) ? null : name;
  }

  /** Up to four words from the start of {@code text}, to a bracket, a punctuation mark or a linking word. */
  private static String nameAfter(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      if (w.isEmpty() || words.size() == 4) {
        break;
      }
      String bare = w.replaceAll("[,;:.]+$", "");
      if (bare.isEmpty() || !bare.chars().allMatch(c -> Character.isLetter(c) || c == '-') || NAME_STOPS.contains(bare)) {
        break;
      }
      words.add(bare);
      if (!bare.equals(w)) {
        break;
      }
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** The parameter a lead-in's name gives a value of {@code dimension}. */
  private static Parameter leadParameter(String name, Dimension dimension) {
    for (String candidate : List.of(name, name.replaceAll("ies$", "y"), name.replaceAll("s$", ""))) {
      Optional<Parameter> known = Parameters.lookup(candidate, dimension);
      if (known.isPresent()) {
        return known.get();
      }
    }
    return new Parameter(name, dimension, null);
  }

  /**
   * For a decontrol note ("does not control equipment designed to operate at an output power of
   * 1 W or less"), the condition under which items are released, or empty when the note is not a
   * decontrol note or its condition holds no typed threshold or range. Lettered and numbered lists
   * after "any of the following" / "all of the following" become {@link AnyOf} / {@link AllOf};
   * list items without numbers become {@link Feature}s.
   *
   * @param noteText the verbatim note text
   */
  public Optional<Criterion> extractExclusion(String noteText) {
    if (noteText == null) {
      return Optional.empty();
    }
    Matcher m = DECONTROL.matcher(noteText);
    if (!m.find()) {
      return Optional.empty();
    }
    Criterion c = conditions(noteText.substring(m.end()), 0);
    return c != null && c.isParametric() ? Optional.of(c) : Optional.empty();
  }

  // ---- conditions of notes: nested lists

  private Criterion conditions(String text, int depth) {
    Matcher f = FOLLOWING.matcher(text);
    boolean isList = depth < 4 && containsIgnoringCase(text, "following") && f.find();
    if (!isList && depth < 4 && containsIgnoringCase(text, "follows")) {
      // "does not control "lasers" as follows: a. ...; b. ...": the items are alternatives
      f = AS_FOLLOWS_LIST.matcher(text);
      isList = f.find();
    }
    if (isList) {
      boolean any = f.group(1) == null || !f.group(1).equalsIgnoreCase("all");
      List<String> items = items(text.substring(f.end()));
      List<Criterion> listed = new ArrayList<>();
      for (String item : items) {
        Criterion c = conditions(item, depth + 1);
        if (c != null) {
          listed.add(c);
        }
      }
      Criterion list = listed.isEmpty() ? null
          : listed.size() == 1 ? listed.get(0) : any ? new AnyOf(listed) : new AllOf(listed);
      String headText = text.substring(0, f.start());
      Criterion head = typed(headText);
      if (head == null && depth > 0) {
        // below the top, the words before a list are a condition too ("is only operable when installed in")
        head = feature(headText);
      }
      if (head == null) {
        return list;
      }
      return list == null ? head : new AllOf(List.of(head, list));
    }
    if (depth == 0) {
      Criterion typed = typed(text);
      return typed != null ? typed : feature(text);
    }
    ScannedText scan = ScannedText.of(text);
    List<Bound> bounds = bounds(scan);
    Criterion typed = combine(pieces(scan, bounds), scan.normalised);
    if (typed == null) {
      return feature(text);
    }
    // a list item names what it releases before its bound: "Ruby with output energy below 20 J"
    // releases ruby lasers below 20 J, not every laser below 20 J; the subject stays a condition
    Feature subject = subjectBefore(text, bounds.get(0));
    return subject == null ? typed : new AllOf(List.of(subject, typed));
  }

  /**
   * What a list item names before it links to its bound ("Ruby" in "Ruby with output energy below
   * 20 J"), as a feature; null when the item opens with an article, a verb or a linking word ("A
   * maximum frame rate ...", "Designed for operation ..."), that is, when it names no kind of goods.
   */
  private static Feature subjectBefore(String text, Bound first) {
    String head = text.substring(0, Math.min(first.start(), text.length())).strip();
    List<String> subject = new ArrayList<>();
    for (String word : head.split("[\\s,;:]+")) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("^[\"'“”‘’(]+|[\"'“”‘’)]+$", "");
      if (w.isEmpty() || SUBJECT_ENDS.contains(w) || STOP.contains(w)) {
        break;
      }
      subject.add(w);
    }
    if (subject.isEmpty() || subject.stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter))) {
      return null;
    }
    return new Feature(String.join(" ", subject), subject);
  }

  // the words that end the name of the goods in a list item and start what is said of them
  private static final Set<String> SUBJECT_ENDS = Set.of(
      "a", "an", "the", "with", "having", "of", "for", "in", "at", "on", "by", "to", "from", "that", "which",
      "whose", "where", "when", "not", "no", "is", "are", "be", "being", "or", "and", "designed", "operating",
      "rated", "capable", "using", "incorporating", "containing", "consisting", "made", "exceeding", "less",
      "more", "greater", "equal", "up", "below", "above", "over", "under", "maximum", "minimum", "average",
      "peak", "total", "output", "input", "any", "all", "each", "either", "one");

  private static Pattern labelPattern(String label) {
    return Pattern.compile("(?:^|[\\s;:,])\\(?" + Pattern.quote(label) + "[.)]\\s");
  }

  /** The items of a list labelled "a. ... b. ..." or "1. ... 2. ...", in order; the whole text when unlabelled. */
  private static List<String> items(String text) {
    Matcher first = FIRST_LABEL.matcher(text);
    if (!first.find()) {
      return List.of(text);
    }
    boolean letters = first.group(3) == null;
    String label = first.group(1) != null ? first.group(1) : first.group(2) != null ? first.group(2) : first.group(3);
    List<String> out = new ArrayList<>();
    int itemStart = first.end();
    while (true) {
      String next = letters ? String.valueOf((char) (label.charAt(0) + 1)) : String.valueOf(Integer.parseInt(label) + 1);
      Matcher m = LABELS.computeIfAbsent(next, CriteriaExtractor::labelPattern).matcher(text);
      if (!m.find(itemStart)) {
        out.add(text.substring(itemStart));
        return out;
      }
      out.add(text.substring(itemStart, m.start()));
      itemStart = m.end();
      label = next;
      if (out.size() > 40) {
        out.add(text.substring(itemStart));
        return out;
      }
    }
  }

  // ---- typed conditions

  /** A compared value; {@code alternative}, when not null, a second name the same bound holds for. */
  private record Bound(FoundQuantity found, Comparison comparison, int start, int end, Parameter parameter,
      boolean named, boolean outside, boolean entire, Parameter alternative) {
    Bound(FoundQuantity found, Comparison comparison, int start, int end, Parameter parameter, boolean named,
        boolean outside, boolean entire) {
      this(found, comparison, start, end, parameter, named, outside, entire, null);
    }
  }

  private record Piece(Criterion criterion, int start, int end, Parameter parameter) {}

  private Criterion typed(String text) {
    return typed(text, LeadIn.NONE);
  }

  private Criterion typed(String text, LeadIn lead) {
    // "made of aluminium, aluminium alloy, nickel, or nickel alloy containing more than 60 % nickel":
    // the content bounds one material of several the goods may be made of
    return MaterialAlternatives.widen(text, typedConditions(text, lead), CriteriaExtractor::feature);
  }

  private Criterion typedConditions(String text, LeadIn lead) {
    Matcher x = EXCLUDING_GOODS.matcher(text);
    if (x.find()) {
      // "greater than 400 N excluding civil certified engines with a thrust greater than 8 890 N":
      // the excluded goods with their own bound are carved out of the requirement, never a second
      // requirement; the goods stay a condition, so an engine not known to be civil certified is
      // not carved out
      Criterion head = plainTyped(text.substring(0, x.start()));
      String clause = text.substring(x.end());
      ScannedText scan = ScannedText.of(clause);
      List<Bound> bounds = bounds(scan);
      Criterion excluded = combine(pieces(scan, bounds), scan.normalised);
      Feature goods = bounds.isEmpty() ? null : subjectBefore(clause, bounds.get(0));
      if (head != null && excluded != null && goods != null) {
        return new AllOf(List.of(head, new Not(new AllOf(List.of(goods, excluded)))));
      }
    }
    return plainTyped(text, lead);
  }

  private Criterion plainTyped(String text) {
    return plainTyped(text, LeadIn.NONE);
  }

  private Criterion plainTyped(String text, LeadIn lead) {
    ScannedText scan = ScannedText.of(text);
    return combine(pieces(scan, bounds(scan, lead)), scan.normalised);
  }

  // "excluding" + goods named without a comma + "with"/"having" + their bound, outside brackets
  private static final Pattern EXCLUDING_GOODS = Pattern.compile(
      "(?<![(\\w])\\bexcluding\\s+(?=[^,;()]{1,80}?\\b(?:with|having)\\b[^;()]*?\\d)", Pattern.CASE_INSENSITIVE);

  private static List<Bound> bounds(ScannedText scan) {
    return bounds(scan, LeadIn.NONE);
  }

  private static List<Bound> bounds(ScannedText scan, LeadIn leadIn) {
    String norm = scan.normalised;
    List<Bound> bounds = new ArrayList<>();
    Map<Dimension, Parameter> lastNamed = new EnumMap<>(Dimension.class);
    int previousEnd = 0;
    List<CountPhrases.Count> counts = new ArrayList<>(CountPhrases.find(scan.text, scan.quantities));
    counts.addAll(CountPhrases.findOthers(scan.text, scan.quantities, counts));
    counts.sort(java.util.Comparator.comparingInt(c -> c.quantity().start()));
    List<FoundQuantity> quantities = CountPhrases.merged(scan.quantities, counts);
    List<FoundQuantity> bare = BareNumbers.find(scan.text, quantities);
    if (!bare.isEmpty()) {
      quantities = new ArrayList<>(quantities);
      quantities.addAll(bare);
      quantities.sort(java.util.Comparator.comparingInt(FoundQuantity::start));
    }
    for (FoundQuantity q : quantities) {
      int qs = q.start();
      int windowStart = windowStart(norm, previousEnd, qs);
      String before = norm.substring(windowStart, qs);
      Dimension dimension = q.dimension();
      Parameter parameter;
      boolean named;
      Mentions.Mention mention = null;
      CountPhrases.Count count = counts.stream().filter(c -> c.quantity() == q).findFirst().orElse(null);
      if (count != null) {
        // the counted thing names the count: "simultaneous contouring axes"
        parameter = Parameters.lookup(count.name()).filter(p -> p.dimension() == dimension)
            .orElseGet(() -> new Parameter(count.name(), dimension, null));
        named = true;
      } else if (scan.isFrameRate(q) && dimension == Dimension.FREQUENCY) {
        parameter = Parameters.FRAME_RATE;
        named = true;
      } else {
        Optional<Mentions.Mention> m = Mentions.nearestBefore(norm, windowStart, qs, dimension);
        if (m.isPresent()) {
          mention = m.get();
          parameter = mention.parameter();
          named = true;
        } else {
          // "Less than 143 ps" under "a 'frequency switching time' as specified by any of the
          // following": a value no word of its own line names bounds what the lead-in names
          parameter = lastNamed.getOrDefault(dimension, leadIn.name() == null ? Parameters.defaultFor(dimension)
              : leadParameter(leadIn.name(), dimension));
          named = false;
        }
      }
      if (named) {
        lastNamed.put(dimension, parameter);
      }
      Comparison comparison = null;
      int start = qs;
      int end = q.end();
      boolean outside = false;
      boolean entire = false;
      if (q.isRange()) {
        outside = OUTSIDE_NEAR.matcher(before).find();
        entire = !outside && ENTIRE.matcher(before).find();
      } else {
        int best = -1;
        boolean better = false;
        for (Phrase phrase : BEFORE) {
          Matcher m = phrase.find(before);
          if (m != null && (best < 0 || m.start() < best)) {
            best = m.start();
            comparison = phrase.comparison();
            better = saysOnlyBetter(m.group());
          }
        }
        if (comparison != null) {
          start = windowStart + best;
        } else {
          String after = norm.substring(q.end(), Math.min(norm.length(), q.end() + 60));
          for (Phrase phrase : AFTER) {
            Matcher m = phrase.pattern().matcher(after);
            if (m.find()) {
              comparison = phrase.comparison();
              better = saysOnlyBetter(m.group());
              end = q.end() + m.end();
              break;
            }
          }
        }
        // the phrases read "better" as smaller; for purity, uniformity, efficiency... it is larger
        if (better && comparison != null && Parameters.improvesUpward(parameter)) {
          comparison = comparison.mirrored();
        }
        // "capable of" only suggests a lower bound; an explicit "or less" after the number says
        // otherwise ("capable of producing features of 45 nm or less" is at most 45 nm), so the
        // fallback applies only when neither a phrase before nor one after gives the comparator
        if (comparison == null && FROM_BEFORE.matcher(before).find()
            && UP_TO_AFTER.matcher(norm).region(q.end(), norm.length()).lookingAt()) {
          // "at any frequency from 2 GHz up to and including 15 GHz": the lower end of a range
          comparison = Comparison.AT_LEAST;
        }
        if (comparison == null && leadIn.comparison() != null && bounds.isEmpty() && norm.substring(0, qs).isBlank()) {
          // "... equal to or greater than:" then "0,9 GPa in the solution annealed stage"
          comparison = leadIn.comparison();
        }
        if (comparison == null) {
          for (Phrase phrase : FALLBACK_BEFORE) {
            Matcher m = phrase.find(before);
            if (m != null) {
              comparison = phrase.comparison();
              start = windowStart + m.start();
              break;
            }
          }
        }
      }
      // "a 'Vπ' less than 3,3 V when measured at a frequency of 1 GHz or below": the value after
      // "measured at" says where the first is measured; it is a condition of measurement, not a
      // requirement the product must meet
      // "more than 25 % nickel and 20 % chromium by weight": a value with no comparator of its own,
      // joined to a compared value of its dimension by "and", "or" or a comma with at most the name of
      // what it measures between, shares that comparator
      Bound shared = null;
      if (comparison == null && !q.isRange() && !bounds.isEmpty()) {
        Bound prev = bounds.get(bounds.size() - 1);
        if (prev.comparison() != null && !prev.found().isRange() && prev.found().dimension() == dimension
            && prev.end() <= qs && SHARED_GAP.matcher(norm.substring(prev.end(), qs)).matches()) {
          shared = prev;
          comparison = prev.comparison();
          if (!named) {
            parameter = prev.parameter();
          }
        }
      }
      String lead = norm.substring(Math.max(windowStart, qs - 60), qs);
      if (comparison != null && (MEASURED_AT.matcher(lead).find() || CONDITION_OF_MEASUREMENT.matcher(lead).find()
          || MEASURED_AT_COMPARED.matcher(lead).find())) {
        comparison = null;
      }
      if (comparison != null && SPAN_AFTER.matcher(norm).region(end, norm.length()).lookingAt()
          && lead.endsWith("over ")) {
        // "TIR over 300 mm of travel": the span a value is measured over, not a length to exceed
        comparison = null;
      }
      if (q.isRange() && (MEASURED_RANGE.matcher(lead).find()
          || SCOPE_AFTER.matcher(norm).region(q.end(), norm.length()).lookingAt()
          || isVibrationBand(bounds, q, norm))) {
        // "0,1 % measured from 0 to 5 mm", "within 0 to 0,2 mm of the measuring range", "10 g rms between
        // 20 Hz and 2 kHz": where or over which band the value before is measured, not a range to meet
        continue;
      }
      if ((comparison != null || q.isRange()) && dimension == Dimension.TEMPERATURE) {
        // "the wafer substrate at a temperature greater than", "a 'substrate' heated to 600 °C": the
        // temperature of the thing named before, when the vocabulary knows that temperature
        Matcher held = HELD_AT.matcher(norm.substring(Math.max(windowStart, start - 60), start));
        String thing = null;
        while (held.find()) {
          thing = held.group(1);
        }
        Optional<Parameter> own = thing == null ? Optional.empty()
            : Parameters.lookup(thing + " temperature", Dimension.TEMPERATURE);
        if (own.isPresent()) {
          parameter = own.get();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (!named && comparison != null && dimension == Dimension.POWER
          && RATED_AT.matcher(norm.substring(Math.max(windowStart, start - 20), start)).find()) {
        // "propellers rated at more than 30 MW": the power the goods are rated for
        parameter = Parameters.RATED_POWER;
        named = true;
        lastNamed.put(dimension, parameter);
      }
      if (mention != null && mention.parameter().equals(Parameters.RATIO_VALUE) && comparison != null) {
        // "ratio" alone says nothing of what is compared: "a pulse compression ratio exceeding 150"
        Optional<Parameter> own = namedBefore(norm, windowStart, start, dimension);
        if (own.isPresent() && own.get().name().endsWith(" ratio")) {
          parameter = own.get();
          lastNamed.put(dimension, parameter);
        }
      }
      if (count == null && (comparison != null || q.isRange())) {
        // "a 'gas path temperature' of 1373 K or more": the quoted term is the name, unless it is a word
        // of a longer name the vocabulary knows ("bias" "stability")
        Optional<QuotedNames.Quoted> quoted = QuotedNames.before(scan.text, windowStart, start, dimension);
        if (quoted.isPresent() && (mention == null || mention.start() >= quoted.get().start()
            || mention.end() <= quoted.get().start())) {
          parameter = quoted.get().parameter();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (!named && (comparison != null || q.isRange())) {
        // "more than 50 % by weight", "10 ppm by volume": the name follows the value (and its
        // comparator) within the same clause; a name past a comma, a semicolon or a linking word
        // belongs to the next value
        Optional<Mentions.Mention> after = Mentions.nearestAfter(norm, end, clauseEnd(norm, end), dimension);
        if (after.isPresent()) {
          parameter = after.get().parameter();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (!named && (comparison != null || q.isRange())) {
        // no word of the vocabulary names the value: the words before the comparator do ("a radius
        // of curvature less than 1 mm"), so the threshold keeps the text's name, not a dimension's
        Optional<Parameter> own = namedBefore(norm, windowStart, start, dimension);
        if (own.isPresent()) {
          parameter = own.get();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (count == null && dimension == Dimension.RATIO && (comparison != null || q.isRange())
          && (!named || parameter.equals(Parameters.CONTENT) || parameter.equals(Parameters.RATIO_VALUE))) {
        // "more than 60 % nickel by weight", "a titanium content of greater than 0,10 %": the share of
        // an element is that element's content, the parameter a named material's composition answers;
        // not remembered as the last name, since the annex names the element of every share it bounds
        Optional<Parameter> element = ElementContentPhrases.around(norm, windowStart, start, end,
            Math.min(norm.length(), end + ELEMENT_WINDOW));
        if (element.isPresent()) {
          parameter = element.get();
          named = true;
        }
      }
      if ((!named || comparison == null || parameter.name().endsWith("ing")) && bare.stream().anyMatch(b -> b == q)) {
        // a pure number is a threshold only where the text names and compares it; words ending in a
        // verb ("computers supporting 34 or more") say what the number counts, not what it measures
        continue;
      }
      if (shared != null && named && !shared.named()) {
        // the name after the last value names them all: "... and 20 % chromium by weight"
        bounds.set(bounds.size() - 1, new Bound(shared.found(), shared.comparison(), shared.start(), shared.end(),
            parameter, true, shared.outside(), shared.entire()));
      }
      Parameter alternative = null;
      if (count == null && (comparison != null || q.isRange())) {
        // "diameter or major axis length greater than 50 mm", "exceeding 300 mm in diameter or major axis
        // length": one bound for each of two names, either of which the item may meet
        Parameter[] pair = alternativeNames(norm.substring(windowStart, start), dimension, true);
        if (pair == null) {
          pair = alternativeNames(norm.substring(end, Math.min(norm.length(), end + 60)), dimension, false);
        }
        if (pair != null) {
          parameter = pair[0];
          alternative = pair[1];
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      bounds.add(new Bound(q, comparison, start, end, parameter, named, outside, entire, alternative));
      previousEnd = end;
    }
    return bounds;
  }

  private static final Pattern PLURAL_QUANTITY = Pattern.compile(
      "(value|ratio|factor|coefficient|constant|level|rate|index)(?:s|es)$");

  private static final String NAME_WORDS = "((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)";
  private static final Pattern OR_NAMES_BEFORE = Pattern.compile(
      "(?<![\\p{L}-])" + NAME_WORDS + "\\s+or\\s+" + NAME_WORDS + "(?:\\s+of)?\\s*$");
  private static final Pattern OR_NAMES_AFTER = Pattern.compile(
      "^\\s*in\\s+" + NAME_WORDS + "\\s+or\\s+" + NAME_WORDS + "\\s*(?=[,;.:]|\\s+(?:and|or|with|having)\\b|$)");

  /**
   * The two names of "A or B" written right before a comparator (or as "in A or B" right after a
   * value), when each names a quantity of {@code dimension}: the vocabulary knows it, or the word it
   * ends with ("major axis length" ends with "length"). Null otherwise.
   */
  private static Parameter[] alternativeNames(String window, Dimension dimension, boolean before) {
    if (!window.contains("or")) {
      return null;
    }
    Matcher m = (before ? OR_NAMES_BEFORE : OR_NAMES_AFTER).matcher(window);
    if (!m.find()) {
      return null;
    }
    Parameter a = nameOfDimension(m.group(1), dimension);
    Parameter b = nameOfDimension(m.group(2), dimension);
    return a == null || b == null || a.equals(b) ? null : new Parameter[] {a, b};
  }

  private static Parameter nameOfDimension(String words, Dimension dimension) {
    List<String> kept = new ArrayList<>();
    for (String w : words.strip().split("\\s+")) {
      if (NAME_STOPS.contains(w) || NAME_EDGES.contains(w)) {
        kept.clear(); // "having a diameter": the name starts after the last linking word
      } else {
        kept.add(w);
      }
    }
    if (kept.isEmpty() || kept.size() > 3) {
      return null;
    }
    String name = String.join(" ", kept);
    Optional<Parameter> known = Parameters.lookup(name, dimension);
    // "a wall or plate thickness": a word that only abbreviates a longer name modifies the second name,
    // it names nothing alone
    if (known.isPresent() && known.get().name().endsWith(kept.get(kept.size() - 1))) {
      return known.get();
    }
    if (known.isPresent() || kept.size() == 1) {
      return null;
    }
    return Parameters.lookup(kept.get(kept.size() - 1), dimension).map(p -> new Parameter(name, dimension, null))
        .orElse(null);
  }

  private static final Set<String> OPERATION_WORDS = Set.of("operation", "operating", "operate", "operated", "use",
      "service", "working");

  // the last word of a name that says where a value lies, not what it is: "the frequency range", "the band"
  private static final Set<String> WHERE_WORDS = Set.of("range", "ranges", "band", "bands", "region", "window",
      "interval", "span", "spectrum");

  /**
   * The name the text gives a value right before its comparator: up to four words back from
   * {@code to}, stopping at a word that links or opens a clause ("having", "with", "a", "and"...),
   * a punctuation mark or a number; empty when no content word is left. A name the vocabulary knows
   * is that parameter; any other is a parameter of its own with the value's dimension.
   */
  static Optional<Parameter> namedBefore(String norm, int from, int to, Dimension dimension) {
    String name = nameBefore(norm, from, to);
    if (name == null) {
      return Optional.empty();
    }
    for (String candidate : List.of(name, name.replaceAll("s$", ""))) {
      Optional<Parameter> known = Parameters.lookup(candidate);
      if (known.isPresent() && known.get().dimension() == dimension) {
        return known;
      }
    }
    if (name.startsWith("number of ")) {
      return Optional.of(new Parameter(name, dimension, null)); // "number of input fibres equal to or greater than 3"
    }
    Matcher plural = PLURAL_QUANTITY.matcher(name);
    if (plural.find()) {
      // "resonant circuits with Q-values exceeding 10000", "pressure ratios of 4:1": a plural of a
      // quantity's name is that quantity
      String singular = name.substring(0, plural.start()) + plural.group(1);
      Optional<Parameter> known = Parameters.lookup(singular, dimension);
      if (known.isPresent()) {
        return known;
      }
      if (!plural.group(1).equals("rate") && !plural.group(1).equals("level")) {
        return Optional.of(new Parameter(singular, dimension, null));
      }
    }
    // a plural the vocabulary does not know names the goods ("fibres of more than 400 m"), not a value
    // (a singular in -us, -is or -ss is not a plural: modulus, radius, axis, thickness)
    if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && !name.endsWith("is")) {
      return Optional.empty();
    }
    return Optional.of(new Parameter(name, dimension, null));
  }

  /**
   * The words that name a value right before {@code to} (see {@link #namedBefore}), or null when
   * no content word is left or the words only say that the item works there.
   */
  private static String nameBefore(String norm, int from, int to) {
    List<String> words = new ArrayList<>();
    int i = to;
    while (words.size() < 4) {
      int end = i;
      while (end > from && Character.isWhitespace(norm.charAt(end - 1))) {
        end--;
      }
      if ((words.isEmpty() || words.equals(List.of("of"))) && end > from && norm.charAt(end - 1) == ')') {
        // "a turn-on current rate of rise (di/dt) greater than", "a coupling factor (k) of more than": the
        // name's abbreviation in brackets stands between the name and its comparator
        int open = norm.lastIndexOf('(', end - 1);
        if (open >= from && end - open <= MAX_ABBREVIATION && norm.indexOf(')', open) == end - 1 && open > from
            && norm.substring(open + 1, end - 1).strip().indexOf(' ') < 0) {
          words.clear();
          i = open;
          continue;
        }
        // "High homogeneity (index of refraction variance) less than": a bracket of words is the name
        String inner = open >= from ? norm.substring(open + 1, end - 1).strip() : "";
        if (words.isEmpty() && inner.length() > MAX_ABBREVIATION && inner.matches("[\\p{L} -]+")
            && inner.split("\\s+").length <= 4) {
          return inner;
        }
      }
      int begin = end;
      while (begin > from && (Character.isLetter(norm.charAt(begin - 1)) || norm.charAt(begin - 1) == '-')) {
        begin--;
      }
      if (begin == end) {
        break;
      }
      String w = norm.substring(begin, end);
      if (NAME_STOPS.contains(w) || w.startsWith("-")) {
        break;
      }
      words.add(0, w);
      i = begin;
    }
    // "temperatures in the range of 293 K to 473 K", "the frequency band": such a word says where the
    // value lies, not what it is; the words before it (if any) name it
    while (!words.isEmpty() && (WHERE_WORDS.contains(words.get(words.size() - 1))
        || NAME_EDGES.contains(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    while (!words.isEmpty() && NAME_EDGES.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && NAME_EDGES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty() || words.stream().allMatch(w -> w.length() < 3)) {
      return null;
    }
    // "rated for operation above 90 GHz", "capable of operating above 1473 K": the words say that the
    // item works there, so the value is the dimension's own (an operating frequency or temperature)
    if (words.stream().allMatch(OPERATION_WORDS::contains)) {
      return null;
    }
    return String.join(" ", words);
  }

  /**
   * Whether a comparator phrase gives its direction by "better" alone ("99,5 % or better", "better than
   * 1 %"), so that the parameter decides it; "greater (better) than" and "less (better) than" state it.
   */
  private static boolean saysOnlyBetter(String phrase) {
    return phrase.contains("better") && !DIRECTION_WORD.matcher(phrase).find();
  }

  private static final Pattern DIRECTION_WORD = Pattern.compile(
      "\\b(?:greater|more|higher|larger|longer|faster|wider|less|lower|smaller|fewer|shorter|narrower|exceed\\w*)\\b");

  /**
   * Where the clause that starts at {@code from} ends for a name that follows a value: at most 20
   * characters on, cut at a punctuation mark or a word that links to another value.
   */
  private static int clauseEnd(String norm, int from) {
    int to = Math.min(norm.length(), from + 20);
    Matcher m = CLAUSE_BREAK.matcher(norm).region(from, to);
    return m.find() ? m.start() : to;
  }

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(?:and|or|with|having|at|when|for)\\b");

  // words that end a parameter's name looking back from its comparator
  static final Set<String> NAME_STOPS = Set.of(
      "having", "with", "a", "an", "the", "and", "or", "which", "that", "for", "at", "in", "on", "by", "to", "from",
      "is", "are", "be", "being", "has", "have", "its", "their", "any", "all", "each", "both", "either", "when",
      "where", "whose", "than", "as", "not", "no", "capable", "designed", "rated", "specified", "using", "used",
      "measured", "providing", "giving", "achieving", "producing", "exceeding", "equal", "per", "between", "over",
      "under", "within", "following", "other", "one", "two", "three", "four", "more", "less", "but", "yet",
      "up", "down", "only", "also", "then", "if", "so", "e", "g", "i", "ie", "eg", "including", "excluding",
      // verbs that say what the goods hold or do: "a device containing less than 1 g" names no quantity
      "containing", "consisting", "comprising", "incorporating", "supporting");
  // words a name neither starts nor ends with
  static final Set<String> NAME_EDGES = Set.of("of", "total", "maximum", "minimum", "typical", "nominal");

  private static int windowStart(String norm, int previousEnd, int quantityStart) {
    int from = Math.max(previousEnd, quantityStart - WINDOW);
    for (int i = quantityStart - 1; i >= from; i--) {
      char c = norm.charAt(i);
      if (c == ';' || c == '\n') {
        return i + 1;
      }
    }
    return Math.max(0, from);
  }

  private static List<Piece> pieces(ScannedText scan, List<Bound> bounds) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < bounds.size(); i++) {
      Bound a = bounds.get(i);
      if (a.found().range().isPresent()) {
        QuantityRange r = a.found().range().get();
        pieces.add(new Piece(either(a, p -> new Range(p, r, a.outside(), scan.slice(a.start(), a.end()), a.entire())),
            a.start(), a.end(), a.parameter()));
        continue;
      }
      if (a.comparison() == null) {
        continue; // a test condition such as "at 293 K", not a threshold
      }
      Quantity low = a.found().quantity().orElseThrow();
      if (a.comparison().isLowerBound() && i + 1 < bounds.size()) {
        Bound b = bounds.get(i + 1);
        if (b.comparison() != null && !b.comparison().isLowerBound() && b.found().quantity().isPresent()
            && b.found().dimension() == a.found().dimension()
            && (b.parameter().equals(a.parameter()) || !b.named() || (b.alternative() != null && !a.named()))
            && b.start() >= a.end()
            && RANGE_JOIN.matcher(scan.normalised.substring(a.end(), b.start())).matches()) {
          Quantity high = b.found().quantity().get();
          if (low.toSi() <= high.toSi()) {
            QuantityRange r = new QuantityRange(low, a.comparison() == Comparison.AT_LEAST,
                high, b.comparison() == Comparison.AT_MOST);
            // "exceeding 0,15 m but not exceeding 1 m in diameter or major axis length": the names after the
            // upper bound name the range
            Bound named = b.alternative() != null && !a.named() ? b : a;
            pieces.add(new Piece(either(named, p -> new Range(p, r, false, scan.slice(a.start(), b.end()))),
                a.start(), b.end(), named.parameter()));
            i++;
            continue;
          }
        }
      }
      if (!a.comparison().isLowerBound() && i + 1 < bounds.size()) {
        // "less than 193 nm but equal to or greater than 15 nm": the upper bound written first
        Bound b = bounds.get(i + 1);
        if (b.comparison() != null && b.comparison().isLowerBound() && b.found().quantity().isPresent()
            && b.found().dimension() == a.found().dimension()
            && (b.parameter().equals(a.parameter()) || !b.named())
            && b.start() >= a.end()
            && RANGE_JOIN.matcher(scan.normalised.substring(a.end(), b.start())).matches()) {
          Quantity bottom = b.found().quantity().get();
          if (bottom.toSi() <= low.toSi()) {
            QuantityRange r = new QuantityRange(bottom, b.comparison() == Comparison.AT_LEAST,
                low, a.comparison() == Comparison.AT_MOST);
            pieces.add(new Piece(new Range(a.parameter(), r, false, scan.slice(a.start(), b.end())),
                a.start(), b.end(), a.parameter()));
            i++;
            continue;
          }
        }
      }
      pieces.add(new Piece(either(a, p -> new Threshold(p, a.comparison(), low, scan.slice(a.start(), a.end()))),
          a.start(), a.end(), a.parameter()));
    }
    return pieces;
  }

  /** The bound's criterion on its parameter, or on either of its two names. */
  private static Criterion either(Bound b, java.util.function.Function<Parameter, Criterion> on) {
    Criterion first = on.apply(b.parameter());
    return b.alternative() == null ? first : new AnyOf(List.of(first, on.apply(b.alternative())));
  }

  private static Criterion combine(List<Piece> pieces, String norm) {
    if (pieces.isEmpty()) {
      return null;
    }
    List<List<Piece>> groups = new ArrayList<>();
    groups.add(new ArrayList<>());
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (i > 0) {
        Piece prev = pieces.get(i - 1);
        String gap = p.start() > prev.end() ? OR_IDIOM.matcher(norm.substring(prev.end(), p.start())).replaceAll(" ") : "";
        if (OR.matcher(gap).find() && !AND.matcher(gap).find()) {
          groups.add(new ArrayList<>());
        }
      }
      groups.get(groups.size() - 1).add(p);
    }
    if (groups.size() == 1) {
      return all(groups.get(0));
    }
    // conditions after the last alternative that the first does not share hold for every alternative
    List<Piece> hoisted = new ArrayList<>();
    List<Piece> first = groups.get(0);
    List<Piece> last = groups.get(groups.size() - 1);
    Set<Parameter> firstParameters = new LinkedHashSet<>();
    first.forEach(p -> firstParameters.add(p.parameter()));
    while (last.size() > first.size() && !firstParameters.contains(last.get(last.size() - 1).parameter())) {
      hoisted.add(0, last.remove(last.size() - 1));
    }
    List<Criterion> alternatives = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (List<Piece> g : groups) {
      Criterion c = all(g);
      if (seen.add(c.describe())) {
        alternatives.add(c);
      }
    }
    Criterion any = alternatives.size() == 1 ? alternatives.get(0) : new AnyOf(alternatives);
    if (hoisted.isEmpty()) {
      return any;
    }
    List<Criterion> together = new ArrayList<>();
    together.add(any);
    hoisted.forEach(p -> together.add(p.criterion()));
    return new AllOf(together);
  }

  private static Criterion all(List<Piece> group) {
    // the same condition written twice (a bound repeated in brackets or in a second clause) counts once
    List<Criterion> distinct = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Piece p : group) {
      if (seen.add(p.criterion().describe())) {
        distinct.add(p.criterion());
      }
    }
    return distinct.size() == 1 ? distinct.get(0) : new AllOf(distinct);
  }

  // ---- features

  private static Feature feature(String text) {
    if (NOT_USED.matcher(text).matches()) {
      return null;
    }
    String description = withoutTrailer(text.strip());
    if (description.isEmpty() || description.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    if (description.length() > MAX_FEATURE_LENGTH) {
      description = description.substring(0, MAX_FEATURE_LENGTH) + "...";
    }
    Set<String> keywords = new LinkedHashSet<>();
    for (int[] q = nextQuoted(description, 0); q != null; q = nextQuoted(description, q[1] + 1)) {
      keywords.add(description.substring(q[0], q[1]).toLowerCase(Locale.ROOT).strip());
    }
    int at = 0;
    while (keywords.size() < 12) {
      int[] word = nextWord(description, at);
      if (word == null) {
        break;
      }
      String w = description.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
      if (!STOP.contains(w)) {
        keywords.add(w);
      }
      at = word[1];
    }
    return new Feature(description, List.copyOf(keywords));
  }

  /**
   * {@code [start, end]} of the next keyword candidate from {@code from}, or null: what the pattern
   * {@code [\p{L}][\p{L}\-]{3,}} finds (a letter, then letters and hyphens, four code points at
   * least), scanned by hand because the pattern ran at every position of every provision.
   */
  private static int[] nextWord(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i + Character.charCount(cp);
      int count = 1;
      while (j < n) {
        int next = text.codePointAt(j);
        if (next != '-' && !Character.isLetter(next)) {
          break;
        }
        j += Character.charCount(next);
        count++;
      }
      if (count >= 4) {
        return new int[] {i, j};
      }
      // every later start inside this run is shorter still: go on after it
      i = j;
    }
    return null;
  }

  /** Whether {@code text} holds {@code word} in any case: true whenever the ASCII-only (?i) of a pattern finds it. */
  private static boolean containsIgnoringCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code [start, end]} of the words inside the next quotation from {@code from}, or null: what
   * the pattern {@code [QUOTES]([^QUOTES]{3,60})[QUOTES]} finds (any of the quote marks
   * {@code " “ ” ' ‘ ’}, 3 to 60 code points that are none of them, another quote mark), scanned by
   * hand. The quoted words run to the first quote mark after the opening one, so a run that is too
   * short, too long or never closed yields nothing and the search goes on at that next quote mark.
   */
  private static int[] nextQuoted(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (QUOTE_MARKS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int j = i + 1;
      int count = 0;
      while (j < n && QUOTE_MARKS.indexOf(text.charAt(j)) < 0 && count <= 60) {
        j += Character.charCount(text.codePointAt(j));
        count++;
      }
      if (j < n && count >= 3 && count <= 60 && QUOTE_MARKS.indexOf(text.charAt(j)) >= 0) {
        return new int[] {i + 1, j};
      }
    }
    return null;
  }


  private static String withoutTrailer(String text) {
    String s = text;
    String previous;
    do {
      previous = s;
      s = withoutTrailingPunctuation(s);
      s = withoutTrailingConjunction(s);
      s = withoutTrailingAsFollows(s);
    } while (!s.equals(previous));
    return s;
  }

  /** {@code TRAILING_CONJUNCTION.matcher(s).replaceFirst("")} by hand (see {@link #withoutTrailingPunctuation}). */
  private static String withoutTrailingConjunction(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    if (isLineTerminator(s.charAt(end - 1))) {
      return TRAILING_CONJUNCTION.matcher(s).replaceFirst("");
    }
    int word;
    if (endsWithAsciiIgnoringCase(s, "or")) {
      word = end - 2;
    } else if (endsWithAsciiIgnoringCase(s, "and")) {
      word = end - 3;
    } else {
      return s;
    }
    int i = spacesBefore(s, word);
    return i == word ? s : s.substring(0, i);
  }

  /** {@code TRAILING_AS_FOLLOWS.matcher(s).replaceFirst("")} by hand (see {@link #withoutTrailingPunctuation}). */
  private static String withoutTrailingAsFollows(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    if (isLineTerminator(s.charAt(end - 1))) {
      return TRAILING_AS_FOLLOWS.matcher(s).replaceFirst("");
    }
    if (!endsWithAsciiIgnoringCase(s, "follows")) {
      return s;
    }
    int follows = end - "follows".length();
    int as = spacesBefore(s, follows);
    if (as == follows || as < 2 || !regionIsAsciiIgnoringCase(s, as - 2, "as")) {
      return s;
    }
    int start = spacesBefore(s, as - 2);
    if (start > 0 && s.charAt(start - 1) == ',') {
      start--;
    }
    return s.substring(0, start);
  }

  /** The start of the run of regex spaces that ends at {@code end} ({@code end} itself when there is none). */
  private static int spacesBefore(String s, int end) {
    int i = end;
    while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean endsWithAsciiIgnoringCase(String s, String lowerWord) {
    return s.length() >= lowerWord.length() && regionIsAsciiIgnoringCase(s, s.length() - lowerWord.length(), lowerWord);
  }

  /** Case folded as a pattern's (?i) folds it: ASCII letters only. */
  private static boolean regionIsAsciiIgnoringCase(String s, int from, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = s.charAt(from + k);
      char w = lowerWord.charAt(k);
      if (c != w && c != (char) (w - 'a' + 'A')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * {@code TRAILING_PUNCTUATION.matcher(s).replaceFirst("")} by hand: the run of spaces and
   * {@code ;:,.} at the end goes. Only a text ending in one of the other line terminators (where "$"
   * also matches before it) goes to the pattern itself.
   */
  private static String withoutTrailingPunctuation(String s) {
    int end = s.length();
    if (end == 0) {
      return s;
    }
    char last = s.charAt(end - 1);
    if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return TRAILING_PUNCTUATION.matcher(s).replaceFirst("");
    }
    int i = end;
    while (i > 0 && isTrailingPunctuation(s.charAt(i - 1))) {
      i--;
    }
    return i == end ? s : s.substring(0, i);
  }

  private static boolean isTrailingPunctuation(char c) {
    return isRegexSpace(c) || c == ';' || c == ':' || c == ',' || c == '.';
  }

  /** What "\\s" matches in a pattern without the Unicode flag. */
  private static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;

/**
 * The name a provision gives a value in its own words, when the vocabulary of {@link Parameters}
 * finds none nearest: the words right before its comparator ("a radius of curvature less than
 * 1 mm"), the words a list's introducing line starts with, two names joined by "or" that one bound
 * holds for ("diameter or major axis length greater than 50 mm"), and where the clause of a name
 * written after a value ends.
 *
 * <p>Apart from {@link BoundReader} because the same rules for where a name starts and ends ({@link
 * #NAME_STOPS}, {@link #NAME_EDGES}) serve the lead-ins ({@link LeadIn#of}) and the quoted names
 * ({@link QuotedNames}) too. Stateless and thread-safe.
 */
final class ValueNames {
  private static final int MAX_ABBREVIATION = 12;

  private static final Pattern PLURAL_QUANTITY = Pattern.compile(
      "(value|ratio|factor|coefficient|constant|level|rate|index|fraction|loading)(?:s|es)$");

  private static final String NAME_WORDS = "((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)";
  private static final Pattern OR_NAMES_BEFORE = Pattern.compile(
      "(?<![\\p{L}-])" + NAME_WORDS + "\\s+or\\s+" + NAME_WORDS + "(?:\\s+of)?\\s*$");
  private static final Pattern OR_NAMES_AFTER = Pattern.compile(
      "^\\s*in\\s+" + NAME_WORDS + "\\s+or\\s+" + NAME_WORDS + "\\s*(?=[,;.:]|\\s+(?:and|or|with|having)\\b|$)");

  private ValueNames() {}

  /** Up to four words from the start of {@code text}, to a bracket, a punctuation mark or a linking word. */
  static String nameAfter(String text) {
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
  static Parameter leadParameter(String name, Dimension dimension) {
    for (String candidate : List.of(name, name.replaceAll("ies$", "y"), name.replaceAll("s$", ""))) {
      Optional<Parameter> known = Parameters.lookup(candidate, dimension);
      if (known.isPresent()) {
        return known.get();
      }
    }
    return new Parameter(name, dimension, null);
  }

  /**
   * The two names of "A or B" written right before a comparator (or as "in A or B" right after a
   * value), when each names a quantity of {@code dimension}: the vocabulary knows it, or the word it
   * ends with ("major axis length" ends with "length"). Null otherwise.
   */
  static Parameter[] alternativeNames(String window, Dimension dimension, boolean before) {
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
      // "rates" and "levels" alone or after one word are too common to name a quantity ("flow rates",
      // "at levels of"); after two words they do ("loop closure rates", "metallic purity levels")
      if (!plural.group(1).equals("rate") && !plural.group(1).equals("level")
          || singular.split(" ").length >= 3) {
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

  // head nouns that say how well a quantity is held or known, not how much of it there is: "frequency
  // stability" in MHz is no operating frequency, "rate resolution" in degrees/s no angular rate
  private static final Set<String> QUALITY_HEADS = Set.of("stability", "resolution", "accuracy", "uncertainty",
      "error", "drift", "linearity", "deviation", "ripple", "jitter", "spread", "selectivity", "uniformity",
      "tolerance", "repeatability");
  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

  /**
   * The name the text writes for a value when the vocabulary's word nearest before it only modifies
   * that name: English noun phrases end with their head noun, and a word of the vocabulary followed by
   * a head that says how well the quantity is held ({@link #QUALITY_HEADS}: "'Laser' frequency
   * stability equal to or less than 10 MHz", "a rate resolution equal to or less than 6 degrees/s")
   * names that quality, in the quantity's unit. Empty when the vocabulary's word is the name.
   */
  static Optional<Parameter> widerName(String norm, int from, int to, Mentions.Mention mention, Dimension dimension) {
    if (mention.end() > to || mention.start() < from) {
      return Optional.empty();
    }
    Matcher w = WORD.matcher(norm).region(mention.end(), to);
    int headEnd = -1;
    int words = 0;
    int last = mention.end();
    while (w.find()) {
      String word = w.group();
      boolean onlySpace = norm.substring(last, w.start()).isBlank();
      last = w.end();
      if (NAME_STOPS.contains(word) || NAME_EDGES.contains(word)) {
        break;
      }
      if (!onlySpace || ++words > 2) {
        return Optional.empty();
      }
      headEnd = QUALITY_HEADS.contains(word) ? w.end() : -1;
    }
    if (headEnd < 0) {
      return Optional.empty();
    }
    return namedBefore(norm, mention.start(), headEnd, dimension).filter(p -> !p.equals(mention.parameter()));
  }

  /**
   * The words that name a value right before {@code to} (see {@link #namedBefore}), or null when
   * no content word is left or the words only say that the item works there.
   */
  static String nameBefore(String norm, int from, int to) {
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
      // "charge/discharge cycle life", "on/off ratio": a slash between letters joins one word
      while (begin > from && (Character.isLetter(norm.charAt(begin - 1)) || norm.charAt(begin - 1) == '-'
          || norm.charAt(begin - 1) == '/' && begin - 1 > from && begin < end
              && Character.isLetter(norm.charAt(begin - 2)))) {
        begin--;
      }
      if (begin == end) {
        break;
      }
      String w = norm.substring(begin, end);
      int place = placeBefore(norm, from, begin, w);
      if (!words.isEmpty() && place >= 0) {
        // "'measurement uncertainty' along any linear axis equal to or less than", "an initiation timing spread
        // over the surface of less than": the words after the preposition say where the value is taken; the
        // name is the one before them
        words.clear();
        i = place;
        continue;
      }
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

  private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?<![\\p{L}-])(?:along|over|across)\\s+$");
  private static final Set<String> PLACE_DETERMINERS = Set.of("any", "the", "each", "every");

  /**
   * Where the words before a place phrase end ("along any", "over the", "across each"), when {@code word} at
   * {@code begin} is the phrase's determiner and a word precedes the preposition; -1 otherwise.
   */
  private static int placeBefore(String norm, int from, int begin, String word) {
    if (!PLACE_DETERMINERS.contains(word)) {
      return -1;
    }
    Matcher m = PLACE_PREPOSITION.matcher(norm).region(Math.max(from, begin - 10), begin);
    if (!m.find()) {
      return -1;
    }
    int before = m.start();
    while (before > from && Character.isWhitespace(norm.charAt(before - 1))) {
      before--;
    }
    return before > from && Character.isLetter(norm.charAt(before - 1)) ? m.start() : -1;
  }

  /**
   * Where the clause that starts at {@code from} ends for a name that follows a value: at most 20
   * characters on, cut at a punctuation mark or a word that links to another value.
   */
  static int clauseEnd(String norm, int from) {
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
}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.AnnexUnits;
import org.dualuse.core.quantity.Units;

/**
 * Counts the annex writes with the counted thing after its qualifiers: "five or more simultaneous
 * contouring axes", "2 or more contouring rotary axes", "more than 1 500 terminals". The quantity
 * finder reads a count only when the noun follows the number ("5-axis", "144 pins"); here the number
 * (a numeral or a word up to twelve) and the counted noun may have up to four words between them,
 * and the words before the noun name the parameter ("simultaneous contouring axes").
 *
 * <p>The nouns that have a count dimension of their own (axes, qubits, channels, terminals, elements)
 * give a count in that dimension ({@link #find}); a compared count of any other things ("three or more
 * rollers", "more than 200 actuators") is a pure number named "number of" the things
 * ({@link #findOthers}). Stateless and thread-safe.
 */
final class CountPhrases {

  /** A count found in text: the number as a quantity (spanning the number only) and the thing's name. */
  record Count(FoundQuantity quantity, String name) {}

  private static final Map<String, Unit> NOUNS = Map.of(
      "axes", AnnexUnits.AXES, "axis", AnnexUnits.AXES,
      "qubits", AnnexUnits.QUBITS, "qubit", AnnexUnits.QUBITS,
      "channels", AnnexUnits.CHANNELS,
      "terminals", AnnexUnits.TERMINALS,
      "elements", AnnexUnits.ELEMENTS);

  // numerals as words, by value: the annex writes small counts in words ("twenty or more ... elements")
  private static final List<String> WORDS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+|" + String.join("|", WORDS) + ")"
          + "(?:\\s+or\\s+(?:more|fewer|less|greater))?[,\\s]+"
          // quoted qualifiers may be listed: "100, 'fully controlled', 'connected' and 'working' 'physical qubits'"
          + "((?:[\\p{L}'\"‘’“”-]+,?\\s+){0,8}?)"
          + "(axes|axis|qubits|qubit|channels|terminals|elements)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // words that end a count's qualifiers looking back from the noun: they link, they do not name
  private static final List<String> NOT_NAMES = List.of(
      "and", "or", "with", "having", "of", "the", "a", "an", "which", "that", "more", "fewer", "less", "greater",
      "than", "are", "is", "be", "can", "may");

  private static final Pattern COORDINATED = Pattern.compile(
      "\\s+(?:which|that)\\s+can\\s+be\\s+coordinated\\s+simultaneously", Pattern.CASE_INSENSITIVE);
  // the same said before the count: "capable of co-ordinating simultaneously more than four axes for 'contouring
  // control'" (2D002)
  private static final Pattern COORDINATING = Pattern.compile(
      "co-?ordinat(?:ing|es?|ed)\\s+simultaneously\\s+(?:more\\s+than\\s+|at\\s+least\\s+|up\\s+to\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ONE_OR_MORE = Pattern.compile("(?:one|1)\\s+or\\s+more\\b", Pattern.CASE_INSENSITIVE);
  private static final String QUOTES = "\"'‘’“”";

  private CountPhrases() {}

  // "34 or more, but fewer than 100 ... 'physical qubits'": the lower bound counts the same thing
  private static final Pattern SHARED_LOWER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d+|" + String.join("|", WORDS) + ")\\s+or\\s+more,?\\s+but\\s+(?:fewer|less)\\s+than\\s*$",
      Pattern.CASE_INSENSITIVE);

  // "three or four axes": a second count after "or" in the words before the counted noun
  private static final Pattern EITHER_COUNT = Pattern.compile(
      "or\\s+(\\d+|" + String.join("|", WORDS) + ")\\s+", Pattern.CASE_INSENSITIVE);

  /** The counts of {@code text} whose number no quantity of {@code found} already covers, in order. */
  static List<Count> find(String text, List<FoundQuantity> found) {
    List<Count> out = new ArrayList<>();
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (overlaps(found, start, m.end())) {
        continue;
      }
      double value = value(m.group(1));
      if (value == 1 && ONE_OR_MORE.matcher(m.group()).lookingAt()) {
        continue; // "along one or more linear axis": any axis, not a count to meet
      }
      Unit unit = NOUNS.get(m.group(3).toLowerCase(Locale.ROOT));
      FoundQuantity q = new FoundQuantity(Quantity.of(value, unit), start, end, text.substring(start, end), List.of());
      String name = name(m.group(2), m.group(3));
      // "five or more axes which can be coordinated simultaneously for contouring control"
      if (COORDINATED.matcher(text).region(m.end(), text.length()).lookingAt()
          || COORDINATING.matcher(text).region(Math.max(0, start - 60), start).find()) {
        name = "simultaneous contouring axes";
      }
      Matcher either = EITHER_COUNT.matcher(m.group(2));
      if (either.lookingAt() && value(either.group(1)) > value) {
        // "three or four axes which can be coordinated simultaneously": either count, a closed range
        String rest = m.group(2).substring(either.end());
        String rangeName = name.equals("simultaneous contouring axes") ? name : name(rest, m.group(3));
        int high = m.start(2) + either.end(1);
        FoundQuantity range = new FoundQuantity(QuantityRange.closed(Quantity.of(value, unit),
            Quantity.of(value(either.group(1)), unit)), start, high, text.substring(start, high), List.of());
        out.add(new Count(range, rangeName));
        continue;
      }
      Matcher lower = SHARED_LOWER.matcher(text).region(Math.max(0, start - 60), start);
      if (lower.find() && !overlaps(found, lower.start(1), lower.end(1))) {
        FoundQuantity low = new FoundQuantity(Quantity.of(value(lower.group(1)), unit), lower.start(1), lower.end(1),
            lower.group(1), List.of());
        out.add(new Count(low, name));
      }
      out.add(new Count(q, name));
    }
    return out;
  }

  // any other counted thing: a number compared by the words before it or by "or more" / "or fewer"
  // (after the number or after the noun), up to three qualifiers, and a plural noun: "three or more
  // rollers", "more than 200 actuators", "in two planes or more", "5 or more fibre 'lasers'"
  private static final Pattern OTHER_COUNT = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+|" + String.join("|", WORDS) + ")"
          + "((?:\\s+or\\s+(?:more|fewer|less|greater))?)\\s+"
          + "((?:[\\p{L}'\"‘’“”/-]+\\s+){0,4}?)"
          + "['\"‘’“”]?(\\p{L}[\\p{L}/-]*[^\\Wsui]s)['\"‘’“”]?(?![\\p{L}\\d-])"
          + "((?:\\s+or\\s+(?:more|fewer|less|greater)(?![\\p{L}]))?)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMPARATOR_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:more|greater|fewer|less|higher|larger)\\s+than\\s*$|(?<![\\p{L}])(?:at\\s+least|up\\s+to|minimum\\s+of"
          + "|maximum\\s+of|exceeding|not\\s+exceeding)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATE_AFTER = Pattern.compile("['\"‘’“”]?\\s+per\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALUE_OF = Pattern.compile("['\"’”]\\s*of\\s*$", Pattern.CASE_INSENSITIVE);
  // plurals that do not name counted things: "100 or more times the bandwidth", "1 part in 1000"
  private static final java.util.Set<String> NOT_THINGS = java.util.Set.of("times", "parts", "others", "orders",
      "steps", "years", "days", "hours", "minutes", "seconds", "decades", "octaves", "grammes", "grams", "digits");
  private static final java.util.Set<String> NOT_QUALIFIERS = java.util.Set.of("and", "or", "of", "the", "a", "an",
      "with", "having", "which", "that", "in", "on", "at", "for", "to", "by", "than", "more", "less", "per", "from");

  /**
   * The counts of other things than those with a count dimension, in order: the number as a pure
   * quantity (unit 1) and the name "number of" the counted thing. Only a compared number counts;
   * {@code found} and {@code counts} (the counts of {@link #find}) keep their numbers.
   */
  static List<Count> findOthers(String text, List<FoundQuantity> found, List<Count> counts) {
    List<Count> out = new ArrayList<>();
    Matcher m = OTHER_COUNT.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.start(1) + 1;
      int start = m.start(1);
      int end = m.end(1);
      if (overlaps(found, start, m.end(4)) || counts.stream().anyMatch(c -> c.quantity().start() == start)) {
        continue;
      }
      String noun = m.group(4).toLowerCase(Locale.ROOT);
      if (NOT_THINGS.contains(noun) || noun.length() < 4 || NOUNS.containsKey(noun) || Units.lookup(noun).isPresent()
          || RATE_AFTER.matcher(text).region(m.end(4), text.length()).lookingAt()
          || VALUE_OF.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
        // a unit ("two litres"), a rate ("5 flashes per second"), or a value counted in the things that
        // a quoted name before it measures ("a 'low cycle fatigue life' of 10000 cycles or more")
        continue;
      }
      boolean compared = !m.group(2).isEmpty() || !m.group(5).isEmpty()
          || COMPARATOR_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
      if (!compared) {
        continue;
      }
      List<String> qualifiers = new ArrayList<>();
      for (String w : m.group(3).strip().split("\\s+")) {
        String bare = w.toLowerCase(Locale.ROOT).replaceAll("[\"'‘’“”]", "");
        if (bare.isEmpty()) {
          continue;
        }
        if (NOT_QUALIFIERS.contains(bare)) {
          qualifiers.clear(); // "ether or thio-ether functions": the words after the link
          continue;
        }
        qualifiers.add(bare);
      }
      qualifiers.add(noun);
      double value = value(m.group(1));
      if (value == 1 && ONE_OR_MORE.matcher(m.group()).lookingAt()) {
        continue;
      }
      FoundQuantity q = new FoundQuantity(Quantity.of(value, Units.ONE), start, end, text.substring(start, end),
          List.of());
      out.add(new Count(q, "number of " + String.join(" ", qualifiers)));
      from = m.end(4);
    }
    return out;
  }

  // "more than one metal source", "in more than one dimension": the noun after "one" is singular
  private static final Pattern MORE_THAN_ONE = Pattern.compile(
      "(?<![\\p{L}])(?:more|greater)\\s+than\\s+(one)\\s+((?:(?!(?:of|and|or|with|in|for|the|a|an|to|per|on|at)\\s)[\\p{L}-]+\\s+){0,2})"
          + "([\\p{L}-]{3,}[^\\Ws])"
          + "(?=\\s*[,;.:)]|\\s*$|\\s+(?:of|which|that|with|having|and|or|in|for|is|are|to|per|on|at)(?![\\p{L}]))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // what may stand before "more than one": the start of a clause or a word that gives the goods what is
  // counted ("having more than one", "in more than one dimension"); after a verb of what a part does
  // ("devices that control more than one hydrophone group") the count describes that part, not the goods
  private static final Pattern COUNT_CONTEXT = Pattern.compile(
      "(?:^|[,;:(]|(?<![\\p{L}])(?:in|with|having|of|incorporating|containing|employing|using|and|or))\\s*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * The counts "more than one" thing states, as a pure number 1 named "number of" the things (the noun
   * made plural): "more than one metal source" is a number of metal sources greater than 1. A noun that
   * names a unit ("more than one octave") is no counted thing.
   */
  static List<Count> findMoreThanOne(String text, List<FoundQuantity> found, List<Count> counts) {
    List<Count> out = new ArrayList<>();
    Matcher m = MORE_THAN_ONE.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      String noun = m.group(3).toLowerCase(Locale.ROOT);
      if (!COUNT_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
          || overlaps(found, start, m.end(3)) || counts.stream().anyMatch(c -> c.quantity().start() == start)
          || Units.lookup(noun).isPresent() || NOT_THINGS.contains(noun + "s") || NOUNS.containsKey(noun)) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : m.group(2).strip().split("\\s+")) {
        String bare = w.toLowerCase(Locale.ROOT);
        if (bare.isEmpty()) {
          continue;
        }
        if (NOT_QUALIFIERS.contains(bare)) {
          words.clear();
          continue;
        }
        words.add(bare);
      }
      words.add(noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies"
          : noun.matches(".*(?:s|x|ch|sh)$") ? noun + "es" : noun + "s");
      FoundQuantity q = new FoundQuantity(Quantity.of(1, Units.ONE), start, end, text.substring(start, end), List.of());
      out.add(new Count(q, "number of " + String.join(" ", words)));
    }
    return out;
  }

  /** The quantities of {@code found} and the counts' numbers, in the order of the text. */
  // "QAM techniques above level 1024", "more than 1 024-state QAM": the number of states of a quadrature
  // amplitude modulation's constellation; the value is read from "level" so that the comparator before it applies
  private static final Pattern QAM_LEVEL = Pattern.compile(
      "(?:QAM|quadrature[- ]amplitude[- ]modulation)\\W[^;.]{0,40}?(?<![\\p{L}])(level\\s+(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+))"
          + "|(?<![\\p{L}\\d])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)['’]?-state\\s+(?:QAM|quadrature)",
      Pattern.CASE_INSENSITIVE);
  // "having 5 degrees of 'freedom of movement' or more": a count of degrees of freedom, not an angle
  private static final Pattern DEGREES_OF_FREEDOM = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d+|" + String.join("|", WORDS) + ")\\s+degrees\\s+of\\s+['\"‘’“”]?freedom"
          + "(\\s+of\\s+movement)?['\"‘’“”]?",
      Pattern.CASE_INSENSITIVE);

  /**
   * The counts a name of their own gives, which the general counts do not read: the level of a QAM
   * ("above level 1024", "1 024-state QAM", named "QAM level") and degrees of freedom ("5 degrees of
   * 'freedom of movement' or more"). A quantity the finder read in the same words ("5 degrees", an angle)
   * is the count's, not a value of its own: see {@link #withoutOverlapped}.
   */
  static List<Count> findNamed(String text) {
    List<Count> out = new ArrayList<>();
    Matcher m = QAM_LEVEL.matcher(text);
    while (m.find()) {
      boolean level = m.group(1) != null;
      int start = level ? m.start(1) : m.start(3);
      int end = level ? m.end(1) : m.end(3);
      String digits = (level ? m.group(2) : m.group(3)).replaceAll("[ \\u00a0\\u202f]", "");
      out.add(new Count(new FoundQuantity(Quantity.of(Double.parseDouble(digits), Units.ONE), start, end,
          text.substring(start, end), List.of()), "qam level"));
    }
    Matcher d = DEGREES_OF_FREEDOM.matcher(text);
    while (d.find()) {
      out.add(new Count(new FoundQuantity(Quantity.of(value(d.group(1)), Units.ONE), d.start(1), d.end(),
          text.substring(d.start(1), d.end()), List.of()),
          d.group(2) == null ? "degrees of freedom" : "degrees of freedom of movement"));
    }
    return out;
  }

  /** {@code found} without the quantities that lie within a count of {@code named}. */
  static List<FoundQuantity> withoutOverlapped(List<FoundQuantity> found, List<Count> named) {
    if (named.isEmpty()) {
      return found;
    }
    List<FoundQuantity> kept = new ArrayList<>();
    for (FoundQuantity q : found) {
      if (named.stream().noneMatch(c -> q.start() < c.quantity().end() && c.quantity().start() < q.end())) {
        kept.add(q);
      }
    }
    return kept;
  }

  static List<FoundQuantity> merged(List<FoundQuantity> found, List<Count> counts) {
    if (counts.isEmpty()) {
      return found;
    }
    List<FoundQuantity> all = new ArrayList<>(found);
    counts.forEach(c -> all.add(c.quantity()));
    all.sort(Comparator.comparingInt(FoundQuantity::start));
    return all;
  }

  private static boolean overlaps(List<FoundQuantity> found, int start, int end) {
    for (FoundQuantity q : found) {
      if (q.start() < end && start < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static double value(String number) {
    int word = WORDS.indexOf(number.toLowerCase(Locale.ROOT));
    if (word >= 0) {
      return word;
    }
    return Double.parseDouble(number.replaceAll("[ \\u00a0\\u202f]", ""));
  }

  /** The qualifiers right before the noun (back to a linking word) and the noun, in lower case. */
  private static String name(String qualifiers, String noun) {
    List<String> words = new ArrayList<>();
    String[] split = qualifiers.strip().isEmpty() ? new String[0] : qualifiers.strip().split("\\s+");
    boolean quotedNoun = noun.length() > 0 && split.length > 0 && QUOTES.indexOf(split[split.length - 1].charAt(0)) >= 0;
    for (int i = split.length - 1; i >= 0; i--) {
      String raw = split[i];
      String w = raw.toLowerCase(Locale.ROOT).replaceAll("[\"'‘’“”,]", "");
      if (w.isEmpty() || NOT_NAMES.contains(w) || raw.endsWith(",")) {
        break;
      }
      words.add(0, w);
      if (quotedNoun && QUOTES.indexOf(raw.charAt(0)) >= 0) {
        break; // the quoted term that ends with the noun is the whole name: 'physical qubits'
      }
    }
    words.add(noun.toLowerCase(Locale.ROOT));
    return String.join(" ", words);
  }
}

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
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/**
 * Counts the annex writes with the counted thing after its qualifiers: "five or more simultaneous
 * contouring axes", "2 or more contouring rotary axes", "more than 1 500 terminals". The quantity
 * finder reads a count only when the noun follows the number ("5-axis", "144 pins"); here the number
 * (a numeral or a word up to twelve) and the counted noun may have up to four words between them,
 * and the words before the noun name the parameter ("simultaneous contouring axes").
 *
 * <p>A count is found only for the nouns that have a count dimension of their own (axes, qubits,
 * channels, terminals, elements): a count of other things has no unit a product fact could be
 * compared in. Stateless and thread-safe.
 */
final class CountPhrases {

  /** A count found in text: the number as a quantity (spanning the number only) and the thing's name. */
  record Count(FoundQuantity quantity, String name) {}

  private static final Map<String, Unit> NOUNS = Map.of(
      "axes", Units.AXES, "axis", Units.AXES,
      "qubits", Units.QUBITS, "qubit", Units.QUBITS,
      "channels", Units.CHANNELS,
      "terminals", Units.TERMINALS,
      "elements", Units.ELEMENTS);

  private static final List<String> WORDS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

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

  private static final Pattern ONE_OR_MORE = Pattern.compile("(?:one|1)\\s+or\\s+more\\b", Pattern.CASE_INSENSITIVE);
  private static final String QUOTES = "\"'‘’“”";

  private CountPhrases() {}

  // "34 or more, but fewer than 100 ... 'physical qubits'": the lower bound counts the same thing
  private static final Pattern SHARED_LOWER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d+|" + String.join("|", WORDS) + ")\\s+or\\s+more,?\\s+but\\s+(?:fewer|less)\\s+than\\s*$",
      Pattern.CASE_INSENSITIVE);

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
      if (COORDINATED.matcher(text).region(m.end(), text.length()).lookingAt()) {
        name = "simultaneous contouring axes";
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

  /** The quantities of {@code found} and the counts' numbers, in the order of the text. */
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

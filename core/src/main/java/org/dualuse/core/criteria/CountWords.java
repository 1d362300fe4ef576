package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.AnnexUnits;
import org.dualuse.core.quantity.Units;

/**
 * Counts of things a product text writes with a numeral or as an adjective, which the quantity
 * finder (reading "5-axis", "2 Achsen") does not: "two axes", "deux axes", "a due assi", "2
 * interpolierende Achsen", "three forming rollers", "eine Drückrolle" (a German compound names its
 * head, {@link GermanCompounds}), "einachsig", "zweiachsiger", "single-axis", "triaxial". The
 * numerals, counted nouns and compound stems are data ({@link FactWords}).
 *
 * <p>Axes are counted in the axis dimension: a bare count is the {@linkplain PhysicalParameters#NUMBER_OF_AXES
 * number of axes}; a count with qualifiers counts only the axes they name ("2 rotary axes" is no
 * machine's number of axes), so it takes the parameter the vocabulary knows by the qualified name
 * ("interpolierende Achsen") or else a parameter of that name, and a compound the vocabulary does
 * not know ("1 Rundachse") gives no fact. Any other thing is a pure number named "number of" the
 * thing ("number of rollers"), its qualifiers dropped: the annex counts rollers of every role. At
 * most {@value #MAX_QUALIFIERS} qualifiers, none of them a linking word ("one of the axes" is no
 * count). Stateless and thread-safe.
 */
final class CountWords {

  private static final int MAX_QUALIFIERS = 2;
  // words that link rather than qualify: a numeral before them is not the count of the noun after
  private static final Set<String> LINKS = Set.copyOf(List.of("of", "the", "and", "or", "with", "for", "per", "in", "on", "at",
      "to", "each", "der", "die", "das", "des", "den", "dem", "und", "oder", "mit", "für", "pro", "je", "von", "auf",
      "de", "la", "le", "les", "du", "des", "et", "ou", "avec", "par", "pour", "en", "di", "del", "della", "dei",
      "degli", "e", "o", "con", "su", "il", "lo", "gli", "ogni"));

  private static final Pattern NUMERAL_NOUN = numeralNoun();
  private static final Pattern ADJECTIVE = adjective();

  private CountWords() {}

  private static Pattern numeralNoun() {
    String numerals = FactWords.alternation(FactWords.bundled().numerals.keySet());
    return Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,2}|" + numerals + ")(?=\\s+\\p{L})");
  }

  private static final Pattern WORD = Pattern.compile("\\G\\s+(\\p{L}[\\p{L}-]*)(?![\\p{L}\\d])");

  private static Pattern adjective() {
    String stems = FactWords.alternation(FactWords.bundled().numeralStems.keySet());
    String counted = FactWords.alternation(FactWords.bundled().countedStems.keySet());
    return Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2}|" + stems + ")-?(" + counted + ")(\\p{L}{0,4})(?![\\p{L}\\d])");
  }

  /** The counts the scanned text states, in order, none where a quantity of the text already is. */
  static List<Fact> find(ScannedText scan) {
    String norm = scan.normalised;
    List<Fact> out = new ArrayList<>();
    Matcher m = NUMERAL_NOUN.matcher(norm);
    while (m.find()) {
      // the words after the numeral: qualifiers up to the first counted noun; a linking word ends the search
      List<String> qualifiers = new ArrayList<>();
      Matcher w = WORD.matcher(norm).region(m.end(), norm.length());
      while (w.find() && qualifiers.size() <= MAX_QUALIFIERS) {
        String word = w.group(1);
        String thing = thing(norm, w.start(1), w.end(1));
        if (thing != null) {
          Optional<Parameter> parameter = parameter(thing, qualifiers, word);
          if (parameter.isPresent()) {
            add(out, scan, parameter.get(), value(m.group(1)), m.start(1), w.end(1));
          }
          break;
        }
        if (LINKS.contains(word)) {
          break;
        }
        qualifiers.add(word);
        w.region(w.end(), norm.length());
      }
    }
    Matcher a = ADJECTIVE.matcher(norm);
    while (a.find()) {
      String thing = FactWords.bundled().countedStems.get(a.group(2));
      String number = a.group(1);
      Integer value = Character.isDigit(number.charAt(0)) ? Integer.valueOf(value(number))
          : FactWords.bundled().numeralStems.get(number);
      Optional<Parameter> parameter = parameter(thing, List.of(), thing);
      if (value != null && parameter.isPresent()) {
        add(out, scan, parameter.get(), value, a.start(), a.end());
      }
    }
    out.sort(Comparator.comparingInt(Fact::start));
    return out;
  }

  /** The counted thing a word is, itself or as the head of a German compound of a German noun; null when none. */
  private static String thing(String norm, int start, int end) {
    String word = norm.substring(start, end);
    String thing = FactWords.bundled().counted.get(word);
    if (thing != null) {
      return thing;
    }
    for (int head = start + 1; head < end; head++) {
      String tail = norm.substring(head, end);
      String t = FactWords.bundled().countedGerman.get(tail);
      if (t != null && GermanCompounds.endsCompound(norm, head, end)) {
        return t;
      }
    }
    return null;
  }

  private static Optional<Parameter> parameter(String thing, List<String> qualifiers, String written) {
    if (!thing.equals("axes")) {
      return Optional.of(new Parameter("number of " + thing, Dimension.RATIO, "What is the number of " + thing + "?"));
    }
    boolean compound = !FactWords.bundled().counted.containsKey(written);
    if (qualifiers.isEmpty() && !compound) {
      return Optional.of(PhysicalParameters.NUMBER_OF_AXES);
    }
    String name = String.join(" ", qualifiers) + (qualifiers.isEmpty() ? "" : " ") + written;
    Optional<Parameter> known = Parameters.lookup(name, Dimension.AXIS_COUNT);
    if (known.isPresent() || compound) {
      return known;
    }
    return Optional.of(new Parameter(String.join(" ", qualifiers) + " axes", Dimension.AXIS_COUNT,
        "How many " + String.join(" ", qualifiers) + " axes?"));
  }

  private static void add(List<Fact> out, ScannedText scan, Parameter parameter, int value, int start, int end) {
    if (value <= 0 || overlaps(scan.quantities, start, end) || out.stream().anyMatch(f -> f.start() < end && start < f.end())) {
      return;
    }
    Quantity q = Quantity.of(value, parameter.dimension() == Dimension.AXIS_COUNT ? AnnexUnits.AXES : Units.ONE);
    out.add(new Fact(parameter, q, List.of(), FactOrigin.NAMED_IN_TEXT, scan.slice(start, end).strip(), start, end));
  }

  private static int value(String number) {
    Integer word = FactWords.bundled().numerals.get(number);
    return word != null ? word : Integer.parseInt(number);
  }

  private static boolean overlaps(List<FoundQuantity> found, int start, int end) {
    for (FoundQuantity q : found) {
      if (q.start() < end && start < q.end()) {
        return true;
      }
    }
    return false;
  }
}

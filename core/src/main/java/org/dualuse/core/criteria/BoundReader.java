package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.ComparatorPhrases.Phrase;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;

/**
 * Reads the compared values of one text: every quantity found (counts and bare numbers included)
 * gets the comparator written just before or just after it ({@link ComparatorPhrases}) and the
 * parameter named nearest before it in the same clause, else after it, else the one last named for
 * its dimension, the lead-in's, or the dimension's default.
 *
 * <p>This is the stage where the annex's phrasing is told apart from requirements: a value that says
 * where or how another is measured ("when measured at a frequency of 1 GHz", "for a period of up to
 * 4 minutes", "10 g rms between 20 Hz and 2 kHz") loses its comparator or is dropped, so that it
 * never becomes a threshold the goods must meet ({@link MeasurementConditions} holds that wording).
 * Pairing the bounds into ranges and thresholds is
 * {@link BoundCriteria}'s job. Stateless and thread-safe.
 */
final class BoundReader {
  private static final int WINDOW = 100;
  // how far after a share its element and the list it may belong to are looked for
  private static final int ELEMENT_WINDOW = 80;

  private static final Pattern HELD_AT = Pattern.compile(
      "([\\p{L}-]+)\\s+(?:at\\s+(?:a\\s+)?temperatures?|heated\\s+to|maintained\\s+at)(?![\\p{L}])");
  private static final Pattern RATED_AT = Pattern.compile("(?<![\\p{L}])rated\\s+(?:at|for)\\s*$");
  private static final Pattern SHARED_GAP = Pattern.compile(
      "^\\s*(?:[\\p{L}-]+\\s+){0,2}(?:,\\s*(?:and|or)?|and|or)\\s*$");
  private static final Pattern SHARE_OF_PARTICLES = Pattern.compile(
      "\\s*of\\s+(?:the\\s+)?(?:total\\s+)?(?:particles|weight\\s+is\\s+made\\s+up\\s+of\\s+particles)(?![\\p{L}])");
  private static final Pattern NO_NAME_COMPARED = Pattern.compile(
      "no\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+(?:more|greater|higher|larger|longer|wider|bigger)\\s+than");
  // what follows a share that makes it a share of matter: "by weight", "by volume", or "of" and the materials
  // (after an "or more" between); "of the total particles", "of its rated power" name a share of something else
  private static final Pattern SHARE_OF_MATTER = Pattern.compile(
      "\\s*(?:(?:or|and)\\s+(?:more|greater|higher|above|less|lower|below)\\s+)?(?:by\\s+(?:weight|volume|mass)(?![\\p{L}])"
          + "|of\\s+(?!(?:the|its|their|this|that|a|an|total|maximum|full|rated|all)(?![\\p{L}]))\\p{L})");
  private static final Pattern PARTS_OF = Pattern.compile("\\d\\s+parts?\\s+\\p{L}+\\s+(?:to|in|per)\\s");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?<![\\p{L}])from\\s*$");
  private static final Pattern UP_TO_AFTER = Pattern.compile("\\s*up\\s+to(?![\\p{L}])");

  // "outside 4,2 to 4,4 GHz", "frequencies other than 4,2 to 4,4 GHz inclusive": the range is excluded
  // "outside the range from A to B", "frequencies other than A to B": the words right before the range;
  // an "other than" further back ("lasers (other than glass) with a wavelength between A and B") is not
  private static final Pattern OUTSIDE_NEAR = Pattern.compile(
      "(?<![\\p{L}])(?:outside|other\\s+than)(?:\\s+(?:the|a|an))?(?:\\s+[\\p{L}-]+){0,2}\\s*$");
  private static final Pattern ENTIRE = Pattern.compile("(?<![\\p{L}])(?:entire|whole)(?![\\p{L}])");

  private BoundReader() {}

  /** The bounds of a text that no list's introducing line precedes. */
  static List<Bound> read(ScannedText scan) {
    return read(scan, LeadIn.NONE);
  }

  /**
   * Every compared value and written range of {@code scan}, in text order, each with its comparator
   * and parameter; a value with no comparator stays as a test condition, with a null comparator.
   *
   * @param leadIn what the line introducing the text's list gives its values, {@link LeadIn#NONE} if none
   */
  private static List<FoundQuantity> merge(List<FoundQuantity> found, List<CountPhrases.Count> counts) {
    return CountPhrases.merged(found, counts);
  }

  static List<Bound> read(ScannedText scan, LeadIn leadIn) {
    String norm = scan.normalised;
    List<Bound> bounds = new ArrayList<>();
    Map<Dimension, Parameter> lastNamed = new EnumMap<>(Dimension.class);
    int previousEnd = 0;
    List<CountPhrases.Count> namedCounts = CountPhrases.findNamed(scan.text);
    List<FoundQuantity> found = CountPhrases.withoutOverlapped(scan.quantities, namedCounts);
    List<CountPhrases.Count> counts = new ArrayList<>(namedCounts);
    counts.addAll(CountPhrases.find(scan.text, merge(found, namedCounts)));
    counts.addAll(CountPhrases.findOthers(scan.text, merge(found, namedCounts), counts));
    counts.addAll(CountPhrases.findMoreThanOne(scan.text, merge(found, namedCounts), counts));
    counts.sort(java.util.Comparator.comparingInt(c -> c.quantity().start()));
    List<FoundQuantity> quantities = CountPhrases.merged(found, counts);
    List<FoundQuantity> octaves = Octaves.find(scan.text, quantities);
    if (!octaves.isEmpty()) {
      // a bandwidth in octaves is a ratio of frequencies, named as any value is
      quantities = new ArrayList<>(quantities);
      quantities.addAll(octaves);
      quantities.sort(java.util.Comparator.comparingInt(FoundQuantity::start));
    }
    List<FoundQuantity> sizes = NominalSizes.asQuantities(scan);
    if (!sizes.isEmpty()) {
      // a nominal size names its own scale (DN, NPS): no pure number, it needs no name to be a bound
      quantities = new ArrayList<>(quantities);
      quantities.addAll(sizes);
      quantities.sort(java.util.Comparator.comparingInt(FoundQuantity::start));
    }
    List<FoundQuantity> bare = BareNumbers.find(scan.text, quantities);
    if (!bare.isEmpty()) {
      quantities = new ArrayList<>(quantities);
      quantities.addAll(bare);
      quantities.sort(java.util.Comparator.comparingInt(FoundQuantity::start));
    }
    // "An 'upper 3dB frequency' greater than 90 GHz": a number inside a quoted term is part of its name
    quantities = quantities.stream().filter(q -> !QuotedNames.holds(scan.text, q)).toList();
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
              : ValueNames.leadParameter(leadIn.name(), dimension));
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
        Matcher out = OUTSIDE_NEAR.matcher(before);
        String[] words = out.find() ? out.group().strip().split("\\s+") : new String[0];
        // "an outer ring outside diameter between 25 mm and 100 mm": an "outside" that starts a name excludes nothing
        outside = words.length > 0 && !(words.length > 1 && words[0].equals("outside")
            && Parameters.lookup("outside " + words[1], dimension).isPresent());
        entire = !outside && ENTIRE.matcher(before).find();
      } else {
        int best = -1;
        boolean better = false;
        for (Phrase phrase : ComparatorPhrases.BEFORE) {
          Matcher m = phrase.find(before);
          if (m != null && (best < 0 || m.start() < best)) {
            best = m.start();
            comparison = phrase.comparison();
            better = ComparatorPhrases.saysOnlyBetter(m.group());
          }
        }
        if (comparison != null) {
          start = windowStart + best;
        } else {
          String after = norm.substring(q.end(), Math.min(norm.length(), q.end() + 60));
          for (Phrase phrase : ComparatorPhrases.AFTER) {
            Matcher m = phrase.pattern().matcher(after);
            if (m.find()) {
              comparison = phrase.comparison();
              better = ComparatorPhrases.saysOnlyBetter(m.group());
              end = q.end() + m.end();
              break;
            }
          }
        }
        // the phrases read "better" as smaller; for purity, uniformity, efficiency... it is larger
        if (better && comparison != null && Parameters.improvesUpward(parameter)) {
          comparison = comparison.mirrored();
        }
        if (comparison != null && ComparatorPhrases.deniesCapability(norm.substring(windowStart, Math.max(windowStart, start)))) {
          comparison = comparison.negated(); // "not capable of balancing rotors having a mass greater than 3 kg"
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
          for (Phrase phrase : ComparatorPhrases.FALLBACK_BEFORE) {
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
      if (comparison != null && MeasurementConditions.saysWhereMeasured(norm, lead, bounds, qs)) {
        comparison = null;
      }
      if (comparison != null && !bounds.isEmpty() && MeasurementConditions.qualifiesCountedParticles(bounds.get(bounds.size() - 1), norm, qs)) {
        // "no more than 10 % of the particles larger than 10 µm", "less than 3 non-metallic particles larger
        // than 100 µm": the size says which particles are counted, it is no requirement of its own
        comparison = null;
      }
      if (comparison != null && MeasurementConditions.isSpanMeasuredOver(norm, lead, end)) {
        // "TIR over 300 mm of travel": the span a value is measured over, not a length to exceed
        comparison = null;
      }
      if (q.isRange() && MeasurementConditions.isRangeOfMeasurement(norm, lead, bounds, q)) {
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
      if ((!named || parameter.equals(Parameters.defaultFor(dimension))) && comparison != null
          && dimension == Dimension.POWER
          && RATED_AT.matcher(norm.substring(Math.max(windowStart, start - 20), start)).find()) {
        // "propellers rated at more than 30 MW": the power the goods are rated for
        parameter = QualifiedParameters.RATED_POWER;
        named = true;
        lastNamed.put(dimension, parameter);
      }
      if (mention != null && mention.parameter().equals(Parameters.RATIO_VALUE) && comparison != null) {
        // "ratio" alone says nothing of what is compared: "a pulse compression ratio exceeding 150"
        Optional<Parameter> own = ValueNames.namedBefore(norm, windowStart, start, dimension);
        if (own.isPresent() && own.get().name().endsWith(" ratio")) {
          parameter = own.get();
          lastNamed.put(dimension, parameter);
        }
      }
      if (mention != null && count == null && (comparison != null || q.isRange())) {
        // "'Laser' frequency stability equal to or less than 10 MHz", "an average combustion chamber
        // temperature greater than 1273 K": the vocabulary's word is only part of the name the text writes
        Optional<Parameter> wider = ValueNames.widerName(norm, windowStart, start, mention, dimension);
        if (wider.isPresent()) {
          parameter = wider.get();
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
        // "vessels of 1000 tonnes displacement or more": the name may stand between the value and a
        // comparator written after it
        Optional<Mentions.Mention> after = Mentions.nearestAfter(norm, q.end(), ValueNames.clauseEnd(norm, end),
            dimension);
        if (after.isPresent()) {
          parameter = after.get().parameter();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (!named && (comparison != null || q.isRange())) {
        // no word of the vocabulary names the value: the words before the comparator do ("a radius
        // of curvature less than 1 mm"), so the threshold keeps the text's name, not a dimension's
        Optional<Parameter> own = ValueNames.namedBefore(norm, windowStart, start, dimension);
        if (own.isPresent()) {
          parameter = own.get();
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      if (!named && comparison != null) {
        // "no dimension greater than 30 cm": the words between "no" and the comparative name the value
        Matcher no = NO_NAME_COMPARED.matcher(norm.substring(start, qs));
        if (no.lookingAt()) {
          Optional<Parameter> own = ValueNames.namedBefore(norm, start + no.start(1), start + no.end(1), dimension);
          if (own.isPresent()) {
            parameter = own.get();
            named = true;
            lastNamed.put(dimension, parameter);
          }
        }
      }
      if (count == null && dimension == Dimension.RATIO && comparison != null
          && SHARE_OF_PARTICLES.matcher(norm).region(end, norm.length()).lookingAt()) {
        // "no more than 10 % of the particles larger than 10 µm": the share of the particles in a size class
        parameter = QualifiedParameters.PARTICLE_FRACTION;
        named = true;
      }
      if (count == null && dimension == Dimension.RATIO && comparison != null
          && (!named || parameter.equals(Parameters.RATIO_VALUE))
          && SHARE_OF_MATTER.matcher(norm).region(q.end(), norm.length()).lookingAt()) {
        // "at least 85 % of any of the following", "99 % or more of zirconium", "10 % by volume ... is
        // austenite": a share of matter by weight or volume, or of the materials named after it, is a content
        parameter = Parameters.CONTENT;
        named = true;
      }
      if (count == null && dimension == Dimension.RATIO && (comparison != null || q.isRange())
          && (!named || parameter.equals(Parameters.CONTENT) || parameter.equals(Parameters.RATIO_VALUE))
          // "1 part hafnium to 500 parts zirconium by weight": a proportion of two elements names both
          && !PARTS_OF.matcher(q.text()).find()) {
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
        Parameter[] pair = ValueNames.alternativeNames(norm.substring(windowStart, start), dimension, true);
        if (pair == null) {
          pair = ValueNames.alternativeNames(norm.substring(end, Math.min(norm.length(), end + 60)), dimension, false);
        }
        if (pair != null) {
          parameter = pair[0];
          alternative = pair[1];
          named = true;
          lastNamed.put(dimension, parameter);
        }
      }
      bounds.add(new Bound(q, comparison, start, end, parameter, named, outside, entire, alternative));
      if (comparison != null || q.isRange() || !inBrackets(norm, qs, q.end())) {
        // "a fluence of neutrons (1 MeV equivalent) of 5 × 10¹³ n/cm² or higher": an uncompared value in
        // brackets qualifies the name before it and does not end the words that name the next value
        previousEnd = end;
      }
    }
    return bounds;
  }

  /** Whether the span lies inside one pair of brackets with no other bracket between. */
  static boolean inBrackets(String norm, int start, int end) {
    int open = norm.lastIndexOf('(', start);
    int close = norm.indexOf(')', end);
    return open >= 0 && close >= 0 && norm.indexOf(')', open) == close && norm.lastIndexOf('(', close) == open;
  }

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
}

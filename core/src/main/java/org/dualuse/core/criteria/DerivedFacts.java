package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/**
 * The quantities the annex's thresholds speak of that data sheets leave for the reader to compute,
 * derived from the facts a product states. Each is added only when no fact names it already, and
 * only from single values (a range gives no one product's figure), never from a
 * {@link FactOrigin#CONDITION}:
 *
 * <ul>
 *   <li><b>fractional bandwidth</b> {@code 2 (high - low) / (high + low)} of an operating frequency
 *       range, in percent (3A001.b);
 *   <li><b>energy density</b> (specific energy, 3A001.e.1 Technical Note 1): the stated energy, or
 *       nominal voltage × capacity, or, with no capacity stated, the nominal voltage squared × the
 *       discharge duration ÷ the discharge load, divided by the mass, in Wh/kg;
 *   <li><b>continuous power density</b> (3A001.e.1 Technical Note 5): nominal voltage × the maximum
 *       continuous discharge current (a current a word of discharging names) ÷ mass, in W/kg;
 *   <li><b>specific tensile strength</b> and <b>specific modulus</b> (1C010, 1C210, 0B001.b): tensile
 *       strength or tensile modulus divided by the specific weight (density × standard gravity), in
 *       metres, as the annex's definitions divide them;
 *   <li><b>aggregate data rate</b> (3A001.a.7.b Technical Note 2): the transceivers' rate times their
 *       number, summed over the groups the text names ("48 transceivers at 32.75 Gb/s",
 *       "16 × 58 Gb/s", "28 Gb/s per lane, 8 lanes");
 *   <li><b>total processing performance</b> ('TPP', 3A501.a.16 Technical Note 1): 2 × MacTOPS × bit
 *       length of the operation, where 2 × MacTOPS is the operations per second a data sheet reports
 *       (TOPS, TFLOPS); the bit length is the number type the text names beside the rate ("FP16",
 *       "INT8", "8-bit"), and the highest product over the rates the text gives is kept, as the
 *       technical note asks;
 *   <li><b>concentration</b> of a substance in a mixture (the mixture notes of 1C350, 1C450): a value
 *       no word names, in percent, ppm or atom per cent, beside a word of mixtures or solutions ("20 %
 *       in water", "wässrige Lösung 5 %"); percent by mass is read as a content by its unit alone
 *       ({@link ProductFacts}).
 * </ul>
 *
 * <p>Stateless; the lists it is given are confined to one thread.
 */
final class DerivedFacts {

  /** Standard gravity, by which the annex divides strength and modulus per density. */
  static final double STANDARD_GRAVITY = 9.80665;
  private static final int MAX_LANES = 4096;
  private static final int LANE_WINDOW = 60;

  // "48 transceivers at", "8 lanes of", "4 SerDes lanes @": a count, up to three words, the thing counted
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}\\d.,])(\\d{1,4})\\s*(?:[-‑]\\s*)?(?:[\\p{L}\\d-]+\\s+){0,3}?"
          + "(?:lanes?|transceivers?|serdes(?:\\s+(?:lanes?|channels?|links?))?|serial\\s+links?|links?|channels?|kanäle)"
          + "\\s*(?:\\(\\s*)?(?:at|@|of|with|up\\s+to|bis\\s+zu|mit|je|à|a|da|,)?\\s*(?:up\\s+to\\s+)?$");
  // "16 × 58 Gb/s", "16x 28 Gbps": a count and a multiplication sign right before the rate
  private static final Pattern TIMES_BEFORE = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,4})\\s*[x×*]\\s*$");
  // "28 Gb/s per lane" and the count elsewhere in the text: "8 lanes", "8-lane"
  private static final Pattern PER_LANE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:per|/|each|pro|je|par|per\\s+each)\\s*(?:lane|transceiver|channel|link|kanal)");
  private static final Pattern LANE_COUNT = Pattern.compile(
      "(?i)(?<![\\p{L}\\d.,])(\\d{1,4})\\s*[-‑]?\\s*(?:lanes?|transceivers?)(?![\\p{L}])");

  // the number type of an operation rate: "FP16", "INT8", "BF16", "TF32", "FP8", "MXFP4"
  private static final Pattern NUMBER_TYPE = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])(?:fp|int|uint|bf|tf|mxfp|float)\\s?(\\d{1,2})(?!\\d)");
  // "8-bit", "16 bit", "8 bits"
  private static final Pattern BITS = Pattern.compile("(?i)(?<![\\p{L}\\d.,])(\\d{1,2})\\s*-?\\s*bits?(?!\\p{L})");
  private static final int MAX_BIT_LENGTH = 64;
  private static final int TYPE_WINDOW = 30;
  // a text about a mixture or solution, where a bare percentage is the content of what it names
  private static final int MIXTURE_WINDOW = 30;
  private static final int DISCHARGE_WINDOW = 40;
  private static final Pattern DISCHARGE_WORDS = Pattern.compile("(?i)discharg|entlad|décharge|scarica");
  private static final Pattern CONTINUOUS_WORDS = Pattern.compile("(?i)continuous|dauer|max");
  private static final Pattern MIXTURE_WORDS = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:solution|mixture|mixed\\s+with|aqueous|in\\s+water|dissolved|diluted|dilution|blend"
          + "|lösung|gemisch|mischung|wässrig|verdünnt|gelöst|mélange|miscela|soluzione)");

  private DerivedFacts() {}

  /** Adds to {@code all} the facts derivable from it; {@code text} is where the facts were read. */
  static void addTo(List<Fact> all, String text) {
    addFractionalBandwidth(all);
    addSpecificEnergy(all, text == null ? "" : text);
    addContinuousPowerDensity(all, text == null ? "" : text);
    addPerSpecificWeight(all, Parameters.TENSILE_STRENGTH, Parameters.SPECIFIC_TENSILE_STRENGTH, "tensile strength");
    addPerSpecificWeight(all, Parameters.TENSILE_MODULUS, Parameters.SPECIFIC_MODULUS, "tensile modulus");
    addAggregateDataRate(all, text == null ? "" : text);
    addTotalProcessingPerformance(all, text == null ? "" : text);
    addConcentration(all, text == null ? "" : text);
  }

  private static void addFractionalBandwidth(List<Fact> all) {
    if (named(all, Parameters.FRACTIONAL_BANDWIDTH)) {
      return;
    }
    for (Fact f : List.copyOf(all)) {
      if (usable(f) && same(f.parameter(), Parameters.OPERATING_FREQUENCY) && f.value() instanceof QuantityRange r) {
        double low = r.low().toSi();
        double high = r.high().toSi();
        if (low > 0 && high > low) {
          double percent = 200 * (high - low) / (high + low);
          all.add(derived(Parameters.FRACTIONAL_BANDWIDTH, round(percent), Units.PERCENT,
              "2 (high - low) / (high + low) of " + r + source(f), f));
          return;
        }
      }
    }
  }

  private static void addSpecificEnergy(List<Fact> all, String text) {
    if (named(all, Parameters.SPECIFIC_ENERGY_VALUE)) {
      return;
    }
    Optional<Fact> mass = first(all, Dimension.MASS);
    if (mass.isEmpty()) {
      return;
    }
    double kilograms = single(mass.get()).toSi();
    if (!(kilograms > 0)) {
      return;
    }
    Optional<Fact> energy = first(all, Dimension.ENERGY);
    double joules;
    String how;
    Fact from;
    if (energy.isPresent()) {
      joules = single(energy.get()).toSi();
      how = "energy " + energy.get().value() + source(energy.get());
      from = energy.get();
    } else {
      Optional<Fact> voltage = first(all, Dimension.VOLTAGE);
      Optional<Fact> charge = first(all, Dimension.ELECTRIC_CHARGE);
      if (voltage.isEmpty()) {
        return;
      }
      if (charge.isPresent()) {
        joules = single(voltage.get()).toSi() * single(charge.get()).toSi();
        how = "voltage " + voltage.get().value() + source(voltage.get()) + " × capacity " + charge.get().value()
            + source(charge.get());
        from = charge.get();
      } else {
        // no capacity stated: V² × discharge duration ÷ discharge load, as the technical note computes it
        Optional<Fact> load = first(all, Dimension.RESISTANCE);
        Optional<Fact> duration = ofDischarge(all, Dimension.TIME, text);
        if (load.isEmpty() || duration.isEmpty() || !(single(load.get()).toSi() > 0)) {
          return;
        }
        double volts = single(voltage.get()).toSi();
        joules = volts * volts * single(duration.get()).toSi() / single(load.get()).toSi();
        how = "voltage " + voltage.get().value() + source(voltage.get()) + " squared × discharge duration "
            + duration.get().value() + source(duration.get()) + " ÷ load " + load.get().value() + source(load.get());
        from = duration.get();
      }
    }
    if (!(joules > 0)) {
      return;
    }
    double whPerKg = joules / kilograms / 3600;
    all.add(derived(Parameters.SPECIFIC_ENERGY_VALUE, round(whPerKg), Units.WATT_HOUR_PER_KILOGRAM,
        how + " ÷ mass " + mass.get().value() + source(mass.get()), from));
  }

  private static void addContinuousPowerDensity(List<Fact> all, String text) {
    if (named(all, Parameters.CONTINUOUS_POWER_DENSITY) || named(all, Parameters.SPECIFIC_POWER_VALUE)) {
      return;
    }
    Optional<Fact> mass = first(all, Dimension.MASS);
    Optional<Fact> voltage = first(all, Dimension.VOLTAGE);
    Optional<Fact> current = ofDischarge(all, Dimension.CURRENT, text);
    if (mass.isEmpty() || voltage.isEmpty() || current.isEmpty()) {
      return;
    }
    double kilograms = single(mass.get()).toSi();
    double watts = single(voltage.get()).toSi() * single(current.get()).toSi();
    if (!(kilograms > 0) || !(watts > 0)) {
      return;
    }
    all.add(derived(Parameters.CONTINUOUS_POWER_DENSITY, round(watts / kilograms), Units.WATT_PER_KILOGRAM,
        "voltage " + voltage.get().value() + source(voltage.get()) + " × continuous discharge current "
            + current.get().value() + source(current.get()) + " ÷ mass " + mass.get().value() + source(mass.get()),
        current.get()));
  }

  /**
   * The first single value of a dimension that a word of discharging names ("max. continuous discharge
   * current 20 A", "Entladestrom"), in the words it was read with or just before it; one that also says
   * "continuous" or "maximum" first.
   */
  private static Optional<Fact> ofDischarge(List<Fact> all, Dimension dimension, String text) {
    Fact any = null;
    for (Fact f : all) {
      if (!usable(f) || !(f.value() instanceof Quantity) || f.value().dimension() != dimension) {
        continue;
      }
      String context = f.source();
      if (f.start() >= 0 && f.start() <= text.length()) {
        context = clauseTail(text.substring(Math.max(0, f.start() - DISCHARGE_WINDOW), f.start())) + " " + context;
      }
      if (DISCHARGE_WORDS.matcher(context).find()) {
        if (CONTINUOUS_WORDS.matcher(context).find()) {
          return Optional.of(f);
        }
        any = any == null ? f : any;
      }
    }
    return Optional.ofNullable(any);
  }

  private static void addPerSpecificWeight(List<Fact> all, Parameter of, Parameter specific, String name) {
    if (named(all, specific)) {
      return;
    }
    Optional<Fact> value = all.stream().filter(f -> usable(f) && same(f.parameter(), of)
        && f.value() instanceof Quantity).findFirst();
    Optional<Fact> density = first(all, Dimension.DENSITY);
    if (value.isEmpty() || density.isEmpty()) {
      return;
    }
    double rho = single(density.get()).toSi();
    double pascals = single(value.get()).toSi();
    if (!(rho > 0) || !(pascals > 0)) {
      return;
    }
    double metres = pascals / (rho * STANDARD_GRAVITY);
    all.add(derived(specific, Math.round(metres), Units.METRE,
        name + " " + value.get().value() + source(value.get()) + " ÷ (density " + density.get().value()
            + source(density.get()) + " × g)", value.get()));
  }

  private static void addAggregateDataRate(List<Fact> all, String text) {
    if (named(all, Parameters.AGGREGATE_DATA_RATE) || text.isEmpty()) {
      return;
    }
    double total = 0;
    int groups = 0;
    List<String> parts = new ArrayList<>();
    Fact first = null;
    for (Fact f : all) {
      if (!usable(f) || f.value().dimension() != Dimension.DATA_RATE || !(f.value() instanceof Quantity rate)
          || f.start() < 0 || f.end() > text.length()) {
        continue;
      }
      int lanes = lanesOf(text, f);
      if (lanes < 2) {
        continue;
      }
      total += lanes * rate.toSi();
      groups++;
      parts.add(lanes + " × " + rate);
      first = first == null ? f : first;
    }
    if (groups == 0) {
      return;
    }
    all.add(derived(Parameters.AGGREGATE_DATA_RATE, round(total / 1e9), Units.GIGABIT_PER_SECOND,
        "transceivers × rate: " + String.join(" + ", parts), first));
  }

  /**
   * The annex's 'TPP' from the operation rates of the text and the bit length named beside each: the
   * rate in tera operations per second times the bit length, the highest over the rates. A bit length
   * stands before or after its rate, between the neighbouring rates and within the clause; which
   * side is read from the text as a whole ("FP16 989 TFLOPS, INT8 1979 TOPS" names the type before,
   * "989 TFLOPS FP16 1979 TOPS INT8" after), the side that gives more rates a bit length, ties to after.
   */
  private static void addTotalProcessingPerformance(List<Fact> all, String text) {
    if (named(all, Parameters.TOTAL_PROCESSING_PERFORMANCE_VALUE) || text.isEmpty()) {
      return;
    }
    List<Fact> rates = new ArrayList<>();
    for (Fact f : all) {
      if (usable(f) && f.value() instanceof Quantity && f.value().dimension() == Dimension.COMPUTING_PERFORMANCE
          && f.start() >= 0 && f.end() <= text.length() && f.start() < f.end()) {
        rates.add(f);
      }
    }
    if (rates.isEmpty()) {
      return;
    }
    rates.sort(java.util.Comparator.comparingInt(Fact::start));
    int[] before = new int[rates.size()];
    int[] after = new int[rates.size()];
    int countBefore = 0;
    int countAfter = 0;
    for (int i = 0; i < rates.size(); i++) {
      Fact f = rates.get(i);
      int from = Math.max(Math.max(0, f.start() - TYPE_WINDOW), previousEnd(rates, f));
      int to = Math.min(Math.min(text.length(), f.end() + TYPE_WINDOW), nextStart(rates, f, text.length()));
      before[i] = bitLength(clauseTail(text.substring(from, f.start())), true);
      after[i] = bitLength(clauseHead(text.substring(f.end(), to)), false);
      countBefore += before[i] > 0 ? 1 : 0;
      countAfter += after[i] > 0 ? 1 : 0;
    }
    int[] bits = countBefore > countAfter ? before : after;
    double best = 0;
    String how = null;
    Fact from = null;
    for (int i = 0; i < rates.size(); i++) {
      if (bits[i] == 0) {
        continue;
      }
      Quantity rate = single(rates.get(i));
      double tpp = rate.toSi() / 1e12 * bits[i];
      if (tpp > best) {
        best = tpp;
        from = rates.get(i);
        how = "2 × MacTOPS × bit length: " + rate + source(rates.get(i)) + " at " + bits[i] + " bits";
      }
    }
    if (from != null) {
      all.add(derived(Parameters.TOTAL_PROCESSING_PERFORMANCE_VALUE, Math.round(best),
          Units.TOTAL_PROCESSING_PERFORMANCE, how, from));
    }
  }

  /** The bit length the nearest number type or bit count names: the last one before, the first after. */
  private static int bitLength(String window, boolean last) {
    int bestAt = -1;
    int bits = 0;
    for (Pattern p : List.of(NUMBER_TYPE, BITS)) {
      Matcher m = p.matcher(window);
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        boolean nearer = bestAt < 0 || (last ? m.start() > bestAt : m.start() < bestAt);
        if (n >= 1 && n <= MAX_BIT_LENGTH && nearer) {
          bestAt = m.start();
          bits = n;
        }
      }
    }
    return bits;
  }

  private static String clauseTail(String s) {
    int cut = Math.max(Math.max(s.lastIndexOf(','), s.lastIndexOf(';')), s.lastIndexOf('\n'));
    return cut < 0 ? s : s.substring(cut + 1);
  }

  private static String clauseHead(String s) {
    int cut = s.length();
    for (char c : new char[] {',', ';', '\n'}) {
      int at = s.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return s.substring(0, cut);
  }

  private static boolean nearMixtureWord(String text, Fact f) {
    if (f.start() < 0 || f.end() > text.length()) {
      return false;
    }
    String before = clauseTail(text.substring(Math.max(0, f.start() - MIXTURE_WINDOW), f.start()));
    String after = clauseHead(text.substring(f.end(), Math.min(text.length(), f.end() + MIXTURE_WINDOW)));
    return MIXTURE_WORDS.matcher(before).find() || MIXTURE_WORDS.matcher(after).find();
  }

  /** The end of the rate before {@code f}, 0 when none: the window of its number type ends there. */
  private static int previousEnd(List<Fact> rates, Fact f) {
    int end = 0;
    for (Fact o : rates) {
      if (o != f && o.end() <= f.start() && o.end() > end) {
        end = o.end();
      }
    }
    return end;
  }

  private static int nextStart(List<Fact> rates, Fact f, int length) {
    int start = length;
    for (Fact o : rates) {
      if (o != f && o.start() >= f.end() && o.start() < start) {
        start = o.start();
      }
    }
    return start;
  }

  /**
   * The content of a substance in a mixture, when no fact names one: the first value no word names
   * in percent, ppm or atom per cent with a word of mixtures or solutions in its clause ("20 % in
   * water", "solution of 500 ppm"). Elsewhere such a value is as often an impurity ("boron below 2
   * ppm") or a percentage of something else, and the annex's content thresholds speak of the main
   * substance ("more than 50 % zirconium"): read as the content, an impurity figure fails them.
   */
  private static void addConcentration(List<Fact> all, String text) {
    if (named(all, Parameters.CONTENT)) {
      return;
    }
    for (Fact f : List.copyOf(all)) {
      if (!usable(f) || f.origin() != FactOrigin.UNNAMED_IN_TEXT || !(f.value() instanceof Quantity q)
          || q.dimension() != Dimension.RATIO || !(q.value() > 0)) {
        continue;
      }
      boolean concentrationUnit = q.unit().equals(Units.PERCENT) || q.unit().equals(Units.PARTS_PER_MILLION)
          || q.unit().equals(Units.ATOM_PERCENT);
      boolean content = concentrationUnit && q.toSi() <= 1 && nearMixtureWord(text, f);
      if (content) {
        all.add(derived(Parameters.CONTENT, q.value(), q.unit(), "concentration in the mixture: " + q + source(f), f));
        return;
      }
    }
  }

  /** The number of lanes the rate at {@code f} is the rate of, or 0 when the text names none. */
  private static int lanesOf(String text, Fact f) {
    String before = text.substring(Math.max(0, f.start() - LANE_WINDOW), f.start());
    Matcher m = TIMES_BEFORE.matcher(before);
    if (m.find()) {
      return lanes(m.group(1));
    }
    m = COUNT_BEFORE.matcher(before);
    if (m.find()) {
      return lanes(m.group(1));
    }
    if (PER_LANE_AFTER.matcher(text.substring(f.end())).find()) {
      Matcher count = LANE_COUNT.matcher(text);
      if (count.find()) {
        return lanes(count.group(1));
      }
    }
    return 0;
  }

  private static int lanes(String digits) {
    int n = Integer.parseInt(digits);
    return n <= MAX_LANES ? n : 0;
  }

  private static boolean named(List<Fact> all, Parameter p) {
    return all.stream().anyMatch(f -> usable(f) && same(f.parameter(), p));
  }

  /** The first single value of a dimension that is not a condition, preferring one a word names. */
  private static Optional<Fact> first(List<Fact> all, Dimension dimension) {
    Optional<Fact> named = all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension && f.origin() != FactOrigin.UNNAMED_IN_TEXT).findFirst();
    return named.isPresent() ? named : all.stream().filter(f -> usable(f) && f.value() instanceof Quantity
        && f.value().dimension() == dimension).findFirst();
  }

  private static boolean usable(Fact f) {
    return f.origin() != FactOrigin.CONDITION && f.origin() != FactOrigin.DERIVED;
  }

  private static Quantity single(Fact f) {
    return (Quantity) f.value();
  }

  private static boolean same(Parameter a, Parameter b) {
    return a.dimension() == b.dimension() && a.name().equals(b.name());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String source(Fact f) {
    return f.source().isEmpty() ? "" : " ('" + f.source() + "')";
  }

  private static Fact derived(Parameter p, double value, Unit unit, String how, Fact from) {
    return new Fact(p, Quantity.of(value, unit), List.of(), FactOrigin.DERIVED, how, from.start(), from.end());
  }
}

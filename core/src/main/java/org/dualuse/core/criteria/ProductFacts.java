package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;
import org.slf4j.LoggerFactory;

/**
 * The typed facts about one product: from stated name=value pairs ("Psat" = "47.8 dBm") and from
 * the quantities of its text ("GaN MMIC PA 2.9–3.5 GHz, Psat 47.8 dBm" gives an operating frequency
 * range and a peak saturated output power).
 *
 * <p>In the text, a quantity takes the parameter the vocabulary names nearest to it within its
 * clause (the words between commas, semicolons, brackets or line ends; a short bracket without
 * digits right before the value is part of the name: "Ausgangsleistung (CW) 50 W"), before or after
 * it ("60 W peak saturated output power", "fractional bandwidth 19 %"); when words on both sides name different
 * parameters the farther one is kept as an alternative. A value no word names takes its dimension's
 * default parameter ("3 GHz" alone is an operating frequency) and says so in its origin; an unnamed
 * frequency below 1 GHz in a text about cameras, imagers, video or sensors ("thermal camera 640x512,
 * 30 Hz") keeps frame rate as an alternative, since such texts give frame rates bare. A frequency
 * range with no stated fractional bandwidth also yields the derived fractional bandwidth
 * {@code 2 (high - low) / (high + low)}; {@link DerivedFacts} lists the other quantities computed
 * from stated ones (energy density, specific strength and modulus, aggregate transceiver rate).
 *
 * <p>A value right after "at", "@" or "bei" that follows another value of its clause is the
 * condition that value was measured at ("noise 2 nV/√Hz at 1 kHz", "UTS 1 900 MPa at 20 °C"): it is
 * kept as a {@link FactOrigin#CONDITION} fact that answers no threshold. A radio frequency (1 MHz or
 * more) is the exception: the frequency a power or gain is measured at is one the product operates at
 * ("Psat 47 dBm at 3.1 GHz"), so it stays a fact of its own.
 *
 * <p>Some values are written without a unit: nominal sizes of pipes and valves ("DN 25", "NPS 1",
 * '1/2" NPT', {@link NominalSizes}) and counts by numeral or adjective ("zwei Achsen", "single-axis",
 * "three forming rollers", {@link CountWords}); they are read too. A German compound of a one-word
 * name names that name's parameter ("Messtiefe" a depth, {@link GermanCompounds}). Words that bound
 * a value ("bis", "up to", "max.", "jusqu'à", "fino a", "≤") may stand between the name and the
 * value: the value read is the stated maximum or minimum, with its name.
 *
 * <p>Numbers are read in the style of the text's language ({@link QuantityFinder#forLanguage}):
 * "2,400 kg" is 2 400 kg in English, "1.400 MWe" is 1 400 MWe in German; in a text of no known
 * language, in the annex's style.
 *
 * <p>{@link #answering(Parameter)} picks the facts that speak to a parameter: stated ones first,
 * then text ones naming it, then ones holding it as an alternative, then broader parameters that
 * answer it ({@link Parameters#answeredBy}). Immutable and thread-safe.
 */
public final class ProductFacts {
  public static final ProductFacts NONE = new ProductFacts(List.of());
  private static final List<String> IMAGING_WORDS = List.of(
      "camera", "kamera", "imager", "imaging", "video", "sensor", "focal plane", "bildsensor");
  private static final double MAX_FRAME_RATE_HZ = 1e9;
  // words of texts about light: lasers, optics, infrared and imaging; a bare length in such a text
  // within the optical span is most likely a wavelength ("fibre laser 1 070 nm", "MWIR camera 3-5 µm")
  private static final List<String> LIGHT_WORDS = List.of(
      "laser", "optic", "infrared", "infrarot", "mwir", "lwir", "swir", "nir", "ultraviolet", "uv",
      "camera", "kamera", "imager", "imaging", "detector", "detektor", "focal plane", "fpa", "bolometer",
      "spectr", "photo", "lidar", "ladar", "light", "licht", "led", "diode");
  // from extreme ultraviolet to far infrared: 10 nm to 1 mm
  private static final double MIN_WAVELENGTH_M = 1e-8;
  private static final double MAX_WAVELENGTH_M = 1e-3;

  private final List<Fact> facts;
  /**
   * {@link #answering} by parameter, filled as asked: every entry a classification evaluates asks
   * the same product about the same few parameters, and each answer is a walk over all the facts.
   */
  private final Map<Parameter, List<Fact>> answeringByParameter;
  /**
   * For {@link #answers}, which every entry evaluated asks of every parameter it holds: by name, the
   * dimensions in which some fact (not a condition) names it as its parameter or an alternative; by
   * dimension, the names of the facts' own parameters (not of conditions). Built once, from the facts.
   */
  private final Map<String, Set<Dimension>> namedOrAlternative;
  private final Map<Dimension, Set<String>> namesByDimension;

  private ProductFacts(List<Fact> facts) {
    this.facts = List.copyOf(facts);
    this.answeringByParameter = this.facts.isEmpty() ? Map.of() : new ConcurrentHashMap<>();
    Map<String, Set<Dimension>> named = new HashMap<>();
    Map<Dimension, Set<String>> byDimension = new EnumMap<>(Dimension.class);
    for (Fact f : this.facts) {
      if (f.origin() == FactOrigin.CONDITION) {
        continue;
      }
      named.computeIfAbsent(f.parameter().name(), n -> EnumSet.noneOf(Dimension.class)).add(f.parameter().dimension());
      for (Parameter a : f.alternatives()) {
        named.computeIfAbsent(a.name(), n -> EnumSet.noneOf(Dimension.class)).add(a.dimension());
      }
      byDimension.computeIfAbsent(f.parameter().dimension(), d -> new HashSet<>()).add(f.parameter().name());
    }
    this.namedOrAlternative = named;
    this.namesByDimension = byDimension;
  }

  /** Exactly these facts. */
  public static ProductFacts of(List<Fact> facts) {
    Objects.requireNonNull(facts, "facts");
    return new ProductFacts(facts == null ? List.of() : facts);
  }

  /**
   * The facts stated as name=value pairs and those found in the text.
   *
   * @param stated parameter name or synonym to value with unit ("frame rate" to "60 Hz", "frequency"
   *     to "2.9-3.5 GHz"); may be empty
   * @param text the product's description; may be empty
   * @throws FactFormatException naming the fact when a stated value has no readable unit, its
   *     dimension does not fit the named parameter ("frequency" = "60 W"); an
   *     {@link ImpossibleFactException} when it is not a finite number, or negative or zero for a
   *     quantity that is a positive magnitude ("power" = "-5 W")
   */
  public static ProductFacts of(Map<String, String> stated, String text) {
    return of(stated, text, "");
  }

  /**
   * As {@link #of(Map, String)}, with the numbers of the text and of the stated values read in the
   * style of a language.
   *
   * @param language ISO 639-1 code of the text ("en", "de"), empty when not known
   * @throws NullPointerException when an argument is null
   */
  public static ProductFacts of(Map<String, String> stated, String text, String language) {
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(text, "text");
    QuantityFinder finder = QuantityFinder.forLanguage(Objects.requireNonNull(language, "language"));
    List<Fact> all = new ArrayList<>();
    stated.forEach((name, value) -> all.add(stated(name, value, finder)));
    all.addAll(fromTextOnly(text, finder));
    DerivedFacts.addTo(all, text);
    return new ProductFacts(all);
  }

  /** The facts found in a text. Never throws: a text it cannot read yields no facts. */
  public static ProductFacts fromText(String text) {
    return fromText(text, "");
  }

  /**
   * The facts found in a text of a language ({@code ""} when not known). Never throws on any text.
   *
   * @throws NullPointerException when an argument is null
   */
  public static ProductFacts fromText(String text, String language) {
    Objects.requireNonNull(text, "text");
    QuantityFinder finder = QuantityFinder.forLanguage(Objects.requireNonNull(language, "language"));
    List<Fact> all = new ArrayList<>(fromTextOnly(text, finder));
    DerivedFacts.addTo(all, text);
    return new ProductFacts(all);
  }

  /**
   * These facts followed by more, known from elsewhere (the composition of an alloy the text names
   * by its grade); the derived facts are not computed again.
   *
   * @throws NullPointerException when {@code more} is null
   */
  public ProductFacts plus(List<Fact> more) {
    Objects.requireNonNull(more, "more");
    if (more.isEmpty()) {
      return this;
    }
    List<Fact> all = new ArrayList<>(facts);
    all.addAll(more);
    return new ProductFacts(all);
  }

  /** Every fact, stated ones first, then text ones in order of position, then derived ones. */
  public List<Fact> all() {
    return facts;
  }

  public boolean isEmpty() {
    return facts.isEmpty();
  }

  /**
   * The facts that speak to {@code parameter}, from the best source that has any: stated facts
   * naming it; text facts naming it; facts holding it as an alternative; facts about a broader
   * parameter that answers it. Empty when none does.
   */
  public List<Fact> answering(Parameter parameter) {
    if (facts.isEmpty()) {
      return List.of();
    }
    List<Fact> known = answeringByParameter.get(parameter);
    if (known == null) {
      known = answeringNow(parameter);
      answeringByParameter.put(parameter, known);
    }
    return known;
  }

  private List<Fact> answeringNow(Parameter parameter) {
    List<Fact> tier = select(f -> f.origin() == FactOrigin.STATED && same(f.parameter(), parameter));
    if (tier.isEmpty()) {
      tier = select(f -> f.origin() != FactOrigin.STATED && f.origin() != FactOrigin.CONDITION
          && same(f.parameter(), parameter));
    }
    if (tier.isEmpty()) {
      tier = select(f -> holdsAlternative(f, parameter));
    }
    if (tier.isEmpty()) {
      for (String broader : Parameters.answeredBy(parameter)) {
        tier = select(f -> f.origin() != FactOrigin.CONDITION && f.parameter().name().equals(broader)
            && f.parameter().dimension() == parameter.dimension());
        if (!tier.isEmpty()) {
          break;
        }
      }
    }
    return tier;
  }

  /**
   * Whether some fact speaks to {@code parameter}, that is whether {@link #answering} is non-empty;
   * cheaper, for asking about many parameters.
   */
  public boolean answers(Parameter parameter) {
    if (facts.isEmpty()) {
      return false;
    }
    // as a walk over the facts would find: a fact (not a condition) naming it as its parameter or an
    // alternative, or one of its dimension whose parameter is a broader one that answers it; the
    // broader parameters are looked up only when a fact of the same dimension exists (most are not)
    Set<Dimension> named = namedOrAlternative.get(parameter.name());
    if (named != null && named.contains(parameter.dimension())) {
      return true;
    }
    Set<String> sameDimension = namesByDimension.get(parameter.dimension());
    if (sameDimension == null) {
      return false;
    }
    for (String broader : Parameters.answeredBy(parameter)) {
      if (sameDimension.contains(broader)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAlternative(Fact f, Parameter parameter) {
    if (f.origin() == FactOrigin.CONDITION) {
      return false;
    }
    for (Parameter a : f.alternatives()) {
      if (same(a, parameter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Parameter a, Parameter b) {
    return a.dimension() == b.dimension() && a.name().equals(b.name());
  }

  private List<Fact> select(Predicate<Fact> test) {
    // loops, not streams: called for every threshold a product's facts may answer
    List<Fact> out = null;
    for (Fact f : facts) {
      if (test.test(f)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(f);
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return facts.stream().map(Fact::describe).toList().toString();
  }

  // ---- stated facts

  private static Fact stated(String name, String value, QuantityFinder finder) {
    if (name == null || name.isBlank()) {
      throw new FactFormatException(name, value, "a stated fact needs a name (value "
          + DualUseException.quote(value) + ")");
    }
    if (value == null || value.isBlank()) {
      throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + " has no value");
    }
    ScannedText scan = ScannedText.of(value, finder);
    if (scan.quantities.size() != 1) {
      throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + ": cannot read "
          + DualUseException.quote(value) + " as one value with a unit (e.g. '60 W', '2.9-3.5 GHz', '-55 °C')");
    }
    FoundQuantity q = scan.quantities.get(0);
    Dimension dimension = q.dimension();
    checkPossible(name, value, q.measurement());
    Optional<Parameter> known = Parameters.lookup(name, dimension);
    Parameter parameter;
    if (known.isPresent()) {
      parameter = known.get();
    } else {
      Optional<Parameter> other = Parameters.lookup(name);
      if (other.isPresent()) {
        throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + " = "
            + DualUseException.quote(value) + ": '" + other.get().name()
            + "' needs a value in " + Units.si(other.get().dimension()).symbol() + " (" + other.get().dimension()
            + "), but '" + q.text().strip() + "' is " + dimension);
      }
      parameter = new Parameter(Parameters.key(name), dimension, "What is the " + Parameters.key(name) + "?");
    }
    return new Fact(parameter, q.measurement(), List.of(), FactOrigin.STATED, name + "=" + value, -1, -1);
  }

  /**
   * Rejects a stated value no product can have: not a finite number, or a negative or zero value of
   * a quantity that is a positive magnitude (a frame rate of -60 Hz, a power of -5 W, 0 K).
   */
  private static void checkPossible(String name, String value, Measurement m) {
    List<Quantity> bounds = m instanceof QuantityRange r ? List.of(r.low(), r.high()) : List.of((Quantity) m);
    for (Quantity b : bounds) {
      double si = b.toSi();
      if (!Double.isFinite(b.value()) || !Double.isFinite(si)) {
        throw new ImpossibleFactException(name, value, "fact " + DualUseException.quote(name) + ": "
            + DualUseException.quote(value) + " is not a finite number");
      }
      if (m.dimension().isPositiveMagnitude() && si <= 0) {
        throw new ImpossibleFactException(name, value, "fact " + DualUseException.quote(name) + ": "
            + DualUseException.quote(value) + " is impossible: a " + m.dimension().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " is more than zero");
      }
    }
  }

  // ---- facts from text

  private static List<Fact> fromTextOnly(String text, QuantityFinder finder) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return readText(text, finder);
    } catch (RuntimeException e) {
      // a product text must never stop a classification; it simply yields no facts
      LoggerFactory.getLogger(ProductFacts.class).warn("could not read facts from a text of length {}", text.length(), e);
      return List.of();
    }
  }

  private static List<Fact> readText(String text, QuantityFinder finder) {
    ScannedText scan = ScannedText.of(text, finder);
    String norm = scan.normalised;
    List<FoundQuantity> found = scan.quantities;
    List<Fact> out = new ArrayList<>();
    boolean imaging = speaksOfImaging(norm);
    boolean light = speaksOfLight(norm);
    boolean laser = light && norm.contains("laser");
    boolean camera = norm.contains("camera") || norm.contains("kamera");
    // the text is searched for a dimension's spellings once, not twice for every quantity
    MentionIndex mentions = new MentionIndex(norm);
    for (int i = 0; i < found.size(); i++) {
      FoundQuantity q = found.get(i);
      int clauseStart = clauseStart(norm, q.start(), i == 0 ? 0 : found.get(i - 1).end());
      int clauseEnd = clauseEnd(norm, q.end(), i + 1 < found.size() ? found.get(i + 1).start() : norm.length());
      Dimension dimension = q.dimension();
      Parameter parameter;
      List<Parameter> alternatives = new ArrayList<>();
      FactOrigin origin = FactOrigin.NAMED_IN_TEXT;
      int sourceStart = q.start();
      int sourceEnd = q.end();
      if (isCondition(norm, q, i == 0 ? null : found.get(i - 1)) && !isRadioFrequency(q)) {
        out.add(new Fact(Parameters.defaultFor(dimension), q.measurement(), List.of(), FactOrigin.CONDITION,
            scan.slice(q.start(), q.end()).strip(), q.start(), q.end()));
        continue;
      }
      if (scan.isFrameRate(q) && dimension == Dimension.FREQUENCY) {
        parameter = Parameters.FRAME_RATE;
      } else {
        Optional<Mentions.Mention> before = mentions.nearestBefore(clauseStart, q.start(), dimension);
        Optional<Mentions.Mention> after = mentions.nearestAfter(q.end(), clauseEnd, dimension);
        if (before.isPresent() && after.isPresent()) {
          int db = q.start() - before.get().end();
          int da = after.get().start() - q.end();
          Mentions.Mention near = db <= da ? before.get() : after.get();
          Mentions.Mention far = db <= da ? after.get() : before.get();
          parameter = near.parameter();
          if (!far.parameter().equals(parameter)) {
            alternatives.add(far.parameter());
          }
          sourceStart = Math.min(sourceStart, near.start());
          sourceEnd = Math.max(sourceEnd, near.end());
        } else if (before.isPresent()) {
          parameter = before.get().parameter();
          sourceStart = before.get().start();
        } else if (after.isPresent()) {
          parameter = after.get().parameter();
          sourceEnd = after.get().end();
        } else if (q.measurement() instanceof org.dualuse.core.quantity.Quantity value
            && value.unit().equals(org.dualuse.core.quantity.Units.MASS_PERCENT)) {
          // "5 wt% thiodiglycol": a percent by mass names a concentration by its unit alone
          parameter = Parameters.CONTENT;
        } else {
          parameter = Parameters.defaultFor(dimension);
          origin = FactOrigin.UNNAMED_IN_TEXT;
          if (dimension == Dimension.FREQUENCY && imaging && mayBeFrameRate(q)) {
            alternatives.add(Parameters.FRAME_RATE);
          }
          if (dimension == Dimension.LENGTH && mayBeWavelength(q, light, laser, camera)) {
            alternatives.add(Parameters.WAVELENGTH);
          }
        }
      }
      out.add(new Fact(parameter, q.measurement(), alternatives, origin,
          scan.slice(sourceStart, sourceEnd).strip(), q.start(), q.end()));
    }
    // values written without a unit: nominal sizes ("DN 25", '1/2" NPT') and counts ("zweiachsig")
    List<Fact> unitless = new ArrayList<>(NominalSizes.find(scan));
    unitless.addAll(CountWords.find(scan));
    if (!unitless.isEmpty()) {
      out.addAll(unitless);
      out.sort(java.util.Comparator.comparingInt(Fact::start));
    }
    return out;
  }

  // "at", "@", "bei", "à" (with "measured", "gemessen", "mesuré" before them) right before the value
  private static final java.util.regex.Pattern CONDITION_BEFORE = java.util.regex.Pattern.compile(
      "(?:(?<![\\p{L}])(?:at|bei|à|a)|@)\\s*$");
  private static final double MIN_RADIO_FREQUENCY_HZ = 1e6;

  /**
   * Whether the value is the condition the value before it in its clause was measured at: "at" or
   * "@" stands right before it, and the previous value lies in the same clause.
   */
  private static boolean isCondition(String norm, FoundQuantity q, FoundQuantity previous) {
    int from = previous == null || previous.end() > q.start() ? 0 : previous.end();
    int clause = q.start();
    while (clause > from && !isClauseBreak(norm.charAt(clause - 1))) {
      clause--;
    }
    String before = norm.substring(clause, q.start());
    Matcher m = CONDITION_BEFORE.matcher(before);
    if (!m.find()) {
      return false;
    }
    // a value stands right before the "at" in the clause, with a unit the finder reads or a compound
    // one it does not ("2 nV/√Hz"); so Italian "a" counts only after a value ("20 dB a 10 GHz"), where
    // it is no English article, and "8 lanes at 28 Gb/s" counts lanes, not a condition
    return (previous != null && previous.end() <= q.start() && previous.end() >= clause
        && norm.substring(previous.end(), clause + m.start()).isBlank())
        || COMPOUND_VALUE_BEFORE.matcher(before.substring(0, m.start())).find();
  }

  private static final java.util.regex.Pattern COMPOUND_VALUE_BEFORE = java.util.regex.Pattern.compile(
      "\\d\\s*[\\p{L}µ]*[/√][\\p{L}µ√/()\\d]*\\s*$");

  private static boolean isRadioFrequency(FoundQuantity q) {
    if (q.dimension() != Dimension.FREQUENCY) {
      return false;
    }
    Measurement m = q.measurement();
    double low = m instanceof QuantityRange r ? r.low().toSi() : ((Quantity) m).toSi();
    return low >= MIN_RADIO_FREQUENCY_HZ;
  }

  private static boolean speaksOfImaging(String norm) {
    for (String word : IMAGING_WORDS) {
      if (norm.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean speaksOfLight(String norm) {
    for (String word : LIGHT_WORDS) {
      int at = norm.indexOf(word);
      while (at >= 0) {
        // a word or the start of one ("optical", "photodiode"), never the inside of another ("guide", "build")
        if (at == 0 || !Character.isLetterOrDigit(norm.charAt(at - 1))) {
          return true;
        }
        at = norm.indexOf(word, at + 1);
      }
    }
    return false;
  }

  /**
   * Whether a bare length may be a wavelength: it lies wholly in the optical span ("200 m range" is
   * none) and is a value in nanometres in any text ("i-line stepper, 365 nm": sizes in nanometres
   * are named, "350 nm resolution", wavelengths often not), or, in a text about light, any value in
   * a text about lasers ("CO2 laser 10,6 µm") or a band ("3-5 µm") in a text not about a camera. A single micrometre value
   * in an imaging text is as often the pixel pitch ("VOx 12 µm"). A camera's band is the band of the
   * focal plane array inside it: the annex controls cameras by the array they incorporate (6A003.b.4
   * refers to 6A002.a.3), so read as the camera's own wavelength it made the array's entry outrank the
   * camera's ("thermal camera, microbolometer 640 x 512, 8-14 µm, 60 Hz" listed under 6A002.a.3.f).
   */
  private static boolean mayBeWavelength(FoundQuantity q, boolean light, boolean laser, boolean camera) {
    Measurement m = q.measurement();
    double low = m instanceof QuantityRange r ? r.low().toSi() : ((Quantity) m).toSi();
    double high = m instanceof QuantityRange r ? r.high().toSi() : low;
    if (low < MIN_WAVELENGTH_M || high >= MAX_WAVELENGTH_M) {
      return false;
    }
    if (m instanceof Quantity single && single.unit().equals(Units.NANOMETRE)) {
      return true;
    }
    return light && (laser || (m instanceof QuantityRange && !camera));
  }

  // a frame rate is a whole-frame repetition rate: radio frequencies (a 2.4 GHz link) are not
  private static boolean mayBeFrameRate(FoundQuantity q) {
    Measurement m = q.measurement();
    double top = m instanceof QuantityRange r ? r.high().toSi() : ((Quantity) m).toSi();
    return top > 0 && top < MAX_FRAME_RATE_HZ;
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == ';' || c == '\n' || c == '|' || c == '(' || c == ')';
  }

  /**
   * Where the clause of a value at {@code from} starts: after the last clause break before it. A
   * short bracketed qualifier without digits right before the value ("Ausgangsleistung (CW) 50 W",
   * "peak power (pulsed): 10 kW", "Auflösung (max.) 5 µm") qualifies the name before it and is no
   * break; a bracket with digits is a condition or a value of its own ("Leistung (bei 25 °C) 50 W").
   */
  private static int clauseStart(String norm, int from, int floor) {
    int i = from - 1;
    int close = i;
    while (close >= floor && (Character.isWhitespace(norm.charAt(close)) || norm.charAt(close) == ':'
        || norm.charAt(close) == '=')) {
      close--;
    }
    if (close >= floor && norm.charAt(close) == ')') {
      int open = qualifierOpening(norm, close, floor);
      if (open >= 0) {
        i = open - 1;
      }
    }
    for (; i >= floor; i--) {
      if (isClauseBreak(norm.charAt(i))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static final int MAX_QUALIFIER_LENGTH = 24;

  /** The "(" of a short bracket without digits that closes at {@code close}; -1 when there is none. */
  private static int qualifierOpening(String norm, int close, int floor) {
    for (int k = close - 1; k >= floor && close - k <= MAX_QUALIFIER_LENGTH; k--) {
      char c = norm.charAt(k);
      if (c == '(') {
        return k;
      }
      if (Character.isDigit(c) || isClauseBreak(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static int clauseEnd(String norm, int from, int ceiling) {
    for (int i = from; i < ceiling; i++) {
      if (isClauseBreak(norm.charAt(i))) {
        return i;
      }
    }
    return ceiling;
  }

}

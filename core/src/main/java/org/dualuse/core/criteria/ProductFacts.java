package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;
import org.slf4j.LoggerFactory;

/**
 * The typed facts about one product: from stated name=value pairs ("Psat" = "47.8 dBm") and from
 * the quantities of its text ("GaN MMIC PA 2.9–3.5 GHz, Psat 47.8 dBm" gives an operating frequency
 * range and a peak saturated output power).
 *
 * <p>In the text, a quantity takes the parameter the vocabulary names nearest to it within its
 * clause (the words between commas, semicolons or line ends), before or after it ("60 W peak
 * saturated output power", "fractional bandwidth 19 %"); when words on both sides name different
 * parameters the farther one is kept as an alternative. A value no word names takes its dimension's
 * default parameter ("3 GHz" alone is an operating frequency) and says so in its origin; an unnamed
 * frequency below 1 GHz in a text about cameras, imagers, video or sensors ("thermal camera 640x512,
 * 30 Hz") keeps frame rate as an alternative, since such texts give frame rates bare. A frequency
 * range with no stated fractional bandwidth also yields the derived fractional bandwidth
 * {@code 2 (high - low) / (high + low)}.
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

  private ProductFacts(List<Fact> facts) {
    this.facts = List.copyOf(facts);
    this.answeringByParameter = this.facts.isEmpty() ? Map.of() : new ConcurrentHashMap<>();
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
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(text, "text");
    List<Fact> all = new ArrayList<>();
    if (stated != null) {
      stated.forEach((name, value) -> all.add(stated(name, value)));
    }
    all.addAll(fromTextOnly(text));
    addDerived(all);
    return new ProductFacts(all);
  }

  /** The facts found in a text. Never throws: a text it cannot read yields no facts. */
  public static ProductFacts fromText(String text) {
    Objects.requireNonNull(text, "text");
    List<Fact> all = new ArrayList<>(fromTextOnly(text));
    addDerived(all);
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
      tier = select(f -> f.origin() != FactOrigin.STATED && same(f.parameter(), parameter));
    }
    if (tier.isEmpty()) {
      tier = select(f -> holdsAlternative(f, parameter));
    }
    if (tier.isEmpty()) {
      for (String broader : Parameters.answeredBy(parameter)) {
        tier = select(f -> f.parameter().name().equals(broader) && f.parameter().dimension() == parameter.dimension());
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
    for (Fact f : facts) {
      // the broader parameters are looked up only for a fact of the same dimension: most facts are not
      if (same(f.parameter(), parameter) || holdsAlternative(f, parameter)
          || (f.parameter().dimension() == parameter.dimension()
              && Parameters.answeredBy(parameter).contains(f.parameter().name()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAlternative(Fact f, Parameter parameter) {
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

  private static Fact stated(String name, String value) {
    if (name == null || name.isBlank()) {
      throw new FactFormatException(name, value, "a stated fact needs a name (value "
          + DualUseException.quote(value) + ")");
    }
    if (value == null || value.isBlank()) {
      throw new FactFormatException(name, value, "fact " + DualUseException.quote(name) + " has no value");
    }
    ScannedText scan = ScannedText.of(value);
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

  private static List<Fact> fromTextOnly(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return readText(text);
    } catch (RuntimeException e) {
      // a product text must never stop a classification; it simply yields no facts
      LoggerFactory.getLogger(ProductFacts.class).warn("could not read facts from a text of length {}", text.length(), e);
      return List.of();
    }
  }

  private static List<Fact> readText(String text) {
    ScannedText scan = ScannedText.of(text);
    String norm = scan.normalised;
    List<FoundQuantity> found = scan.quantities;
    List<Fact> out = new ArrayList<>();
    boolean imaging = speaksOfImaging(norm);
    boolean light = speaksOfLight(norm);
    boolean laser = light && norm.contains("laser");
    boolean camera = norm.contains("camera") || norm.contains("kamera");
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
      if (scan.isFrameRate(q) && dimension == Dimension.FREQUENCY) {
        parameter = Parameters.FRAME_RATE;
      } else {
        Optional<Mentions.Mention> before = Mentions.nearestBefore(norm, clauseStart, q.start(), dimension);
        Optional<Mentions.Mention> after = Mentions.nearestAfter(norm, q.end(), clauseEnd, dimension);
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
    return out;
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

  private static int clauseStart(String norm, int from, int floor) {
    for (int i = from - 1; i >= floor; i--) {
      if (isClauseBreak(norm.charAt(i))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static int clauseEnd(String norm, int from, int ceiling) {
    for (int i = from; i < ceiling; i++) {
      if (isClauseBreak(norm.charAt(i))) {
        return i;
      }
    }
    return ceiling;
  }

  // ---- derived facts

  private static void addDerived(List<Fact> all) {
    boolean hasFractional = all.stream().anyMatch(f -> same(f.parameter(), Parameters.FRACTIONAL_BANDWIDTH));
    if (hasFractional) {
      return;
    }
    for (Fact f : List.copyOf(all)) {
      if (same(f.parameter(), Parameters.OPERATING_FREQUENCY) && f.value() instanceof QuantityRange r) {
        double low = r.low().toSi();
        double high = r.high().toSi();
        if (low > 0 && high > low) {
          double percent = 200 * (high - low) / (high + low);
          Measurement m = Quantity.of(Math.round(percent * 100) / 100.0, Units.PERCENT);
          all.add(new Fact(Parameters.FRACTIONAL_BANDWIDTH, m, List.of(), FactOrigin.DERIVED,
              "2 (high - low) / (high + low) of " + r + (f.source().isEmpty() ? "" : " ('" + f.source() + "')"),
              f.start(), f.end()));
          return;
        }
      }
    }
  }
}

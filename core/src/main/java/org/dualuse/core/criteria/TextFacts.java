package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;

/**
 * The facts of a product's text, read as {@link ProductFacts} describes: each quantity named by the
 * nearest parameter name of its clause ({@link ValueClauses}), a value after "at" the condition of
 * the one before it, an unnamed value its dimension's default with the alternatives the text's
 * subject suggests (a frame rate in a text about cameras, a wavelength in one about light), and the
 * values written without a unit. Static helpers only.
 */
final class TextFacts {
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

  private TextFacts() {}

  /** The facts found in a text, in order of position; none for a blank text. Never throws on any string. */
  static List<Fact> read(String text, QuantityFinder finder) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return readText(text, finder);
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
    boolean underwater = RatedValues.speaksOfUnderwater(norm);
    // the text is searched for a dimension's spellings once, not twice for every quantity
    MentionIndex mentions = new MentionIndex(norm);
    for (int i = 0; i < found.size(); i++) {
      FoundQuantity q = found.get(i);
      int clauseStart = ValueClauses.clauseStart(norm, q.start(), i == 0 ? 0 : found.get(i - 1).end());
      int clauseEnd = ValueClauses.clauseEnd(norm, q.end(), i + 1 < found.size() ? found.get(i + 1).start() : norm.length());
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
        // "Ø130 x 300 mm": a name before a list of dimensions names its first member only, never the
        // last, which alone has the unit
        List<DimensionLists.Member> members = dimension == Dimension.LENGTH
            ? DimensionLists.before(norm, q, i == 0 ? 0 : found.get(i - 1).end()) : List.of();
        int nameFrom = clauseStart;
        if (!members.isEmpty()) {
          addNamedMember(out, members, mentions.nearestBefore(clauseStart, members.get(0).start(), dimension), scan);
          nameFrom = Math.max(clauseStart, members.get(members.size() - 1).end());
        }
        Optional<Mentions.Mention> before = mentions.nearestBefore(nameFrom, q.start(), dimension);
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
        } else if (q.measurement() instanceof Quantity value
            && value.unit().equals(Units.MASS_PERCENT)) {
          // "5 wt% thiodiglycol": a percent by mass names a concentration by its unit alone
          parameter = Parameters.CONTENT;
        } else if (RatedValues.named(norm, clauseStart, q.start(), dimension, underwater).isPresent()) {
          // "buoyancy modules rated to 6 000 m": the verb, the unit and the subject name the depth
          parameter = Parameters.DEPTH;
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
      Fact fact = new Fact(parameter, q.measurement(), alternatives, origin,
          scan.slice(sourceStart, sourceEnd).strip(), q.start(), q.end());
      // "over 2.5 MW", "mehr als 2,5 MW", "2,5 MW ou plus": the text gives only a bound of the value
      boolean alone = i == 0 || hasClauseBreak(norm, found.get(i - 1).end(), q.start());
      Optional<Comparison> bound = ValueBounds.of(norm, q, clauseStart, clauseEnd, alone);
      out.add(bound.isPresent() ? fact.bounded(bound.get()) : fact);
    }
    // values written without a unit: nominal sizes ("DN 25", '1/2" NPT') and counts ("zweiachsig")
    List<Fact> unitless = new ArrayList<>(NominalSizes.find(scan));
    unitless.addAll(CountWords.find(scan));
    if (!unitless.isEmpty()) {
      out.addAll(unitless);
      out.sort(Comparator.comparingInt(Fact::start));
    }
    return out;
  }

  // "at", "@", "bei", "à" (with "measured", "gemessen", "mesuré" before them) right before the value
  private static final Pattern CONDITION_BEFORE = Pattern.compile(
      "(?:(?<![\\p{L}])(?:at|bei|à|a)|@)\\s*$");
  private static final double MIN_RADIO_FREQUENCY_HZ = 1e6;

  /**
   * Whether the value is the condition the value before it in its clause was measured at: "at" or
   * "@" stands right before it, and the previous value lies in the same clause.
   */
  private static boolean isCondition(String norm, FoundQuantity q, FoundQuantity previous) {
    int from = previous == null || previous.end() > q.start() ? 0 : previous.end();
    int clause = q.start();
    while (clause > from && !ValueClauses.isClauseBreak(norm.charAt(clause - 1))) {
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

  private static final Pattern COMPOUND_VALUE_BEFORE = Pattern.compile(
      "\\d\\s*[\\p{L}µ]*[/√][\\p{L}µ√/()\\d]*\\s*$");

  private static boolean hasClauseBreak(String norm, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (ValueClauses.isClauseBreak(norm.charAt(k))) {
        return true;
      }
    }
    return false;
  }

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

  /**
   * The first member of a list of dimensions that a name before the list names ("Ø130" of "Ø130 x 300
   * mm"). The unnamed members are not read: an unnamed length is a guess at every length parameter, and
   * reading them too cost tune not-listed accuracy (0.804 to 0.803, 2026-12-08).
   */
  private static void addNamedMember(List<Fact> out, List<DimensionLists.Member> members,
      Optional<Mentions.Mention> name, ScannedText scan) {
    if (name.isPresent()) {
      DimensionLists.Member m = members.get(0);
      out.add(new Fact(name.get().parameter(), m.value(), List.of(), FactOrigin.NAMED_IN_TEXT,
          scan.slice(name.get().start(), m.end()).strip(), m.start(), m.end()));
    }
  }

  private static boolean speaksOfLight(String norm) {
    return startsAWord(norm, LIGHT_WORDS);
  }

  /**
   * Whether a word of the normalised text starts with one of these words: a word or the start of one
   * ("optical", "photodiode"), never the inside of another ("guide", "build").
   */
  static boolean startsAWord(String norm, java.util.Collection<String> words) {
    for (String word : words) {
      int at = norm.indexOf(word);
      while (at >= 0) {
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
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.FoundQuantity;

/**
 * The annex's wording of a condition of measurement: a value that says where or how another is
 * measured ("when measured at a frequency of 1 GHz", "for a period of up to 4 minutes", "10 g rms
 * between 20 Hz and 2 kHz", "TIR over 300 mm of travel") and is never a threshold the goods must
 * meet. {@link BoundReader} asks these questions of each value it reads and takes the comparator off,
 * or drops the value, when one says yes. Stateless and thread-safe.
 */
final class MeasurementConditions {

  private static final Pattern MEASURED_AT = Pattern.compile(
      // the words between "measured at" and the value name where it is measured, never a comparator:
      // "a BPP measured at the output not exceeding 1,5 mm mrad" bounds the BPP, not the place
      "(?<![\\p{L}])(?:measured|tested)\\s+(?:at|with|over|under|in)(?![\\p{L}])"
          + "(?:\\s+(?!(?:not|exceeding|exceeds|less|more|greater|lower|higher|below|above|than|equal|up|within|better|worse)"
          + "(?![\\p{L}]))[\\p{L}-]+){0,4}\\s*(?:of\\s*)?$");
  // phrases that state where or how a value is measured, never what the item must meet: "a speed
  // of 30 knots in a significant wave height of 1,25 m", "an error less than 10 m for a period of up to
  // 4 minutes", "for any frequency change exceeding 2,2 GHz", "into loads of less than 40 ohms", "a
  // roughness less than 1 nm for sampling lengths equal to or greater than 1 mm"
  private static final Pattern CONDITION_OF_MEASUREMENT = Pattern.compile(
      "(?<![\\p{L}])(?:for\\s+a\\s+period\\s+of(?:\\s+up\\s+to)?|in\\s+(?:a\\s+)?significant\\s+wave\\s+heights?(?:\\s+of)?"
          + "|in\\s+sea\\s+states?(?:\\s+of)?|into\\s+(?:a\\s+)?loads?\\s+of|for\\s+any\\s+frequency\\s+change"
          + "|at\\s+a\\s+(?:maximum\\s+)?stress\\s+of|for\\s+sampling\\s+lengths?(?:\\s+of)?"
          // "into a resistive load of less than 55 ohms", "when operating at pressures greater than or equal to"
          + "|into\\s+(?:a\\s+)?[\\p{L}-]+\\s+loads?\\s+of|when\\s+operating\\s+(?:at|in|with)(?:\\s+[\\p{L}-]+){0,2}"
          + "|averaged\\s+over"
          // "uniform to less than ± 2,5 % across a distance of 75 mm or more": the span a value is measured over
          + "|(?:across|over)\\s+a\\s+distance\\s+of)"
          + "(?:\\s+(?:less|greater|more|lower|higher)\\s+than(?:\\s+or\\s+equal\\s+to)?"
          + "|\\s+equal\\s+to\\s+or\\s+(?:less|greater|more)\\s+than"
          + "|\\s+exceeding|\\s+not\\s+exceeding|\\s+up\\s+to)?\\s*$");
  // "when synthesising a full scale analogue signal of 100 MHz or ... specified below 100 MHz", "while
  // operating at the maximum range that it can operate with an 'along track resolution' of less than 15 cm":
  // a clause of what the goods are doing while the value before it is measured, to the next punctuation
  // ("while imparting forces equal to or greater than 50 kN", "while maintaining the substrate at less than
  // 773 K" are requirements of their own: only "while operating" says how the goods run)
  private static final Pattern WHILE_DOING = Pattern.compile(
      "(?<![\\p{L}])(?:when\\s+(?!measured|tested)\\p{L}+ing|while\\s+operating)(?![\\p{L}])[^,;:()]*");
  // "when measured at a frequency of more than 1 GHz": the value belongs to where it is measured
  private static final Pattern MEASURED_AT_COMPARED = Pattern.compile(
      "(?<![\\p{L}])(?:measured|tested)\\s+(?:at|with|over|under|in)(?:\\s+[\\p{L}-]+){0,4}\\s+of\\s+"
          + "(?:(?:more|less|greater|lower|higher)\\s+than|exceeding|up\\s+to)\\s*$");
  // a range right after "measured" (and a quoted name of how): "measured 'bare table', between 20 Hz and 2 kHz"
  private static final Pattern MEASURED_RANGE = Pattern.compile(
      "(?<![\\p{L}])(?:measured|tested)(?:\\s+[\\p{L}-]+){0,2}[\\s,]*$");
  private static final Pattern PARTICLES = Pattern.compile("(?<![\\p{L}])particles(?![\\p{L}])");
  private static final Pattern SCOPE_AFTER = Pattern.compile("\\s*of\\s+the\\s+(?:measuring|operating)\\s+range");
  private static final Pattern SPAN_AFTER = Pattern.compile("\\s*of\\s+(?:travel|movement|stroke)(?![\\p{L}])");
  private static final Pattern VIBRATION_GAP = Pattern.compile("^[\\s,]*(?:rms|peak|pk)?[\\s,]*$");

  private MeasurementConditions() {}

  /**
   * Whether the words before a compared value at {@code qs} say it is where or how another is
   * measured: after "measured at", in a condition phrase ("for sampling lengths of"), or inside a
   * "when/while ...ing" clause after a compared value.
   *
   * @param lead up to 60 characters of the normalised text before the value
   */
  static boolean saysWhereMeasured(String norm, String lead, List<Bound> bounds, int qs) {
    return MEASURED_AT.matcher(lead).find() || CONDITION_OF_MEASUREMENT.matcher(lead).find()
        || MEASURED_AT_COMPARED.matcher(lead).find() || insideWhileDoing(norm, bounds, qs);
  }

  /** Whether a value ending at {@code end} is the span another is measured over: "over 300 mm of travel". */
  static boolean isSpanMeasuredOver(String norm, String lead, int end) {
    return SPAN_AFTER.matcher(norm).region(end, norm.length()).lookingAt() && lead.endsWith("over ");
  }

  /**
   * Whether a written range is where or over which band the value before it is measured: "0,1 %
   * measured from 0 to 5 mm", "within 0 to 0,2 mm of the measuring range", "10 g rms between 20 Hz
   * and 2 kHz".
   */
  static boolean isRangeOfMeasurement(String norm, String lead, List<Bound> bounds, FoundQuantity q) {
    return MEASURED_RANGE.matcher(lead).find() || SCOPE_AFTER.matcher(norm).region(q.end(), norm.length()).lookingAt()
        || isVibrationBand(bounds, q, norm);
  }

  /**
   * Whether a value right after a share or a count of particles, with "particles" between and no new
   * clause, is the size class of the particles counted.
   */
  static boolean qualifiesCountedParticles(Bound prev, String norm, int qs) {
    boolean counted = prev.parameter().equals(QualifiedParameters.PARTICLE_FRACTION)
        || prev.parameter().name().startsWith("number of") && prev.parameter().name().endsWith("particles");
    if (!counted || prev.end() > qs) {
      return false;
    }
    String between = norm.substring(prev.end(), qs);
    return between.indexOf(';') < 0 && PARTICLES.matcher(between).find();
  }

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

  /**
   * Whether a value lies in a "when/while ...ing" clause that follows a compared value of the same
   * text: the clause says under which operation the value before it is measured.
   */
  private static boolean insideWhileDoing(String norm, List<Bound> bounds, int qs) {
    if (bounds.stream().noneMatch(b -> b.comparison() != null)) {
      return false;
    }
    int lastCompared = bounds.stream().filter(b -> b.comparison() != null).mapToInt(Bound::end).max().orElse(0);
    Matcher m = WHILE_DOING.matcher(norm);
    while (m.find()) {
      if (m.start() >= lastCompared && m.start() < qs && qs < m.end()) {
        return true;
      }
    }
    return false;
  }
}

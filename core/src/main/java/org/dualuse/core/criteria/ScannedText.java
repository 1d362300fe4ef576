package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.QuantityFinder;

/**
 * A text read once for criteria or facts: its quantities (by {@link QuantityFinder}) and a
 * normalised copy for word matching, all with the original offsets.
 *
 * <p>Before the quantities are read, a few spellings the unit registry lacks are rewritten in place
 * with the same length: frame rates ("30 fps", "125 full frames per second", "50 Bilder/s", "30
 * images par seconde", "25 fotogrammi al secondo") become hertz and are remembered as frame rates;
 * the annex's "Giga Samples Per Second" becomes "GS/s"; an angular rate whose bracketed qualifier
 * stands before its time, "0,5° (1 sigma or rms) per hour", becomes "0,5°/h". An amount with its time
 * written apart ("250 g of fluorine per hour") is made a rate ({@link PerTimeUnits}). Immutable.
 */
final class ScannedText {

  // frames a second in English, German ("50 Bilder/s"), French ("30 images par seconde") and Italian
  private static final Pattern FRAME_UNIT = Pattern.compile(
      "(?<=\\d)(\\s*)((?:full\\s+)?frames?\\s*(?:/\\s*s(?:ec(?:ond)?)?\\b|per\\s+second)|fps\\b"
          + "|bilder\\s*(?:/\\s*s(?:ek(?:unde)?)?\\b|pro\\s+sekunde)"
          + "|images?\\s*(?:/\\s*s(?:ec(?:onde)?)?\\b|par\\s+seconde)"
          + "|(?:fotogrammi|immagini)\\s*(?:/\\s*s(?:ec(?:ondo)?)?\\b|al\\s+secondo))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAMPLE_UNIT = Pattern.compile(
      "(?<=\\d)(\\s*)(giga|mega|kilo)\\s+samples\\s+per\\s+second", Pattern.CASE_INSENSITIVE);

  // "0,5° (1 sigma or rms) per hour" (7A102): a bracket that qualifies the value stands between the angle
  // and its "per hour"; the rate is read as "0,5°/h"
  private static final Pattern SPLIT_ANGULAR_RATE = Pattern.compile(
      "(?<=\\d)\\s*(?:°|º|degrees?|deg)(\\s*\\([^()]{1,40}\\)\\s*per\\s+(hour|second)\\b)",
      Pattern.CASE_INSENSITIVE);

  final String text;
  final String normalised;
  final List<FoundQuantity> quantities;
  private final List<int[]> frameRateSpans;

  private ScannedText(String text, String normalised, List<FoundQuantity> quantities, List<int[]> frameRateSpans) {
    this.text = text;
    this.normalised = normalised;
    this.quantities = quantities;
    this.frameRateSpans = frameRateSpans;
  }

  static ScannedText of(String text) {
    return of(text, QuantityFinder.standard());
  }

  /** The text read with a finder of its language's number style. */
  static ScannedText of(String text, QuantityFinder finder) {
    String source = text == null ? "" : text;
    String normalised = Mentions.normalise(source);
    // both rewrites need their words, which most texts lack: look for them before running the patterns
    boolean frameWords = normalised.contains("fram") || normalised.contains("fps") || normalised.contains("bilder")
        || normalised.contains("image") || normalised.contains("fotogramm") || normalised.contains("immagin");
    boolean sampleWords = normalised.contains("samples");
    boolean splitRate = normalised.contains(") per ");
    boolean timeWords = normalised.contains("per ") || normalised.contains("24 hours");
    if (!frameWords && !sampleWords && !splitRate) {
      List<FoundQuantity> found = finder.find(source);
      return new ScannedText(source, normalised, timeWords ? PerTimeUnits.apply(source, found) : found, List.of());
    }
    StringBuilder prepared = new StringBuilder(source);
    List<int[]> frames = new ArrayList<>();
    Matcher m = FRAME_UNIT.matcher(source);
    while (frameWords && m.find()) {
      overwrite(prepared, m.start(2), m.end(2), "Hz");
      frames.add(new int[] {m.start(), m.end()});
    }
    Matcher s = SAMPLE_UNIT.matcher(source);
    while (sampleWords && s.find()) {
      String prefix = switch (s.group(2).toLowerCase(Locale.ROOT)) {
        case "giga" -> "GS/s";
        case "mega" -> "MS/s";
        default -> "kS/s";
      };
      overwrite(prepared, s.start(2), s.end(), prefix);
    }
    Matcher r = SPLIT_ANGULAR_RATE.matcher(source);
    while (splitRate && r.find()) {
      overwrite(prepared, r.start(1), r.end(1), r.group(2).equalsIgnoreCase("hour") ? "/h" : "/s");
    }
    String rewritten = prepared.toString();
    List<FoundQuantity> found = finder.find(rewritten);
    return new ScannedText(source, normalised, timeWords ? PerTimeUnits.apply(source, found) : found, frames);
  }

  private static void overwrite(StringBuilder b, int start, int end, String with) {
    for (int i = start; i < end; i++) {
      int k = i - start;
      b.setCharAt(i, k < with.length() ? with.charAt(k) : ' ');
    }
  }

  /** Whether the quantity's unit was written as frames per second. */
  boolean isFrameRate(FoundQuantity q) {
    for (int[] span : frameRateSpans) {
      if (span[0] < q.end() && q.start() < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** The original characters of {@code [start, end)}. */
  String slice(int start, int end) {
    return text.substring(Math.max(0, start), Math.min(text.length(), end));
  }
}

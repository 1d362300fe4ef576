package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.DerivedFacts.derived;
import static org.dualuse.core.criteria.DerivedFacts.named;
import static org.dualuse.core.criteria.DerivedFacts.round;
import static org.dualuse.core.criteria.DerivedFacts.usable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;

/**
 * The aggregate data rate of 3A001.a.7.b Technical Note 2: the transceivers' rate times their
 * number, summed over the groups the text names ("48 transceivers at 32.75 Gb/s", "16 × 58 Gb/s",
 * "28 Gb/s per lane, 8 lanes"). A rate with fewer than two lanes named beside it is one link's and
 * adds nothing: a single port is no aggregate. Stateless.
 */
final class AggregateDataRate {

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

  private AggregateDataRate() {}

  /** Adds the aggregate data rate of the rates in {@code text}, unless a fact names one. */
  static void addTo(List<Fact> all, String text) {
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
    all.add(derived(Parameters.AGGREGATE_DATA_RATE, round(total / 1e9), TechnicalUnits.GIGABIT_PER_SECOND,
        "transceivers × rate: " + String.join(" + ", parts), first));
  }

  /** The number of lanes the rate at {@code f} is the rate of, or 0 when the text names none. */
  static int lanesOf(String text, Fact f) {
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
}

package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.DerivedFacts.clauseHead;
import static org.dualuse.core.criteria.DerivedFacts.clauseTail;
import static org.dualuse.core.criteria.DerivedFacts.derived;
import static org.dualuse.core.criteria.DerivedFacts.named;
import static org.dualuse.core.criteria.DerivedFacts.single;
import static org.dualuse.core.criteria.DerivedFacts.source;
import static org.dualuse.core.criteria.DerivedFacts.usable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.TechnicalUnits;
import org.dualuse.core.quantity.Units;

/**
 * The annex's 'Total Processing Performance' (3A501.a.16 Technical Note 1): 2 × MacTOPS × bit length
 * of the operation, where 2 × MacTOPS is the operations per second a data sheet reports (TOPS,
 * TFLOPS) and the bit length is the number type the text names beside the rate ("FP16", "INT8",
 * "8-bit"). The highest product over the rates the text gives is kept, as the technical note asks.
 * Stateless.
 */
final class TotalProcessingPerformance {

  // the number type of an operation rate: "FP16", "INT8", "BF16", "TF32", "FP8", "MXFP4"
  private static final Pattern NUMBER_TYPE = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])(?:fp|int|uint|bf|tf|mxfp|float)\\s?(\\d{1,2})(?!\\d)");
  // "8-bit", "16 bit", "8 bits"
  private static final Pattern BITS = Pattern.compile("(?i)(?<![\\p{L}\\d.,])(\\d{1,2})\\s*-?\\s*bits?(?!\\p{L})");
  private static final int MAX_BIT_LENGTH = 64;
  private static final int TYPE_WINDOW = 30;

  private TotalProcessingPerformance() {}

  /**
   * The annex's 'TPP' from the operation rates of the text and the bit length named beside each: the
   * rate in tera operations per second times the bit length, the highest over the rates. A bit length
   * stands before or after its rate, between the neighbouring rates and within the clause; which
   * side is read from the text as a whole ("FP16 989 TFLOPS, INT8 1979 TOPS" names the type before,
   * "989 TFLOPS FP16 1979 TOPS INT8" after), the side that gives more rates a bit length, ties to after.
   */
  static void addTo(List<Fact> all, String text) {
    if (named(all, PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE) || text.isEmpty()) {
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
    rates.sort(Comparator.comparingInt(Fact::start));
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
      all.add(derived(PhysicalParameters.TOTAL_PROCESSING_PERFORMANCE_VALUE, Math.round(best),
          TechnicalUnits.TOTAL_PROCESSING_PERFORMANCE, how, from));
    }
  }

  /** The bit length the nearest number type or bit count names: the last one before, the first after. */
  static int bitLength(String window, boolean last) {
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
}

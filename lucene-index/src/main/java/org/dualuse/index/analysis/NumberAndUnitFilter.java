package org.dualuse.index.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops numbers, unit symbols and single characters, so that values stay out of the word scoring:
 * they belong to the parameter side, which reads them as typed quantities. A token is dropped when
 * it contains a digit ({@code 640}, {@code 3.5ghz}, {@code x512}), is one character long, or is a
 * unit symbol ({@code GHz}, {@code µm}, {@code dBm}). Expects lower-cased input.
 */
public final class NumberAndUnitFilter extends FilteringTokenFilter {

  /** Lower-case unit symbols and abbreviations found beside numbers in the annex and in product texts. */
  public static final CharArraySet UNITS = new CharArraySet(List.of(
      "hz", "khz", "mhz", "ghz", "thz", "kw", "mw", "gw", "dbm", "db", "dbi", "dbc", "dbw", "kv", "mv",
      "ma", "ka", "nm", "µm", "μm", "um", "mm", "cm", "km", "ms", "µs", "μs", "us", "ns", "ps", "fs",
      "kg", "mg", "pa", "kpa", "mpa", "gpa", "hpa", "mbar", "psi", "kj", "mj", "gy", "krad", "mrad",
      "gsps", "msps", "ksps", "sps", "fps", "ppm", "rpm", "ml", "kbit", "mbit", "gbit", "kbps", "mbps",
      "gbps", "tbps", "bps", "flops", "gflops", "tflops", "wt", "nmi", "vdc", "vac", "mah", "kwh",
      "mrad", "µrad", "μrad", "mw/cm2", "lp", "mpixel", "mp", "px", "ghz", "ev", "kev", "mev", "gev"),
      false);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public NumberAndUnitFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    int n = term.length();
    if (n <= 1) {
      return false;
    }
    char[] b = term.buffer();
    for (int i = 0; i < n; i++) {
      if (Character.isDigit(b[i])) {
        return false;
      }
    }
    return !UNITS.contains(b, 0, n);
  }
}

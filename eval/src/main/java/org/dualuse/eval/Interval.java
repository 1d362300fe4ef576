package org.dualuse.eval;

/**
 * A two-sided confidence interval of a rate; both ends NaN when the rate is undefined (no case in
 * its denominator).
 *
 * @param low the lower end
 * @param high the upper end, at least {@code low}
 */
public record Interval(double low, double high) {
  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

  public Interval {
    if (!Double.isNaN(low) && !Double.isNaN(high) && low > high) {
      throw new IllegalArgumentException("interval low " + low + " exceeds high " + high);
    }
  }
}

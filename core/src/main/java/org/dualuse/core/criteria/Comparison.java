package org.dualuse.core.criteria;

/**
 * How a value is compared with a threshold. The annex distinguishes strict from inclusive bounds:
 * "exceeding 2,7 GHz" excludes 2.7 GHz ({@link #GREATER_THAN}); "75 W or more" includes 75 W
 * ({@link #AT_LEAST}).
 */
public enum Comparison {
  GREATER_THAN(">"),
  AT_LEAST(">="),
  LESS_THAN("<"),
  AT_MOST("<=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} satisfies this comparison against {@code bound} (both in the same unit). */
  public boolean test(double value, double bound) {
    return switch (this) {
      case GREATER_THAN -> value > bound;
      case AT_LEAST -> value >= bound;
      case LESS_THAN -> value < bound;
      case AT_MOST -> value <= bound;
    };
  }

  /**
   * The same bound read from the other side, inclusion kept: {@code <} becomes {@code >}, {@code <=}
   * becomes {@code >=}. For "better than" on a parameter whose better values are larger.
   */
  public Comparison mirrored() {
    return switch (this) {
      case GREATER_THAN -> LESS_THAN;
      case AT_LEAST -> AT_MOST;
      case LESS_THAN -> GREATER_THAN;
      case AT_MOST -> AT_LEAST;
    };
  }

  /**
   * The comparison every value fails that this one meets and meets that this one fails: {@code >}
   * becomes {@code <=}, {@code >=} becomes {@code <}. For a bound the text denies ("not capable of
   * balancing rotors having a mass greater than 3 kg" is a mass of at most 3 kg).
   */
  public Comparison negated() {
    return switch (this) {
      case GREATER_THAN -> AT_MOST;
      case AT_LEAST -> LESS_THAN;
      case LESS_THAN -> AT_LEAST;
      case AT_MOST -> GREATER_THAN;
    };
  }

  /** True for the comparisons that a larger value satisfies more easily. */
  public boolean isLowerBound() {
    return this == GREATER_THAN || this == AT_LEAST;
  }
}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.UnitConversionException;

/**
 * Evaluates criteria against one product's facts, three-valued.
 *
 * <p>A threshold or range with no fact answering its parameter is UNKNOWN. With facts, it is MATCH
 * when any of them satisfies it, else NO_MATCH. A single value is compared as written: "exceeding"
 * excludes the bound, "or more" includes it. A value that is itself a range (a product's frequency
 * band or temperature rating) satisfies a threshold when some value in it does, and a range when the
 * two overlap, or, for an {@linkplain Range#entire() entire} range, when it covers it. This makes
 * the annex's band tables work as their notes say (3A001.b.2 Note 2: a device whose band spans
 * several of the table's bands is controlled when its power exceeds the threshold of any band it
 * covers, that is, the lowest of them).
 *
 * <p>A fact the text states only as a bound ("over 2.5 MW", "less than 0.5 °/h": {@link Fact#bound()})
 * meets a limit when every value beyond its bound does, fails it when none does, and otherwise leaves
 * it UNKNOWN ({@link #boundTruth}); among the facts answering a parameter, one that meets the limit
 * decides, else one that leaves it open, else the nearest failure.
 *
 * <p>Values within {@value #TOLERANCE} (relative, in SI units) of a bound count as equal to it: the
 * annex rounds its own equivalents (398 K is printed for 125 °C, 55 W for 47,4 dBm), and a product
 * rated 125 °C is "at" the 398 K bound, not above it.
 *
 * <p>Features are judged by the {@link FeatureJudge}; what an undecided feature counts as depends on
 * the {@link FeaturePolicy}. Immutable and thread-safe when its judge is.
 */
public final class CriterionEvaluator {

  /** Relative difference under which a value equals a bound. */
  public static final double TOLERANCE = 1e-3;

  private final ProductFacts facts;
  private final FeatureJudge judge;

  public CriterionEvaluator(ProductFacts facts, FeatureJudge judge) {
    this.facts = facts == null ? ProductFacts.NONE : facts;
    this.judge = judge == null ? FeatureJudge.NONE : judge;
  }

  /** The facts this evaluator reads. */
  public ProductFacts facts() {
    return facts;
  }

  /** Evaluates with undecided features left UNKNOWN. */
  public Evaluation evaluate(Criterion criterion) {
    return evaluate(criterion, FeaturePolicy.JUDGED);
  }

  /** Evaluates a criterion, with undecided features counted as the policy says. */
  public Evaluation evaluate(Criterion criterion, FeaturePolicy policy) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(policy, "policy");
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion leaf : criterion.leaves()) {
      results.add(evaluateLeaf(leaf, policy));
    }
    // leaves are evaluated once each, in order; the structure only combines their truths
    int[] next = {0};
    Truth truth = combine(criterion, leaf -> results.get(next[0]++).truth());
    return new Evaluation(truth, results);
  }

  /**
   * Combines leaf truths by the criterion's structure (AllOf as Kleene and, AnyOf as or, Not as
   * not). {@code leafTruth} is called once per leaf, in the order of {@link Criterion#leaves()}.
   */
  public static Truth combine(Criterion criterion, Function<Criterion, Truth> leafTruth) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(leafTruth, "leafTruth");
    if (criterion instanceof AllOf all) {
      Truth t = Truth.MATCH;
      for (Criterion c : all.criteria()) {
        t = t.and(combine(c, leafTruth));
      }
      return t;
    }
    if (criterion instanceof AnyOf any) {
      Truth t = Truth.NO_MATCH;
      for (Criterion c : any.criteria()) {
        t = t.or(combine(c, leafTruth));
      }
      return t;
    }
    if (criterion instanceof Not not) {
      return combine(not.criterion(), leafTruth).not();
    }
    return leafTruth.apply(criterion);
  }

  /**
   * The outcome of one threshold, range or feature. Its explanation is put into words when first
   * read: most results of a classification are never shown.
   */
  public CriterionResult evaluateLeaf(Criterion leaf, FeaturePolicy policy) {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(policy, "policy");
    if (leaf instanceof Feature feature) {
      Truth t = judge.judge(feature);
      if (t != Truth.UNKNOWN) {
        return new CriterionResult(leaf, t, Optional.empty(),
            () -> feature.description() + (t == Truth.MATCH ? ": supported by the text" : ": ruled out by the text"),
            Double.NaN, false);
      }
      return switch (policy) {
        case ASSUMED -> new CriterionResult(leaf, Truth.MATCH, Optional.empty(),
            () -> feature.description() + ": assumed (the kind of item)", Double.NaN, true);
        case PROVEN -> new CriterionResult(leaf, Truth.NO_MATCH, Optional.empty(),
            () -> feature.description() + ": not shown", Double.NaN, false);
        case JUDGED -> new CriterionResult(leaf, Truth.UNKNOWN, Optional.empty(),
            () -> feature.description() + ": no evidence", Double.NaN, false);
      };
    }
    Parameter parameter = leaf instanceof Threshold t ? t.parameter() : ((Range) leaf).parameter();
    List<Fact> answering = facts.answering(parameter);
    if (answering.isEmpty()) {
      return new CriterionResult(leaf, Truth.UNKNOWN, Optional.empty(),
          () -> leaf.describe() + ": no fact gives the " + parameter.name(), Double.NaN, false);
    }
    CriterionResult best = null;
    CriterionResult open = null;
    double[] gap = {Double.NaN};
    for (Fact fact : answering) {
      gap[0] = Double.NaN;
      if (fact.bound() != null) {
        Truth t = boundTruth(leaf, fact, gap);
        if (t == Truth.MATCH) {
          return new CriterionResult(leaf, Truth.MATCH, Optional.of(fact), () -> explain(leaf, parameter, fact, t),
              Double.NaN, false);
        }
        if (t == Truth.UNKNOWN) {
          if (open == null) {
            open = new CriterionResult(leaf, Truth.UNKNOWN, Optional.of(fact), () -> explain(leaf, parameter, fact, t),
                Double.NaN, false);
          }
          continue;
        }
        double g = gap[0];
        if (best == null || (!Double.isNaN(g) && (Double.isNaN(best.gap()) || g < best.gap()))) {
          best = new CriterionResult(leaf, Truth.NO_MATCH, Optional.of(fact),
              () -> explain(leaf, parameter, fact, Truth.NO_MATCH), g, false);
        }
        continue;
      }
      boolean ok = leaf instanceof Threshold t ? meets(t, fact.against(t.comparison()), gap) : meets((Range) leaf, fact.value(), gap);
      double g = ok ? Double.NaN : gap[0];
      // only the result returned is ever read: put into words that one, when asked
      if (ok) {
        return new CriterionResult(leaf, Truth.MATCH, Optional.of(fact),
            () -> explain(leaf, parameter, fact, Truth.MATCH), Double.NaN, false);
      }
      if (best == null || (!Double.isNaN(g) && (Double.isNaN(best.gap()) || g < best.gap()))) {
        best = new CriterionResult(leaf, Truth.NO_MATCH, Optional.of(fact),
            () -> explain(leaf, parameter, fact, Truth.NO_MATCH), g, false);
      }
    }
    // any fact may be the product's value: one that may meet it leaves the criterion open
    return open != null ? open : best;
  }

  /**
   * How a fact that states only a bound ("over 2.5 MW": the product's value lies somewhere above
   * 2.5 MW) settles a threshold or range: MATCH when every value beyond the bound meets it ("over
   * 2.5 MW" meets "exceeding 2.5 MW" and "2 MW or more"), NO_MATCH when none does ("over 2.5 MW"
   * fails "less than 2 MW"; "less than 0.5 °/h" fails "0.5 °/h or more"), and UNKNOWN when some do
   * and some do not ("over 2.5 MW" against "exceeding 5 MW": the text does not say).
   */
  static Truth boundTruth(Criterion leaf, Fact fact, double[] gap) {
    Comparison side = fact.bound();
    double x = ((Quantity) fact.value()).toSi();
    if (leaf instanceof Threshold t) {
      double bound = t.bound().toSi();
      int cmp = t.parameter().dimension() == Dimension.RATIO ? compareShare(x, bound) : compare(x, bound);
      gap[0] = relativeGap(x, bound);
      // the fact's values: (x, inf) or [x, inf) for a lower bound, (-inf, x) or (-inf, x] for an upper
      boolean factStrict = side == Comparison.GREATER_THAN || side == Comparison.LESS_THAN;
      boolean limitStrict = t.comparison() == Comparison.GREATER_THAN || t.comparison() == Comparison.LESS_THAN;
      if (side.isLowerBound() == t.comparison().isLowerBound()) {
        // same direction: all of the fact's values meet it when its bound lies at or beyond the limit
        boolean beyond = side.isLowerBound() ? cmp > 0 : cmp < 0;
        return beyond || (cmp == 0 && (factStrict || !limitStrict)) ? Truth.MATCH : Truth.UNKNOWN;
      }
      // opposite directions: none meets it when the bound lies at or beyond the limit's far side
      boolean apart = side.isLowerBound() ? cmp > 0 : cmp < 0;
      return apart || (cmp == 0 && (factStrict || limitStrict)) ? Truth.NO_MATCH : Truth.UNKNOWN;
    }
    QuantityRange r = ((Range) leaf).range();
    double low = r.low().toSi();
    double high = r.high().toSi();
    if (((Range) leaf).outside()) {
      return Truth.UNKNOWN;
    }
    // a bound leaves the values on one side open, so it never covers a range; it misses one that lies
    // wholly on its other side
    boolean strict = side == Comparison.GREATER_THAN || side == Comparison.LESS_THAN;
    if (side.isLowerBound()) {
      int cmp = compare(x, high);
      gap[0] = relativeGap(x, high);
      return cmp > 0 || (cmp == 0 && (strict || !r.highInclusive())) ? Truth.NO_MATCH : Truth.UNKNOWN;
    }
    int cmp = compare(x, low);
    gap[0] = relativeGap(x, low);
    return cmp < 0 || (cmp == 0 && (strict || !r.lowInclusive())) ? Truth.NO_MATCH : Truth.UNKNOWN;
  }

  // ---- numbers

  /** -1, 0 or 1 as {@code value} is below, at (within the tolerance) or above {@code bound}. */
  static int compare(double value, double bound) {
    double scale = Math.max(Math.abs(value), Math.abs(bound));
    if (Math.abs(value - bound) <= TOLERANCE * scale) {
      return 0;
    }
    return value < bound ? -1 : 1;
  }

  /**
   * {@link #compare} for shares of a whole (SI ratios between 0 and 1): the tolerance is relative to
   * what the share leaves of the whole when that is less, because a purity is told by what it leaves.
   * 99,9 % and 99,99 % differ by a thousandth of the value and by a factor of ten in impurities; the
   * annex's "99,99 % or greater" is not met by 99,9 %.
   */
  static int compareShare(double value, double bound) {
    if (value < 0 || value > 1 || bound < 0 || bound > 1) {
      return compare(value, bound);
    }
    double scale = Math.max(Math.min(value, 1 - value), Math.min(bound, 1 - bound));
    if (Math.abs(value - bound) <= TOLERANCE * scale) {
      return 0;
    }
    return value < bound ? -1 : 1;
  }

  private static boolean test(Comparison c, int cmp) {
    return switch (c) {
      case GREATER_THAN -> cmp > 0;
      case AT_LEAST -> cmp >= 0;
      case LESS_THAN -> cmp < 0;
      case AT_MOST -> cmp <= 0;
    };
  }

  private static double relativeGap(double value, double bound) {
    return bound == 0 ? Math.abs(value) : Math.abs(value - bound) / Math.abs(bound);
  }

  private static boolean meets(Threshold t, Measurement m, double[] gap) {
    double bound = t.bound().toSi();
    double v;
    if (m instanceof Quantity q) {
      v = q.toSi();
    } else {
      QuantityRange r = (QuantityRange) m;
      // some value of the range must satisfy it: its top for a lower bound, its bottom for an upper
      v = t.comparison().isLowerBound() ? r.high().toSi() : r.low().toSi();
    }
    boolean ok = test(t.comparison(), t.parameter().dimension() == Dimension.RATIO ? compareShare(v, bound) : compare(v, bound));
    gap[0] = relativeGap(v, bound);
    return ok;
  }

  private static boolean meets(Range c, Measurement m, double[] gap) {
    QuantityRange r = c.range();
    double low = r.low().toSi();
    double high = r.high().toSi();
    double factLow;
    double factHigh;
    boolean factLowIn = true;
    boolean factHighIn = true;
    if (m instanceof Quantity q) {
      factLow = q.toSi();
      factHigh = factLow;
    } else {
      QuantityRange f = (QuantityRange) m;
      factLow = f.low().toSi();
      factHigh = f.high().toSi();
      factLowIn = f.lowInclusive();
      factHighIn = f.highInclusive();
    }
    boolean ok;
    if (c.entire()) {
      ok = compare(factLow, low) <= 0 && compare(factHigh, high) >= 0 && factHigh > factLow;
      gap[0] = Math.max(compare(factLow, low) > 0 ? relativeGap(factLow, low) : 0,
          compare(factHigh, high) < 0 ? relativeGap(factHigh, high) : 0);
    } else {
      int topVsLow = compare(factHigh, low);
      int bottomVsHigh = compare(factLow, high);
      boolean reachesLow = topVsLow > 0 || (topVsLow == 0 && r.lowInclusive() && factHighIn);
      boolean reachesHigh = bottomVsHigh < 0 || (bottomVsHigh == 0 && r.highInclusive() && factLowIn);
      boolean overlaps = reachesLow && reachesHigh;
      if (c.outside()) {
        int bottomVsLow = compare(factLow, low);
        int topVsHigh = compare(factHigh, high);
        ok = bottomVsLow < 0 || (bottomVsLow == 0 && !r.lowInclusive() && factLowIn)
            || topVsHigh > 0 || (topVsHigh == 0 && !r.highInclusive() && factHighIn);
        gap[0] = Math.min(relativeGap(factLow, low), relativeGap(factHigh, high));
      } else {
        ok = overlaps;
        gap[0] = !reachesLow ? relativeGap(factHigh, low) : relativeGap(factLow, high);
      }
    }
    return ok;
  }

  // ---- words

  private static String explain(Criterion leaf, Parameter parameter, Fact fact, Truth truth) {
    StringBuilder b = new StringBuilder(leaf.describe()).append(": ");
    if (fact.bound() != null) {
      b.append(fact.bound().symbol()).append(' ');
    }
    b.append(fact.value());
    Optional<Quantity> bound = leaf instanceof Threshold t ? Optional.of(t.bound()) : Optional.empty();
    if (bound.isPresent() && fact.value() instanceof Quantity q && !q.unit().equals(bound.get().unit())) {
      try {
        // converted before anything is appended, so that a failed conversion leaves no half bracket
        String converted = round(q.to(bound.get().unit()).value());
        b.append(" (").append(converted).append(' ').append(bound.get().unit().symbol()).append(')');
      } catch (UnitConversionException e) {
        // a value that cannot be shown in the bound's unit (a negative value in dB, an overflow) is
        // shown as written; the comparison itself was made in SI units and stands
      }
    }
    b.append(switch (truth) {
      case MATCH -> " meets it";
      case NO_MATCH -> " does not meet it";
      case UNKNOWN -> " may or may not meet it (the text gives only a bound)";
    });
    if (!fact.parameter().name().equals(parameter.name())) {
      b.append(" (the ").append(fact.parameter().name()).append(" taken as the ").append(parameter.name()).append(')');
    }
    if (fact.origin() == FactOrigin.UNNAMED_IN_TEXT) {
      b.append(" (no word names this value; read as the ").append(fact.parameter().name()).append(')');
    } else if (fact.origin() == FactOrigin.DERIVED) {
      b.append(" (derived)");
    }
    if (!fact.source().isEmpty()) {
      b.append(" from '").append(fact.source()).append('\'');
    }
    return b.toString();
  }

  private static String round(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    // Locale.US formats as Locale.ROOT does here ('.' and ASCII digits, no grouping), and the
    // formatter knows its symbols without building them anew for each value, as it does for ROOT
    return String.format(java.util.Locale.US, "%.4g", v);
  }
}

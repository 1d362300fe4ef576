package org.dualuse.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an evaluation run: overall {@link Metrics}, 95 % bootstrap intervals of the rates,
 * per-category and per-kind breakdowns, and every scored case in dataset order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param listId the list the classifier answered for
 * @param overall the metrics over all cases
 * @param intervals 95 % percentile-bootstrap intervals, keyed as {@link Metrics#rates()}
 * @param byCategory metrics per category of the first expected code ({@code "0"}..{@code "9"}, or
 *     {@code "not listed"}), in key order
 * @param byKind metrics per case kind ({@code "(none)"} for cases without one), in key order
 * @param bySplit metrics per corpus half ({@code tune}, {@code check}), empty when the dataset is not
 *     split
 * @param byStyle metrics per writing style ({@code "(none)"} for cases without one), in key order
 * @param byLanguage metrics per text language ({@code "(none)"} for cases without one), in key order
 * @param results every case with its answer and scores, in dataset order
 * @param resamples the number of bootstrap resamples
 * @param seed the seed of the bootstrap's random generator
 */
public record EvaluationReport(
    String listId,
    Metrics overall,
    Map<String, Interval> intervals,
    Map<String, Metrics> byCategory,
    Map<String, Metrics> byKind,
    Map<String, Metrics> bySplit,
    Map<String, Metrics> byStyle,
    Map<String, Metrics> byLanguage,
    List<CaseResult> results,
    int resamples,
    long seed) {

  public EvaluationReport {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(overall, "overall");
    intervals = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(intervals, "intervals")));
    byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byCategory, "byCategory")));
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byKind, "byKind")));
    bySplit = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(bySplit, "bySplit")));
    byStyle = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byStyle, "byStyle")));
    byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byLanguage, "byLanguage")));
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /** The number of cases evaluated. */
  public int cases() {
    return overall.cases();
  }

  /** The metrics of one corpus half, empty when the dataset is not split or the half has no case. */
  public Optional<Metrics> split(Split half) {
    Objects.requireNonNull(half, "half");
    return Optional.ofNullable(bySplit.get(half.label()));
  }

  /**
   * Check minus tune for every rate, in the order of {@link Metrics#rates()}: the overfitting still
   * there (negative when check is worse). Empty when the dataset is not split into both halves.
   */
  public Map<String, Double> splitGap() {
    Optional<Metrics> tune = split(Split.TUNE);
    Optional<Metrics> check = split(Split.CHECK);
    if (tune.isEmpty() || check.isEmpty()) {
      return Map.of();
    }
    Map<String, Double> gap = new LinkedHashMap<>();
    Map<String, Double> t = tune.get().rates();
    check.get().rates().forEach((k, v) -> gap.put(k, v - t.get(k)));
    return Collections.unmodifiableMap(gap);
  }

  /** The misses ({@link CaseResult#miss()}), in dataset order. */
  public List<CaseResult> errors() {
    return results.stream().filter(CaseResult::miss).toList();
  }
}

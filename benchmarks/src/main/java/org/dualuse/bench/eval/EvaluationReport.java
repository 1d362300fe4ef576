package org.dualuse.bench.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<CaseResult> results,
    int resamples,
    long seed) {

  public EvaluationReport {
    if (listId == null || overall == null) {
      throw new IllegalArgumentException("list id and overall metrics are required");
    }
    intervals = Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
    byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    results = List.copyOf(results);
  }

  /** The number of cases evaluated. */
  public int cases() {
    return overall.cases();
  }

  /** The misses ({@link CaseResult#miss()}), in dataset order. */
  public List<CaseResult> errors() {
    return results.stream().filter(CaseResult::miss).toList();
  }
}

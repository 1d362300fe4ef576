package org.dualuse.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;

/**
 * Runs a {@link Classifier} over labelled cases and scores the answers.
 *
 * <p>Cases are classified in parallel on {@code threads} threads; the report lists them in dataset
 * order, and its figures do not depend on the number of threads (the classifier is required to be
 * deterministic). The 95 % intervals come from a percentile bootstrap over cases with a fixed seed,
 * so two runs over the same answers give the same intervals.
 *
 * <p>An evaluator may be used from several threads; each {@link #evaluate} call has its own pool.
 */
public final class Evaluator {

  /** Bootstrap resamples used unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** Bootstrap seed used unless told otherwise. */
  public static final long DEFAULT_SEED = 20210821L;

  private final Classifier classifier;
  private final int threads;
  private final int resamples;
  private final long seed;

  /** An evaluator on all cores with the default bootstrap (1000 resamples, fixed seed). */
  public Evaluator(Classifier classifier) {
    this(classifier, Runtime.getRuntime().availableProcessors(), DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * @param classifier the classifier under test
   * @param threads threads to classify on, at least 1
   * @param resamples bootstrap resamples, 0 for no intervals
   * @param seed the bootstrap seed
   * @throws IllegalArgumentException on a null classifier, fewer than 1 thread or negative resamples
   */
  public Evaluator(Classifier classifier, int threads, int resamples, long seed) {
    Objects.requireNonNull(classifier, "classifier");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must not be negative, was " + resamples);
    }
    this.classifier = classifier;
    this.threads = threads;
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * Classifies and scores every case.
   *
   * @throws DualUseException when the classifier fails or returns null on a case (naming the case
   *     and its line); the run stops rather than dropping the case
   */
  public EvaluationReport evaluate(List<LabelledCase> cases) {
    Objects.requireNonNull(cases, "cases");
    List<CaseResult> results = classifyAll(List.copyOf(cases));
    Metrics overall = Metrics.of(results);
    return new EvaluationReport(
        classifier.listId(),
        overall,
        bootstrap(results),
        breakdown(results, r -> r.labelledCase().categoryKey()),
        breakdown(results, r -> orNone(r.labelledCase().kind())),
        splitBreakdown(results),
        breakdown(results, r -> orNone(r.labelledCase().style())),
        breakdown(results, r -> orNone(r.labelledCase().lang())),
        results,
        resamples,
        seed);
  }

  private List<CaseResult> classifyAll(List<LabelledCase> cases) {
    if (threads == 1 || cases.size() < 2) {
      List<CaseResult> out = new ArrayList<>(cases.size());
      for (LabelledCase c : cases) {
        out.add(score(c));
      }
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dualuse-eval-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<CaseResult>> futures = new ArrayList<>(cases.size());
      for (LabelledCase c : cases) {
        futures.add(pool.submit(() -> score(c)));
      }
      List<CaseResult> out = new ArrayList<>(cases.size());
      for (Future<CaseResult> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new DualUseException("evaluation failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DualUseException("evaluation interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private CaseResult score(LabelledCase c) {
    Classification answer;
    try {
      answer = classifier.classify(c.product());
    } catch (RuntimeException e) {
      throw new DualUseException(where(c) + ": classifier failed: " + e, e);
    }
    if (answer == null) {
      throw new DualUseException(where(c) + ": classifier returned null");
    }
    return CaseResult.of(c, answer);
  }

  private static String where(LabelledCase c) {
    return "case " + c.id() + (c.line() > 0 ? " (line " + c.line() + ")" : "");
  }

  private Map<String, Interval> bootstrap(List<CaseResult> results) {
    Map<String, Interval> intervals = new LinkedHashMap<>();
    List<String> names = List.copyOf(Metrics.DEFINITIONS.keySet());
    if (resamples == 0 || results.isEmpty()) {
      names.forEach(k -> intervals.put(k, Interval.UNDEFINED));
      return intervals;
    }
    int n = results.size();
    double[][] samples = new double[names.size()][resamples];
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      Metrics.Tally t = new Metrics.Tally();
      for (int i = 0; i < n; i++) {
        t.add(results.get(random.nextInt(n)));
      }
      int k = 0;
      for (double v : t.metrics().rates().values()) {
        samples[k++][b] = v;
      }
    }
    for (int k = 0; k < names.size(); k++) {
      intervals.put(names.get(k), percentileInterval(samples[k]));
    }
    return intervals;
  }

  /** The 2.5th and 97.5th percentiles of the defined (non-NaN) values. */
  static Interval percentileInterval(double[] values) {
    double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (defined.length == 0) {
      return Interval.UNDEFINED;
    }
    int m = defined.length;
    int lo = (int) Math.floor(0.025 * (m - 1));
    int hi = (int) Math.ceil(0.975 * (m - 1));
    return new Interval(defined[lo], defined[hi]);
  }

  private static String orNone(String key) {
    return key.isEmpty() ? "(none)" : key;
  }

  /** Tune first, then check, each only when some case is in it. */
  private static Map<String, Metrics> splitBreakdown(List<CaseResult> results) {
    Map<String, Metrics> out = new LinkedHashMap<>();
    for (Split half : Split.values()) {
      List<CaseResult> in =
          results.stream().filter(r -> r.labelledCase().split().orElse(null) == half).toList();
      if (!in.isEmpty()) {
        out.put(half.label(), Metrics.of(in));
      }
    }
    return out;
  }

  private static Map<String, Metrics> breakdown(List<CaseResult> results, Function<CaseResult, String> key) {
    Map<String, List<CaseResult>> groups = new TreeMap<>();
    for (CaseResult r : results) {
      groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
    }
    Map<String, Metrics> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, Metrics.of(v)));
    return out;
  }
}

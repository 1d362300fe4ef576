package org.dualuse.eval;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.code.ControlCode;

/**
 * One case and what the classifier answered, scored. The scores follow the definitions of
 * {@link Metrics}:
 *
 * <ul>
 *   <li>the answer is <em>listed</em> when the decision is LISTED or NEEDS_FACTS (a candidate that
 *       only missing facts can decide is treated as a positive: missing a controlled item is the
 *       costly error);
 *   <li>{@link #entryHit()}: both say not listed, or the answer is listed and the top candidate's
 *       entry is the entry of an expected code;
 *   <li>{@link #exactHit()}: both say not listed, or the answer is listed and the top candidate's
 *       code is an expected code;
 *   <li>{@link #rank()}: for a listed case, the 1-based rank of the first candidate whose entry is an
 *       expected entry, whatever the decision (a retrieval measure), 0 when none;
 *   <li>{@link #gradedScore()}: CommodityBench's scheme on the top answer: not listed matched 1.0;
 *       for a listed case answered listed, the best over the expected codes of exact code 1.0, same
 *       entry 0.7, same category and product group 0.4, same category 0.2, else 0;
 *   <li>{@link #cyberSurveillanceFlagged()}: the classifier raised a cyber-surveillance signal: its
 *       {@code cyberSurveillance} flag when it says LISTED, an Article 5 indicator when it says
 *       NOT_LISTED, either when it says NEEDS_FACTS.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseResult {
  private final LabelledCase labelledCase;
  private final Classification classification;
  private final boolean predictedListed;
  private final boolean entryHit;
  private final boolean exactHit;
  private final int rank;
  private final double gradedScore;
  private final boolean cyberSurveillanceFlagged;

  private CaseResult(LabelledCase c, Classification cl) {
    this.labelledCase = c;
    this.classification = cl;
    this.predictedListed = cl.decision() != Decision.NOT_LISTED;
    List<Candidate> candidates = cl.candidates();
    ControlCode top = predictedListed && !candidates.isEmpty() ? candidates.get(0).code() : null;
    if (!c.listed()) {
      this.entryHit = !predictedListed;
      this.exactHit = !predictedListed;
      this.gradedScore = predictedListed ? 0.0 : 1.0;
      this.rank = 0;
    } else {
      this.entryHit = top != null && c.expected().stream().anyMatch(e -> e.entry().equals(top.entry()));
      this.exactHit = top != null && c.expected().contains(top);
      this.gradedScore = top == null ? 0.0 : c.expected().stream().mapToDouble(e -> graded(top, e)).max().orElse(0.0);
      int r = 0;
      for (int i = 0; i < candidates.size() && r == 0; i++) {
        ControlCode entry = candidates.get(i).code().entry();
        if (c.expected().stream().anyMatch(e -> e.entry().equals(entry))) {
          r = i + 1;
        }
      }
      this.rank = r;
    }
    this.cyberSurveillanceFlagged =
        switch (cl.decision()) {
          case LISTED -> cl.cyberSurveillance();
          case NOT_LISTED -> !cl.article5().isEmpty();
          case NEEDS_FACTS -> cl.cyberSurveillance() || !cl.article5().isEmpty();
        };
  }

  /**
   * Scores one answer.
   *
   * @throws IllegalArgumentException when either argument is null
   */
  public static CaseResult of(LabelledCase labelledCase, Classification classification) {
    Objects.requireNonNull(labelledCase, "labelledCase");
    Objects.requireNonNull(classification, "classification");
    return new CaseResult(labelledCase, classification);
  }

  /** CommodityBench's graded credit for answering {@code answer} when {@code expected} is right. */
  public static double graded(ControlCode answer, ControlCode expected) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(expected, "expected");
    if (answer.equals(expected)) return 1.0;
    if (answer.entry().equals(expected.entry())) return 0.7;
    if (answer.category() == expected.category() && answer.group() == expected.group()) return 0.4;
    if (answer.category() == expected.category()) return 0.2;
    return 0.0;
  }

  public LabelledCase labelledCase() {
    return labelledCase;
  }

  public Classification classification() {
    return classification;
  }

  /** True when the classifier said LISTED or NEEDS_FACTS. */
  public boolean predictedListed() {
    return predictedListed;
  }

  public boolean entryHit() {
    return entryHit;
  }

  public boolean exactHit() {
    return exactHit;
  }

  /** 1-based rank of the first candidate with an expected entry; 0 when none or not listed. */
  public int rank() {
    return rank;
  }

  /** True when an expected entry is among the first five candidates (listed cases only). */
  public boolean inTop5() {
    return rank >= 1 && rank <= 5;
  }

  /** 1 / rank, 0 when no candidate has an expected entry. */
  public double reciprocalRank() {
    return rank == 0 ? 0.0 : 1.0 / rank;
  }

  public double gradedScore() {
    return gradedScore;
  }

  public boolean cyberSurveillanceFlagged() {
    return cyberSurveillanceFlagged;
  }

  /** A miss is a case whose {@link #entryHit()} is false; these make the errors list. */
  public boolean miss() {
    return !entryHit;
  }
}

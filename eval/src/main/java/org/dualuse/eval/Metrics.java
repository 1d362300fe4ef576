package org.dualuse.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Accuracy figures over a set of scored cases. A rate whose denominator is empty is NaN (written as
 * JSON {@code null}). Definitions, as also carried in the JSON under {@code definitions}:
 *
 * <ul>
 *   <li>{@code entryTop1}: share of all cases where the top candidate's entry is an expected entry
 *       (answer LISTED or NEEDS_FACTS), or both the label and the answer say not listed.
 *   <li>{@code exactTop1}: the same with the top candidate's full code equal to an expected code.
 *   <li>{@code top5ControlledRecall}: over cases labelled listed, share with an expected entry among
 *       the entries of the first five candidates, whatever the decision.
 *   <li>{@code mrr}: over cases labelled listed, mean of 1/rank of the first candidate with an
 *       expected entry (0 when none).
 *   <li>{@code listedPrecision}, {@code listedRecall}, {@code listedF1}: the positive class is
 *       "listed"; an answer of NEEDS_FACTS counts as listed.
 *   <li>{@code notListedAccuracy}: over cases labelled not listed, share answered NOT_LISTED.
 *   <li>{@code cyberSurveillanceRecall}: over cases labelled {@code cyberSurveillance: true}, share the
 *       classifier flags (its cyber-surveillance flag when LISTED, Article 5 indicators when
 *       NOT_LISTED, either when NEEDS_FACTS).
 *   <li>{@code listedCyberSurveillanceRecall}: {@code cyberSurveillanceRecall} over the cases also
 *       labelled listed (the listed cyber-surveillance items).
 *   <li>{@code article5Recall}: over cases labelled {@code cyberSurveillance: true} and not listed,
 *       share answered with Article 5 indicators.
 *   <li>{@code article5Specificity}: over cases labelled not listed and not
 *       {@code cyberSurveillance}, share answered without Article 5 indicators; one minus it is the
 *       false-alarm rate (per kind, on the surveillance look-alikes). Like every rate here, higher
 *       is better.
 *   <li>{@code gradedScore}: mean CommodityBench credit (see {@link CaseResult#graded}).
 * </ul>
 *
 * @param cases the number of cases
 * @param listedCases cases labelled listed
 * @param notListedCases cases labelled not listed
 * @param cyberSurveillanceCases cases labelled as cyber-surveillance items
 */
public record Metrics(
    int cases,
    int listedCases,
    int notListedCases,
    int cyberSurveillanceCases,
    double entryTop1,
    double exactTop1,
    double top5ControlledRecall,
    double mrr,
    double listedPrecision,
    double listedRecall,
    double listedF1,
    double notListedAccuracy,
    double cyberSurveillanceRecall,
    double gradedScore,
    double listedCyberSurveillanceRecall,
    double article5Recall,
    double article5Specificity) {

  /** One-line definitions of the rates, in the order of {@link #rates()}. */
  public static final Map<String, String> DEFINITIONS = definitions();

  /** Metrics of the given results. */
  public static Metrics of(Iterable<CaseResult> results) {
    Objects.requireNonNull(results, "results");
    Tally t = new Tally();
    for (CaseResult r : results) {
      t.add(r);
    }
    return t.metrics();
  }

  /** The rates by their JSON names, in a fixed order. */
  public Map<String, Double> rates() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("entryTop1", entryTop1);
    m.put("exactTop1", exactTop1);
    m.put("top5ControlledRecall", top5ControlledRecall);
    m.put("mrr", mrr);
    m.put("listedPrecision", listedPrecision);
    m.put("listedRecall", listedRecall);
    m.put("listedF1", listedF1);
    m.put("notListedAccuracy", notListedAccuracy);
    m.put("cyberSurveillanceRecall", cyberSurveillanceRecall);
    m.put("gradedScore", gradedScore);
    m.put("listedCyberSurveillanceRecall", listedCyberSurveillanceRecall);
    m.put("article5Recall", article5Recall);
    m.put("article5Specificity", article5Specificity);
    return m;
  }

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("entryTop1", "share of cases whose top candidate's entry is an expected entry (answer LISTED or NEEDS_FACTS), or where label and answer both say not listed");
    d.put("exactTop1", "as entryTop1 with the top candidate's full code equal to an expected code");
    d.put("top5ControlledRecall", "over cases labelled listed: share with an expected entry among the first five candidates, whatever the decision");
    d.put("mrr", "over cases labelled listed: mean of 1/rank of the first candidate with an expected entry, 0 when none");
    d.put("listedPrecision", "positive class = listed (NEEDS_FACTS counts as listed): TP / (TP + FP)");
    d.put("listedRecall", "positive class = listed (NEEDS_FACTS counts as listed): TP / cases labelled listed");
    d.put("listedF1", "harmonic mean of listedPrecision and listedRecall");
    d.put("notListedAccuracy", "over cases labelled not listed: share answered NOT_LISTED");
    d.put("cyberSurveillanceRecall", "over cases labelled cyberSurveillance: share flagged (cyberSurveillance flag when LISTED, article5 indicators when NOT_LISTED, either when NEEDS_FACTS)");
    d.put("gradedScore", "mean credit: not listed matched 1.0; exact code 1.0, same entry 0.7, same category and product group 0.4, same category 0.2, else 0");
    d.put("listedCyberSurveillanceRecall", "cyberSurveillanceRecall over the cases labelled cyberSurveillance and listed");
    d.put("article5Recall", "over cases labelled cyberSurveillance and not listed: share answered with article5 indicators");
    d.put("article5Specificity", "over cases labelled not listed and not cyberSurveillance: share answered without article5 indicators (1 - false-alarm rate)");
    return Collections.unmodifiableMap(d);
  }

  /** A running count of scored cases; not thread-safe, one per thread. */
  static final class Tally {
    private int n;
    private int listed;
    private int notListed;
    private int cyber;
    private int entryHits;
    private int exactHits;
    private int top5;
    private double reciprocalRanks;
    private int truePositives;
    private int falsePositives;
    private int trueNegatives;
    private int cyberFlagged;
    private double graded;
    private int listedCyber;
    private int listedCyberFlagged;
    private int unlistedCyber;
    private int unlistedCyberIndicated;
    private int ordinaryNotListed;
    private int ordinaryIndicated;

    void add(CaseResult r) {
      n++;
      if (r.entryHit()) entryHits++;
      if (r.exactHit()) exactHits++;
      graded += r.gradedScore();
      if (r.labelledCase().listed()) {
        listed++;
        if (r.inTop5()) top5++;
        reciprocalRanks += r.reciprocalRank();
        if (r.predictedListed()) truePositives++;
      } else {
        notListed++;
        if (r.predictedListed()) falsePositives++;
        else trueNegatives++;
      }
      boolean indicated = !r.classification().article5().isEmpty();
      if (r.labelledCase().cyberSurveillance()) {
        cyber++;
        if (r.cyberSurveillanceFlagged()) cyberFlagged++;
        if (r.labelledCase().listed()) {
          listedCyber++;
          if (r.cyberSurveillanceFlagged()) listedCyberFlagged++;
        } else {
          unlistedCyber++;
          if (indicated) unlistedCyberIndicated++;
        }
      } else if (!r.labelledCase().listed()) {
        ordinaryNotListed++;
        if (indicated) ordinaryIndicated++;
      }
    }

    Metrics metrics() {
      double precision = ratio(truePositives, truePositives + falsePositives);
      double recall = ratio(truePositives, listed);
      double f1 =
          Double.isNaN(precision) || Double.isNaN(recall)
              ? Double.NaN
              : precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
      return new Metrics(
          n,
          listed,
          notListed,
          cyber,
          ratio(entryHits, n),
          ratio(exactHits, n),
          ratio(top5, listed),
          listed == 0 ? Double.NaN : reciprocalRanks / listed,
          precision,
          recall,
          f1,
          ratio(trueNegatives, notListed),
          ratio(cyberFlagged, cyber),
          n == 0 ? Double.NaN : graded / n,
          ratio(listedCyberFlagged, listedCyber),
          ratio(unlistedCyberIndicated, unlistedCyber),
          ratio(ordinaryNotListed - ordinaryIndicated, ordinaryNotListed));
    }

    private static double ratio(int num, int den) {
      return den == 0 ? Double.NaN : (double) num / den;
    }
  }
}

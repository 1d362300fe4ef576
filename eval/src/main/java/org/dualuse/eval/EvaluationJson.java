package org.dualuse.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.code.ControlCode;

/**
 * The JSON form of an {@link EvaluationReport}, as {@code dualuse eval --json} prints it.
 *
 * <p>Top-level keys: {@code cases}, {@code entryTop1}, {@code exactTop1},
 * {@code top5ControlledRecall}, {@code mrr}, {@code listedPrecision}, {@code listedRecall},
 * {@code listedF1}, {@code notListedAccuracy}, {@code cyberSurveillanceRecall}, {@code gradedScore}
 * (undefined rates are {@code null}), then {@code list}, {@code listedCases}, {@code notListedCases},
 * {@code cyberSurveillanceCases}, {@code intervals} (per rate {@code {low, high}}, 95 %),
 * {@code bootstrap} ({@code resamples}, {@code seed}), {@code byCategory}, {@code byKind},
 * {@code byStyle}, {@code byLanguage}, for a split corpus {@code bySplit} ({@code tune},
 * {@code check}) and {@code splitGap} (check minus tune per rate), {@code definitions}, and {@code errors} (each miss with its top candidates and their evidence)
 * when asked for.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CANDIDATES_SHOWN = 5;

  private EvaluationJson() {}

  /**
   * @param report the report to render
   * @param withErrors whether to add the {@code errors} array
   */
  public static ObjectNode toJson(EvaluationReport report, boolean withErrors) {
    Objects.requireNonNull(report, "report");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("cases", report.cases());
    putRates(root, report.overall());
    root.put("list", report.listId());
    root.put("listedCases", report.overall().listedCases());
    root.put("notListedCases", report.overall().notListedCases());
    root.put("cyberSurveillanceCases", report.overall().cyberSurveillanceCases());
    ObjectNode intervals = root.putObject("intervals");
    report.intervals().forEach((k, v) -> {
      ObjectNode i = intervals.putObject(k);
      putNumber(i, "low", v.low());
      putNumber(i, "high", v.high());
    });
    ObjectNode bootstrap = root.putObject("bootstrap");
    bootstrap.put("resamples", report.resamples());
    bootstrap.put("seed", report.seed());
    bootstrap.put("confidence", 0.95);
    putBreakdown(root.putObject("byCategory"), report.byCategory());
    putBreakdown(root.putObject("byKind"), report.byKind());
    putBreakdown(root.putObject("byStyle"), report.byStyle());
    putBreakdown(root.putObject("byLanguage"), report.byLanguage());
    if (!report.bySplit().isEmpty()) {
      putBreakdown(root.putObject("bySplit"), report.bySplit());
      ObjectNode gap = root.putObject("splitGap");
      report.splitGap().forEach((k, v) -> putNumber(gap, k, v));
    }
    ObjectNode definitions = root.putObject("definitions");
    Metrics.DEFINITIONS.forEach(definitions::put);
    if (withErrors) {
      ArrayNode errors = root.putArray("errors");
      for (CaseResult r : report.errors()) {
        errors.add(error(r));
      }
    }
    return root;
  }

  private static void putRates(ObjectNode node, Metrics m) {
    for (Map.Entry<String, Double> e : m.rates().entrySet()) {
      putNumber(node, e.getKey(), e.getValue());
    }
  }

  private static void putBreakdown(ObjectNode node, Map<String, Metrics> groups) {
    groups.forEach((k, m) -> {
      ObjectNode g = node.putObject(k);
      g.put("cases", m.cases());
      putRates(g, m);
    });
  }

  private static void putNumber(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, Math.round(value * 1e6) / 1e6);
    }
  }

  private static ObjectNode error(CaseResult r) {
    LabelledCase c = r.labelledCase();
    Classification cl = r.classification();
    ObjectNode e = MAPPER.createObjectNode();
    e.put("id", c.id());
    e.put("line", c.line());
    e.put("text", c.text());
    ArrayNode expected = e.putArray("expected");
    c.expected().forEach(x -> expected.add(x.toString()));
    if (!c.kind().isEmpty()) e.put("kind", c.kind());
    if (!c.rationale().isEmpty()) e.put("rationale", c.rationale());
    e.put("decision", cl.decision().name());
    e.put("exactHit", r.exactHit());
    e.put("rank", r.rank());
    putNumber(e, "gradedScore", r.gradedScore());
    e.put("cyberSurveillance", cl.cyberSurveillance());
    ArrayNode article5 = e.putArray("article5");
    for (Article5Indicator a : cl.article5()) {
      ObjectNode ai = article5.addObject();
      ai.put("indicator", a.indicator());
      a.triggers().forEach(ai.putArray("triggers")::add);
      ai.put("reason", a.reason());
    }
    ArrayNode candidates = e.putArray("candidates");
    cl.candidates().stream().limit(CANDIDATES_SHOWN).forEach(cand -> candidates.add(candidate(cand)));
    ArrayNode missing = e.putArray("missingFacts");
    for (MissingFact f : cl.missingFacts()) {
      ObjectNode m = missing.addObject();
      m.put("parameter", f.parameter());
      m.put("question", f.question());
      ArrayNode decides = m.putArray("decides");
      f.decides().stream().map(ControlCode::toString).forEach(decides::add);
    }
    e.put("explanation", cl.explanation());
    return e;
  }

  private static ObjectNode candidate(Candidate cand) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("code", cand.code().toString());
    n.put("entry", cand.entry().toString());
    putNumber(n, "score", cand.score());
    n.put("parameterTruth", cand.parameterTruth().name());
    n.set("evidence", EvidenceJson.of(cand.evidence()));
    return n;
  }
}

package org.dualuse.bench.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MissingFact;

/**
 * One line of a golden file: a case's id and its whole classification as JSON, with the keys of
 * {@code dualuse classify --json} ({@code decision}, {@code candidates} with {@code code},
 * {@code entry}, {@code score}, {@code parameterTruth} and {@code evidence}, {@code cyberSurveillance},
 * {@code article5}, {@code missingFacts}, {@code list}, {@code explanation}), with the command's top
 * five candidates unless told otherwise. Stateless and thread-safe.
 */
public final class ClassificationRecord {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClassificationRecord() {}

  /** The number of candidates {@code dualuse classify --json} shows by default. */
  public static final int DEFAULT_TOP = 5;

  /**
   * The record of a case that was classified, with at most {@code top} candidates.
   *
   * @throws IllegalArgumentException when top is less than 1
   */
  public static ObjectNode of(String id, Classification c, int top) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(c, "c");
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, was " + top);
    }
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("id", id);
    doc.put("decision", c.decision().name());
    ArrayNode candidates = doc.putArray("candidates");
    for (Candidate candidate : c.candidates().subList(0, Math.min(top, c.candidates().size()))) {
      ObjectNode o = candidates.addObject();
      o.put("code", candidate.code().toString());
      o.put("entry", candidate.entry().toString());
      o.put("score", candidate.score());
      o.put("parameterTruth", candidate.parameterTruth().name());
      o.set("evidence", evidence(candidate.evidence()));
    }
    doc.put("cyberSurveillance", c.cyberSurveillance());
    ArrayNode article5 = doc.putArray("article5");
    for (Article5Indicator a : c.article5()) {
      ObjectNode o = article5.addObject();
      o.put("indicator", a.indicator());
      strings(o.putArray("triggers"), a.triggers());
      o.put("reason", a.reason());
    }
    ArrayNode missing = doc.putArray("missingFacts");
    for (MissingFact m : c.missingFacts()) {
      ObjectNode o = missing.addObject();
      o.put("parameter", m.parameter());
      o.put("question", m.question());
      strings(o.putArray("decides"), m.decides().stream().map(Object::toString).toList());
    }
    doc.put("list", c.listId());
    doc.put("explanation", c.explanation());
    return doc;
  }

  /** The record of a case the classifier refused, with the exception's class and message. */
  public static ObjectNode ofError(String id, RuntimeException e) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(e, "e");
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("id", id);
    doc.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    return doc;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode o = MAPPER.createObjectNode();
    strings(o.putArray("matchedWords"), e.matchedWords());
    strings(o.putArray("criteriaMet"), e.criteriaMet());
    strings(o.putArray("criteriaFailed"), e.criteriaFailed());
    strings(o.putArray("criteriaUnknown"), e.criteriaUnknown());
    strings(o.putArray("notes"), e.notes());
    o.put("explanation", e.explanation());
    return o;
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }
}

package org.dualuse.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.ElementEvidence;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.model.CyberSurveillanceFlag;

/**
 * The JSON form of a {@link Classification}, as the DESIGN's {@code classify} contract has it:
 * {@code decision}, {@code confidence} (0 to 1, of the candidate the decision rests on; null when
 * the classifier gives none), {@code candidates} ({@code code}, {@code entry}, {@code score},
 * {@code parameterTruth}, {@code evidence}: the lines in words and the same evidence as data, see
 * {@link EvidenceJson}), {@code cyberSurveillance} (yes/no: the flag's scope is
 * IS_ITEM or COVERS), {@code cyberSurveillanceFlag} ({@code scope}, {@code description},
 * {@code items}, {@code reason}), {@code article5} (each {@code indicator}, {@code triggers},
 * {@code reason}, {@code elements} of Article 2(20) shown with their {@code words}, and the
 * {@code missing} ones), {@code missingFacts}, {@code list}, {@code listVersion} (the list's
 * effective date, as the caller knows it; empty for a list that is not bundled), {@code explanation}.
 * Stateless and thread-safe; the CLI's {@code classify --json}, its batch rows and the golden outputs of
 * the benchmarks all write this shape.
 */
public final class ClassificationJson {
  private ClassificationJson() {}

  /**
   * The classification with at most {@code top} candidates.
   *
   * @param listVersion the list's effective date, empty when not known
   * @throws IllegalArgumentException when top is less than 1
   */
  public static ObjectNode of(Classification c, int top, String listVersion) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(listVersion, "listVersion");
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, was " + top);
    }
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("decision", c.decision().name());
    if (c.confidence().isPresent()) {
      doc.put("confidence", c.confidence().getAsDouble());
    } else {
      doc.putNull("confidence");
    }
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
    doc.set("cyberSurveillanceFlag", flag(c.cyberSurveillanceFlag()));
    ArrayNode article5 = doc.putArray("article5");
    for (Article5Indicator a : c.article5()) {
      ObjectNode o = article5.addObject();
      o.put("indicator", a.indicator());
      strings(o.putArray("triggers"), a.triggers());
      o.put("reason", a.reason());
      ArrayNode elements = o.putArray("elements");
      for (ElementEvidence e : a.elements()) {
        ObjectNode eo = elements.addObject();
        eo.put("element", e.element().name());
        eo.put("wording", e.element().wording());
        strings(eo.putArray("words"), e.words());
      }
      strings(o.putArray("missing"), a.missing().stream().map(Enum::name).toList());
    }
    ArrayNode missing = doc.putArray("missingFacts");
    for (MissingFact m : c.missingFacts()) {
      ObjectNode o = missing.addObject();
      o.put("parameter", m.parameter());
      o.put("question", m.question());
      strings(o.putArray("decides"), m.decides().stream().map(Object::toString).toList());
    }
    doc.put("list", c.listId());
    doc.put("listVersion", listVersion);
    doc.put("explanation", c.explanation());
    return doc;
  }

  /** A cyber-surveillance flag: {@code scope}, {@code description}, {@code items}, {@code reason}. */
  public static ObjectNode flag(CyberSurveillanceFlag f) {
    Objects.requireNonNull(f, "f");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("scope", f.scope().name());
    o.put("description", f.scope().description());
    strings(o.putArray("items"), f.items().stream().map(Object::toString).toList());
    o.put("reason", f.reason());
    return o;
  }

  /** A candidate's evidence, its lines and its data, as {@link EvidenceJson} writes it. */
  public static ObjectNode evidence(Evidence e) {
    return EvidenceJson.of(e);
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }
}

package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.DecontrolOutcome;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.NodeEvaluation;
import org.dualuse.core.classify.ParameterClassifier;
import org.dualuse.core.classify.ParameterReport;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;

/**
 * The parameter side backed by the core's {@link ParameterClassifier}: facts from the product's
 * stated facts and its text, features judged by the keywords of the text. A stated fact that
 * cannot be read is left out and reported ({@link View#unreadFacts()}), so that one bad value does
 * not cost the product its classification. A parametric release is trusted only on values the
 * text names or the user states, never on a value whose parameter was guessed. Thread-safe.
 */
final class ParameterReportSide implements ParameterSide {
  private final ParameterClassifier classifier;

  ParameterReportSide(ParameterClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public View evaluate(Product product) {
    FeatureJudge judge = FeatureJudge.keywords(product.text());
    List<String> unread = new ArrayList<>();
    Map<String, String> readable = new LinkedHashMap<>();
    product.facts().forEach((name, value) -> {
      try {
        ProductFacts.of(Map.of(name, value), "");
        readable.put(name, value);
      } catch (IllegalArgumentException e) {
        // one unreadable fact must not cost the product its classification; it is reported instead
        unread.add(e.getMessage());
      }
    });
    Product usable = unread.isEmpty() ? product : new Product(product.text(), readable, product.language());
    ParameterReport report = classifier.evaluate(usable, judge);
    Map<ControlCode, NodeEvaluation> byCode = new HashMap<>();
    for (NodeEvaluation n : report.nodes()) {
      byCode.put(n.code(), n);
    }
    return new View() {
      /**
       * The release that applies on facts the text names or the user states; a value with no word
       * naming it is a guess at its parameter, and a guess must not hide a controlled item.
       */
      private Optional<DecontrolOutcome> trustedRelease(NodeEvaluation n) {
        return n.decontrols().stream()
            .filter(d -> d.released() == Truth.MATCH)
            .filter(d -> d.results().stream().filter(r -> r.truth() == Truth.MATCH)
                .allMatch(r -> r.fact().map(f -> f.origin() != FactOrigin.UNNAMED_IN_TEXT).orElse(true)))
            .findFirst();
      }

      @Override
      public Optional<Truth> truthOf(ControlCode code) {
        NodeEvaluation n = byCode.get(code);
        if (n == null) {
          return Optional.empty();
        }
        if (n.truth() == Truth.NO_MATCH && n.failed().isEmpty() && trustedRelease(n).isEmpty()) {
          return Optional.of(Truth.UNKNOWN); // failed only by a release read from a guessed value
        }
        return Optional.of(n.truth());
      }

      @Override
      public List<ControlCode> mostSpecificMatches() {
        return report.mostSpecificMatches();
      }

      @Override
      public Findings findingsOf(ControlCode code) {
        NodeEvaluation n = byCode.get(code);
        if (n == null) {
          return Findings.NONE;
        }
        Map<String, MissingFact> questions = new LinkedHashMap<>();
        for (CriterionResult r : n.unknown()) {
          r.parameter().ifPresent(p -> questions.putIfAbsent(p.name(), new MissingFact(p.name(), p.question(), List.of(code))));
        }
        for (DecontrolOutcome d : n.decontrols()) {
          if (d.released() == Truth.UNKNOWN) {
            for (CriterionResult r : d.results()) {
              if (r.truth() == Truth.UNKNOWN) {
                r.parameter().ifPresent(p -> questions.putIfAbsent(p.name(), new MissingFact(p.name(), p.question(), List.of(code))));
              }
            }
          }
        }
        return new Findings(n.criteriaMet(), n.criteriaFailed(), n.criteriaUnknown(), List.copyOf(questions.values()));
      }

      @Override
      public Optional<String> releasedBy(ControlCode code) {
        NodeEvaluation n = byCode.get(code);
        return n == null ? Optional.empty() : trustedRelease(n).map(DecontrolOutcome::describe);
      }

      @Override
      public List<MissingFact> missingFacts(Collection<ControlCode> codes) {
        return report.missingFacts(codes);
      }

      @Override
      public List<String> unreadFacts() {
        return List.copyOf(unread);
      }
    };
  }
}

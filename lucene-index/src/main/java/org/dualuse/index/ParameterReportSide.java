package org.dualuse.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.dualuse.core.model.ControlList;

/**
 * The parameter side backed by the core's {@link ParameterClassifier}: facts from the product's
 * stated facts and its text, features judged by the keywords of the text.
 *
 * <p>Only the entries the text retrieved are evaluated, each by a parameter classifier of its own
 * (built on first use): a product's facts are read once, and the few candidate entries are matched
 * instead of the whole list's criteria, which is what makes a classification cheap. A decontrol
 * note is evaluated with the entry it is printed in.
 *
 * <p>A stated fact that cannot be read is left out and reported ({@link View#unreadFacts()}), so
 * that one bad value does not cost the product its classification. A parametric release is trusted
 * only on values the text names or the user states, never on a value whose parameter was guessed.
 * Thread-safe.
 */
final class ParameterReportSide implements ParameterSide {
  private final ControlList list;
  private final Map<ControlCode, ParameterClassifier> byEntry = new ConcurrentHashMap<>();
  private final Map<ControlCode, ParameterReport> withoutFacts = new ConcurrentHashMap<>();

  ParameterReportSide(ControlList list) {
    this.list = list;
  }

  private ParameterClassifier classifierOf(ControlCode entry) {
    return byEntry.computeIfAbsent(entry, e -> new ParameterClassifier(new ControlList(list.id(), list.title(),
        list.jurisdiction(), list.effectiveDate(), list.provenance(), List.of(list.get(e)), list.definitions(),
        list.documents())));
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
    ProductFacts facts = ProductFacts.of(readable, product.text());
    return new EntryReports(facts, judge, unread);
  }

  /** The reports of the entries asked about, computed on first use; confined to one classification. */
  private final class EntryReports implements View {
    private final ProductFacts facts;
    private final FeatureJudge judge;
    private final List<String> unread;
    private final Map<ControlCode, ParameterReport> reports = new HashMap<>();
    private final Map<ControlCode, NodeEvaluation> evaluations = new HashMap<>();

    EntryReports(ProductFacts facts, FeatureJudge judge, List<String> unread) {
      this.facts = facts;
      this.judge = judge;
      this.unread = List.copyOf(unread);
    }

    private ParameterReport reportOf(ControlCode code) {
      ControlCode entry = code.entry();
      ParameterReport report = reports.get(entry);
      if (report == null) {
        if (!list.contains(entry)) {
          return null;
        }
        ParameterClassifier classifier = classifierOf(entry);
        // without a single fact the thresholds all stay unknown: one report per entry serves
        report = facts.isEmpty()
            ? withoutFacts.computeIfAbsent(entry, e -> classifier.evaluate(ProductFacts.NONE, FeatureJudge.NONE))
            : classifier.evaluate(facts, judge);
        reports.put(entry, report);
        for (NodeEvaluation n : report.nodes()) {
          evaluations.put(n.code(), n);
        }
      }
      return report;
    }

    private NodeEvaluation evaluationOf(ControlCode code) {
      return reportOf(code) == null ? null : evaluations.get(code);
    }

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
      NodeEvaluation n = evaluationOf(code);
      if (n == null) {
        return Optional.empty();
      }
      if (n.truth() == Truth.NO_MATCH && n.failed().isEmpty() && trustedRelease(n).isEmpty()) {
        return Optional.of(Truth.UNKNOWN); // failed only by a release read from a guessed value
      }
      return Optional.of(n.truth());
    }

    @Override
    public List<ControlCode> mostSpecificMatches(ControlCode under) {
      ParameterReport report = reportOf(under);
      if (report == null) {
        return List.of();
      }
      return report.mostSpecificMatches().stream().filter(under::isPrefixOf).toList();
    }

    @Override
    public Findings findingsOf(ControlCode code) {
      NodeEvaluation n = evaluationOf(code);
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
      // a value no word names is a guess at its parameter ("24K" read as a temperature): it may not contradict
      boolean contradicted = n.failed().stream().anyMatch(r -> r.isParametric() && named(r))
          && n.met().stream().noneMatch(CriterionResult::isParametric);
      return new Findings(n.criteriaMet(), n.criteriaFailed(), n.criteriaUnknown(), List.copyOf(questions.values()),
          contradicted);
    }

    private static boolean named(CriterionResult r) {
      return r.fact().map(f -> f.origin() != FactOrigin.UNNAMED_IN_TEXT).orElse(false);
    }

    @Override
    public Optional<String> releasedBy(ControlCode code) {
      NodeEvaluation n = evaluationOf(code);
      return n == null ? Optional.empty() : trustedRelease(n).map(DecontrolOutcome::describe);
    }

    @Override
    public List<MissingFact> missingFacts(Collection<ControlCode> codes) {
      List<MissingFact> out = new ArrayList<>();
      for (ControlCode code : codes) {
        ParameterReport report = reportOf(code);
        if (report != null) {
          for (MissingFact m : report.missingFacts(List.of(code))) {
            if (out.stream().noneMatch(o -> o.parameter().equals(m.parameter()))) {
              out.add(m);
            }
          }
        }
      }
      return out;
    }

    @Override
    public List<String> unreadFacts() {
      return unread;
    }
  }
}

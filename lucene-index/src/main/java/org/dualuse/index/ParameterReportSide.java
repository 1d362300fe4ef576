package org.dualuse.index;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.dualuse.core.classify.DecontrolOutcome;
import org.dualuse.core.internal.DeferredList;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.NodeEvaluation;
import org.dualuse.core.classify.ParameterClassifier;
import org.dualuse.core.classify.ParameterReport;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Evaluation;
import org.dualuse.core.criteria.FactFormatException;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.ImpossibleFactException;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.Materials;

/**
 * The parameter side backed by the core's {@link ParameterClassifier}: facts from the product's
 * stated facts and its text, features judged by the keywords of the text.
 *
 * <p>Only the entries the text retrieved are evaluated, each by a parameter classifier of its own
 * (built on first use): a product's facts are read once, and the few candidate entries are matched
 * instead of the whole list's criteria, which is what makes a classification cheap. A decontrol
 * note is evaluated with the entry it is printed in.
 *
 * <p>A stated fact that cannot be read (no unit, a unit the library does not know) is left out and
 * reported ({@link View#unreadFacts()}), so that one value in an unknown unit does not cost the
 * product its classification. A fact that reads but states an impossible value (a negative power, a
 * number out of range) is bad input: evaluation throws {@link ImpossibleFactException}. A parametric release is trusted
 * only on values the text names or the user states, never on a value whose parameter was guessed.
 * Thread-safe.
 */
final class ParameterReportSide implements ParameterSide {
  private final ControlList list;
  /**
   * What the materials a text names tell (the compositions of the alloy grades, and their names, which
   * rule out a provision's other material alternatives), found in one search of the text.
   */
  private final BiFunction<String, String, Materials.Named> namedMaterials;
  private final Map<ControlCode, ParameterClassifier> byEntry = new ConcurrentHashMap<>();
  private final Map<ControlCode, ParameterReport> withoutFacts = new ConcurrentHashMap<>();

  ParameterReportSide(ControlList list) {
    this.list = list;
    this.namedMaterials = (text, language) -> Materials.Named.NONE;
  }

  /**
   * With the materials a list of materials finds in a text: the compositions of the grades it names
   * decide the annex's content thresholds (after the text's own facts), and a named material rules out
   * the other material alternatives of a provision ({@link FeatureJudge#keywords(String, List)}).
   */
  ParameterReportSide(ControlList list, Materials materials) {
    this.list = list;
    this.namedMaterials = Objects.requireNonNull(materials, "materials")::named;
  }

  /**
   * The side a {@link HybridClassifier} uses unless told otherwise: the grades a text names give the
   * compositions the annex's content thresholds speak of, from the module's knowledge files
   * ({@link Knowledge#materials()}).
   */
  static ParameterReportSide standard(ControlList list) {
    return new ParameterReportSide(Objects.requireNonNull(list, "list"), Knowledge.standard().materials());
  }

  /**
   * The explanations of some results, each put into words when read (the result keeps it). An
   * unmodifiable list; thread-safe as {@link CriterionResult#explanation()} is.
   */
  static final class Explanations extends AbstractList<String> implements RandomAccess {
    private final List<CriterionResult> results;

    Explanations(List<CriterionResult> results) {
      this.results = List.copyOf(results);
    }

    @Override
    public String get(int index) {
      return results.get(index).explanation();
    }

    @Override
    public int size() {
      return results.size();
    }
  }

  /**
   * An entry's classifier and its report for one product: of the nodes under {@code under}, or of the
   * whole entry when that is null.
   */
  private record Evaluated(ParameterClassifier classifier, ParameterReport report, ControlCode under) {
    boolean covers(ControlCode code) {
      return under == null || under.isPrefixOf(code);
    }

    /** Where the node stands in the report's nodes; -1 when it has no typed criteria. */
    int indexOf(ControlCode code) {
      return under == null ? classifier.nodeIndex(code) : classifier.nodeIndex(code, under);
    }
  }

  private ParameterClassifier classifierOf(ControlCode entry) {
    return byEntry.computeIfAbsent(entry, e -> new ParameterClassifier(new ControlList(list.id(), list.title(),
        list.jurisdiction(), list.effectiveDate(), list.provenance(), List.of(list.get(e)), list.definitions(),
        list.documents())));
  }

  @Override
  public View evaluate(Product product, Optional<String> language) {
    Materials.Named materials = namedMaterials.apply(product.text(), language.orElse(""));
    // a named material rules out a provision's other material alternatives (MaterialJudge says why)
    FeatureJudge judge = FeatureJudge.keywords(product.text(), materials.names());
    List<String> unread = new ArrayList<>();
    Map<String, String> readable = new LinkedHashMap<>();
    product.facts().forEach((name, value) -> {
      try {
        ProductFacts.of(Map.of(name, value), "");
        readable.put(name, value);
      } catch (ImpossibleFactException e) {
        throw e;
      } catch (FactFormatException e) {
        // a value in a unit the library does not know must not cost the product its classification:
        // it is left out and reported; an impossible value (a negative power) is bad input instead
        unread.add(e.getMessage());
      }
    });
    ProductFacts facts = ProductFacts.of(readable, product.text(), language.orElse(""))
        .plus(materials.facts());
    return new EntryReports(facts, judge, unread);
  }

  /** The reports of the entries asked about, computed on first use; confined to one classification. */
  private final class EntryReports implements View {
    private final ProductFacts facts;
    private final FeatureJudge judge;
    private final List<String> unread;
    // per entry, its reports so far: a report covers the nodes under the node first asked about (the
    // retrieved node, whose plans are a small part of its entry's); a node outside them gets its own
    private final Map<ControlCode, List<Evaluated>> reports = new HashMap<>(32);
    // a node is checked, and its findings asked for, more than once per classification
    private final Map<ControlCode, Findings> findings = new HashMap<>(16);

    EntryReports(ProductFacts facts, FeatureJudge judge, List<String> unread) {
      this.unread = List.copyOf(unread);
      this.facts = facts;
      this.judge = judge;
    }

    private Evaluated evaluatedOf(ControlCode code) {
      ControlCode entry = code.entry();
      List<Evaluated> known = reports.get(entry);
      if (known != null) {
        for (Evaluated e : known) {
          if (e.covers(code)) {
            return e;
          }
        }
      } else if (!list.contains(entry)) {
        return null;
      }
      ParameterClassifier classifier = classifierOf(entry);
      // without a single fact the thresholds all stay unknown: one report per entry serves; a second
      // node outside the first one's report gets the whole entry's (an evaluation, however narrow,
      // copies the entry's state once, so many narrow ones would cost more than one whole)
      Evaluated evaluated = facts.isEmpty()
          ? new Evaluated(classifier, withoutFacts.computeIfAbsent(entry,
              e -> classifier.evaluate(ProductFacts.NONE, FeatureJudge.NONE)), null)
          : known == null ? new Evaluated(classifier, classifier.evaluate(facts, judge, code), code)
          : new Evaluated(classifier, classifier.evaluate(facts, judge), null);
      if (known == null) {
        known = new ArrayList<>(2);
        reports.put(entry, known);
      }
      known.add(evaluated);
      return evaluated;
    }

    private ParameterReport reportOf(ControlCode code) {
      Evaluated evaluated = evaluatedOf(code);
      return evaluated == null ? null : evaluated.report();
    }

    private NodeEvaluation evaluationOf(ControlCode code) {
      Evaluated evaluated = evaluatedOf(code);
      if (evaluated == null) {
        return null;
      }
      // the classifier knows each node's position in its reports: no map of the nodes per report
      int i = evaluated.indexOf(code);
      return i < 0 ? null : evaluated.report().nodes().get(i);
    }

    /**
     * The release that applies on facts the text names or the user states; a value with no word
     * naming it is a guess at its parameter, and a guess must not hide a controlled item.
     */
    private Optional<DecontrolOutcome> trustedRelease(NodeEvaluation n) {
      for (DecontrolOutcome d : n.decontrols()) {
        // a note whose conditions must all hold is judged whole, words and facts, by AllOfNote: its
        // typed conditions alone are part of them
        if (d.released() == Truth.MATCH && onNamedValues(d) && !d.allOf()) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }

    private static boolean onNamedValues(DecontrolOutcome d) {
      for (CriterionResult r : d.results()) {
        if (r.truth() == Truth.MATCH && r.fact().isPresent() && r.fact().get().origin() == FactOrigin.UNNAMED_IN_TEXT) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Optional<Truth> truthOf(ControlCode code) {
      NodeEvaluation n = evaluationOf(code);
      if (n == null) {
        return Optional.empty();
      }
      if (n.truth() == Truth.MATCH && n.results().isEmpty()) {
        return Optional.empty(); // nothing it requires was checked: only releases were shown not to apply
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
      Findings known = findings.get(code);
      if (known == null) {
        known = findingsOf(code, evaluationOf(code));
        findings.put(code, known);
      }
      return known;
    }

    private Findings findingsOf(ControlCode code, NodeEvaluation n) {
      if (n == null) {
        return Findings.NONE;
      }
      List<CriterionResult> met = new ArrayList<>();
      List<CriterionResult> failed = new ArrayList<>();
      List<CriterionResult> unknown = new ArrayList<>();
      boolean failedNamed = false;
      boolean metParametric = false;
      boolean metNamed = false;
      // one pass over the results, in their order, for what NodeEvaluation's met/failed/unknown filter
      for (CriterionResult r : n.results()) {
        switch (r.truth()) {
          case MATCH -> {
            met.add(r);
            metParametric |= r.isParametric();
            metNamed |= r.isParametric() && named(r);
          }
          case NO_MATCH -> {
            failed.add(r);
            failedNamed |= r.isParametric() && named(r);
          }
          case UNKNOWN -> unknown.add(r);
        }
      }
      // a value no word names is a guess at its parameter ("24K" read as a temperature): it may not contradict
      boolean contradicted = failedNamed && !metParametric;
      // in words only when read: most nodes checked are never shown as candidates, and the questions
      // are asked of the one that decides only
      return new Findings(new Explanations(met), new Explanations(failed), new Explanations(unknown),
          DeferredList.of(() -> questionsOf(code, unknown, n.decontrols())), contradicted, metParametric && !metNamed,
          metParametric && !metNamed ? DeferredList.of(() -> guessesOf(code, met)) : List.of(), n.results(),
          n.decontrols());
    }

    /** The questions for the unknown results of a node and of its undecided decontrol notes, one per parameter. */
    private static List<MissingFact> questionsOf(ControlCode code, List<CriterionResult> unknown,
        List<DecontrolOutcome> decontrols) {
      Map<String, MissingFact> questions = new LinkedHashMap<>();
      for (CriterionResult r : unknown) {
        ask(questions, r, code);
      }
      for (DecontrolOutcome d : decontrols) {
        if (d.released() == Truth.UNKNOWN) {
          for (CriterionResult r : d.results()) {
            if (r.truth() == Truth.UNKNOWN) {
              ask(questions, r, code);
            }
          }
        }
      }
      return List.copyOf(questions.values());
    }

    /** For thresholds met on values no word names: whether each value is the parameter it was read as. */
    private static List<MissingFact> guessesOf(ControlCode code, List<CriterionResult> met) {
      Map<String, MissingFact> questions = new LinkedHashMap<>();
      for (CriterionResult r : met) {
        Optional<Parameter> p = r.parameter();
        if (r.isParametric() && p.isPresent() && r.fact().isPresent() && !questions.containsKey(p.get().name())) {
          Fact f = r.fact().get();
          String value = f.source().isBlank() ? f.value().toString() : f.source();
          questions.put(p.get().name(), new MissingFact(p.get().name(),
              "Is " + value + " the " + p.get().name() + "?", List.of(code)));
        }
      }
      return List.copyOf(questions.values());
    }

    private static void ask(Map<String, MissingFact> questions, CriterionResult r, ControlCode code) {
      Optional<Parameter> p = r.parameter();
      // the first result of a parameter asks; the question is worded once, not per result
      if (p.isPresent() && !questions.containsKey(p.get().name())) {
        questions.put(p.get().name(), new MissingFact(p.get().name(), p.get().question(), List.of(code)));
      }
    }

    private static boolean named(CriterionResult r) {
      return r.fact().map(f -> f.origin() != FactOrigin.UNNAMED_IN_TEXT).orElse(false);
    }

    @Override
    public Optional<DecontrolOutcome> releasedBy(ControlCode code) {
      NodeEvaluation n = evaluationOf(code);
      return n == null ? Optional.empty() : trustedRelease(n);
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

    @Override
    public Evaluation evaluate(Criterion criterion) {
      return new CriterionEvaluator(facts, judge).evaluate(criterion);
    }
  }
}

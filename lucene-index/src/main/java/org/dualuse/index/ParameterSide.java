package org.dualuse.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.DecontrolOutcome;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Evaluation;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.internal.DeferredList;

/**
 * The seam between the hybrid classifier and the parameter evaluation: what a product's facts say
 * about each node. Implementations are thread-safe.
 */
interface ParameterSide {

  /**
   * What the parameters say for one product.
   *
   * @param language the language of its text, {@link Product#textLanguage()}, which the caller has read already
   */
  View evaluate(Product product, Optional<String> language);

  /** The parameter findings for one product. */
  interface View {

    /**
     * The truth of the node's effective criteria (its own and its ancestors'), or empty when
     * neither the node nor its ancestors state any.
     */
    Optional<Truth> truthOf(ControlCode code);

    /** The deepest nodes at or below this one whose criteria the facts satisfy, in code order. */
    List<ControlCode> mostSpecificMatches(ControlCode under);

    /** Criteria of the node the facts meet, fail and do not speak to, described for people. */
    Findings findingsOf(ControlCode code);

    /** The parametric decontrol note that releases the node for these facts, if any. */
    Optional<DecontrolOutcome> releasedBy(ControlCode code);

    /** The questions whose answers would decide these nodes. */
    List<MissingFact> missingFacts(Collection<ControlCode> codes);

    /**
     * A criterion of the list against these facts, features judged by the text's words: how the
     * typed conditions of a note whose conditions must all hold are shown ({@link AllOfNote}).
     */
    Evaluation evaluate(Criterion criterion);

    /** Stated facts that could not be read and were left out, each with the reason. */
    default List<String> unreadFacts() {
      return List.of();
    }
  }

  /**
   * Criteria met, failed and unknown, as human-readable lines, and the questions for the unknown
   * thresholds and ranges (an unknown feature asks nothing: the text decides it).
   *
   * @param contradicted true when at least one threshold or range of the node fails on a value the
   *     text names or the user states, and none is met: its typed parameters speak against it,
   *     whatever its features may say (a value no word names is a guess and contradicts nothing)
   * @param metByGuessesOnly true when thresholds or ranges of the node are met, each on a value no
   *     word names ("50 W" read as the output power): a guess at the value's parameter
   * @param guesses when {@code metByGuessesOnly}, a question per guessed parameter with its suggested
   *     reading ("Is 50W the output power?"); empty otherwise
   * @param results the results the lines put into words, all of them in order (the evaluation's own
   *     objects, for the structured evidence)
   * @param decontrols the parametric decontrol notes that bear on the node, as the facts decide them
   */
  record Findings(List<String> met, List<String> failed, List<String> unknown, List<MissingFact> questions,
      boolean contradicted, boolean metByGuessesOnly, List<MissingFact> guesses, List<CriterionResult> results,
      List<DecontrolOutcome> decontrols) {
    static final Findings NONE = new Findings(List.of(), List.of(), List.of(), List.of(), false, false, List.of());

    /** Findings without their results as data. */
    Findings(List<String> met, List<String> failed, List<String> unknown, List<MissingFact> questions,
        boolean contradicted, boolean metByGuessesOnly, List<MissingFact> guesses) {
      this(met, failed, unknown, questions, contradicted, metByGuessesOnly, guesses, List.of(), List.of());
    }

    public Findings {
      // the evaluation's lists, already unmodifiable
      results = List.copyOf(results);
      decontrols = List.copyOf(decontrols);
      // explanations are already unmodifiable, and copying them would put them all into words now
      met = copy(met);
      failed = copy(failed);
      unknown = copy(unknown);
      // deferred questions are asked when read: a copy would ask them now
      questions = questions instanceof DeferredList<MissingFact> ? questions : List.copyOf(questions);
      guesses = guesses instanceof DeferredList<MissingFact> ? guesses : List.copyOf(guesses);
    }

    private static List<String> copy(List<String> lines) {
      return lines instanceof ParameterReportSide.Explanations ? lines : List.copyOf(lines);
    }
  }

  /** No parameter evaluation: every node is decided by its text alone. */
  ParameterSide NONE = (product, language) -> new View() {
    @Override
    public Optional<Truth> truthOf(ControlCode code) {
      return Optional.empty();
    }

    @Override
    public List<ControlCode> mostSpecificMatches(ControlCode under) {
      return List.of();
    }

    @Override
    public Findings findingsOf(ControlCode code) {
      return Findings.NONE;
    }

    @Override
    public Optional<DecontrolOutcome> releasedBy(ControlCode code) {
      return Optional.empty();
    }

    @Override
    public List<MissingFact> missingFacts(Collection<ControlCode> codes) {
      return List.of();
    }

    @Override
    public Evaluation evaluate(Criterion criterion) {
      return new CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE).evaluate(criterion);
    }
  };
}

package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.dualuse.core.DualUseException;

/**
 * The answer for one product.
 *
 * @param decision listed, not listed, or needs facts
 * @param candidates ranked best first, ties broken by code order
 * @param cyberSurveillance true when the decision rests on a cyber-surveillance item
 * @param article5 indicators for an unlisted item that may fall under the Article 5 catch-all;
 *     empty when none (and always empty for a listed item)
 * @param missingFacts the facts that would decide the open candidates
 * @param listId the list classified against
 * @param explanation a sentence or two on why the decision is what it is
 * @param confidence how well the candidate the decision rests on fits the product, from 0 to 1; for
 *     NOT_LISTED, the best candidate that no note released and no fact failed, which fit too weakly
 *     or was outweighed by another rule (it fit on one word only; a released look-alike fit far
 *     better); empty when there was none, or when the classifier gives no confidence; null stands
 *     for empty
 * @throws DualUseException when the confidence is not within 0 to 1
 */
public record Classification(
    Decision decision,
    List<Candidate> candidates,
    boolean cyberSurveillance,
    List<Article5Indicator> article5,
    List<MissingFact> missingFacts,
    String listId,
    String explanation,
    OptionalDouble confidence) {
  public Classification {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(listId, "listId");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    article5 = article5 == null ? List.of() : List.copyOf(article5);
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    explanation = explanation == null ? "" : explanation;
    confidence = confidence == null ? OptionalDouble.empty() : confidence;
    if (confidence.isPresent() && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
      throw new DualUseException("confidence must be within 0 to 1, was " + confidence.getAsDouble());
    }
  }

  /** A classification whose classifier gives no confidence. */
  public Classification(Decision decision, List<Candidate> candidates, boolean cyberSurveillance,
      List<Article5Indicator> article5, List<MissingFact> missingFacts, String listId, String explanation) {
    this(decision, candidates, cyberSurveillance, article5, missingFacts, listId, explanation, OptionalDouble.empty());
  }
}

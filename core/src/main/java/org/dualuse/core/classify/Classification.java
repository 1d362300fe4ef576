package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
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
 * @param confidence how well the text fits the candidate the decision weighed (the best one that no
 *     note released and no fact failed), a share in [0, 1]; 0 when no candidate was left, or when the
 *     classifier does not measure it. A LISTED or NEEDS_FACTS decision rests on this candidate, so
 *     its confidence is the one of the code it names
 * @throws DualUseException when {@code confidence} is not in [0, 1]
 */
public record Classification(
    Decision decision,
    List<Candidate> candidates,
    boolean cyberSurveillance,
    List<Article5Indicator> article5,
    List<MissingFact> missingFacts,
    String listId,
    String explanation,
    double confidence) {
  public Classification {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(listId, "listId");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    article5 = article5 == null ? List.of() : List.copyOf(article5);
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    explanation = explanation == null ? "" : explanation;
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new DualUseException("confidence must be a share in [0, 1], not " + confidence);
    }
  }

  /**
   * A classification whose confidence was not measured (0): for classifiers that do not weigh the
   * text, such as scripted answers in tests.
   */
  public Classification(Decision decision, List<Candidate> candidates, boolean cyberSurveillance,
      List<Article5Indicator> article5, List<MissingFact> missingFacts, String listId, String explanation) {
    this(decision, candidates, cyberSurveillance, article5, missingFacts, listId, explanation, 0);
  }
}

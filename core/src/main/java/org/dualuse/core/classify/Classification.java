package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;

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
 */
public record Classification(
    Decision decision,
    List<Candidate> candidates,
    boolean cyberSurveillance,
    List<Article5Indicator> article5,
    List<MissingFact> missingFacts,
    String listId,
    String explanation) {
  public Classification {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(listId, "listId");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    article5 = article5 == null ? List.of() : List.copyOf(article5);
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    explanation = explanation == null ? "" : explanation;
  }
}

package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.dualuse.core.DualUseException;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;

/**
 * The answer for one product.
 *
 * @param decision listed, not listed, or needs facts
 * @param candidates ranked best first, ties broken by code order
 * @param cyberSurveillanceFlag how the product stands to the cyber-surveillance items of Article
 *     2(20), with the reason: {@link CyberSurveillanceScope#IS_ITEM} when the decision rests on a
 *     cyber-surveillance item, or on software, technology or a grouped item whose product text shows
 *     one; {@link CyberSurveillanceScope#COVERS} or {@link CyberSurveillanceScope#GROUPED_WITH} when
 *     it rests on such a node and the text does not show more; {@link CyberSurveillanceFlag#NONE} for
 *     a product not listed (its signals are the {@code article5} indicators). Null reads as NONE.
 * @param article5 indicators for an unlisted item that may fall under the Article 5 catch-all, or
 *     for one whose listing waits on facts (NEEDS_FACTS) should they show it unlisted; empty when none
 *     (and always empty for a LISTED item)
 * @param missingFacts the facts that would decide the open candidates
 * @param listId the list classified against
 * @param explanation a sentence or two on why the decision is what it is
 * @param confidence how sure the classifier is that the product is listed, from 0 to 1, as the
 *     candidate the decision rests on gives it (the best one that no note released and no fact
 *     failed); a classifier with a calibrated model gives the probability it estimates, so that
 *     among products answered with confidence 0.8, about 8 in 10 are listed. Empty when there was no
 *     such candidate, or when the classifier gives no confidence; null stands for empty
 * @throws DualUseException when the confidence is not within 0 to 1
 */
public record Classification(
    Decision decision,
    List<Candidate> candidates,
    CyberSurveillanceFlag cyberSurveillanceFlag,
    List<Article5Indicator> article5,
    List<MissingFact> missingFacts,
    String listId,
    String explanation,
    OptionalDouble confidence) {
  public Classification {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(listId, "listId");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    cyberSurveillanceFlag = cyberSurveillanceFlag == null ? CyberSurveillanceFlag.NONE : cyberSurveillanceFlag;
    article5 = article5 == null ? List.of() : List.copyOf(article5);
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    explanation = explanation == null ? "" : explanation;
    confidence = confidence == null ? OptionalDouble.empty() : confidence;
    if (confidence.isPresent() && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
      throw new DualUseException("confidence must be within 0 to 1, was " + confidence.getAsDouble());
    }
  }

  /** A classification whose classifier gives no confidence. */
  public Classification(Decision decision, List<Candidate> candidates, CyberSurveillanceFlag cyberSurveillanceFlag,
      List<Article5Indicator> article5, List<MissingFact> missingFacts, String listId, String explanation) {
    this(decision, candidates, cyberSurveillanceFlag, article5, missingFacts, listId, explanation,
        OptionalDouble.empty());
  }

  /**
   * A classification with a yes/no cyber-surveillance flag and a confidence: true reads as
   * {@link CyberSurveillanceScope#IS_ITEM} with a generic reason.
   *
   * @deprecated give the flag its scope and reason with the canonical constructor
   */
  @Deprecated
  public Classification(Decision decision, List<Candidate> candidates, boolean cyberSurveillance,
      List<Article5Indicator> article5, List<MissingFact> missingFacts, String listId, String explanation,
      OptionalDouble confidence) {
    this(decision, candidates,
        cyberSurveillance
            ? CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, List.of(), "flagged as a cyber-surveillance item")
            : CyberSurveillanceFlag.NONE,
        article5, missingFacts, listId, explanation, confidence);
  }

  /**
   * A classification with a yes/no cyber-surveillance flag: true reads as
   * {@link CyberSurveillanceScope#IS_ITEM} with a generic reason.
   *
   * @deprecated give the flag its scope and reason with the canonical constructor
   */
  @Deprecated
  public Classification(Decision decision, List<Candidate> candidates, boolean cyberSurveillance,
      List<Article5Indicator> article5, List<MissingFact> missingFacts, String listId, String explanation) {
    this(decision, candidates,
        cyberSurveillance
            ? CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, List.of(), "flagged as a cyber-surveillance item")
            : CyberSurveillanceFlag.NONE,
        article5, missingFacts, listId, explanation, OptionalDouble.empty());
  }

  /**
   * True when the product is listed (LISTED or NEEDS_FACTS) and is a cyber-surveillance item (scope
   * {@link CyberSurveillanceScope#IS_ITEM}): what a report counts as a listed cyber-surveillance item,
   * apart from the Article 5 indicators of unlisted ones ({@link #article5Indicated()}).
   */
  public boolean listedCyberSurveillanceItem() {
    return decision != Decision.NOT_LISTED && cyberSurveillanceFlag.scope() == CyberSurveillanceScope.IS_ITEM;
  }

  /** True when the screen raised Article 5 indicators (never for a LISTED product). */
  public boolean article5Indicated() {
    return !article5.isEmpty();
  }

  /**
   * The yes/no flag: true when the scope of {@link #cyberSurveillanceFlag()} is
   * {@link CyberSurveillanceScope#IS_ITEM} or {@link CyberSurveillanceScope#COVERS}.
   */
  public boolean cyberSurveillance() {
    return cyberSurveillanceFlag.isCyberSurveillance();
  }
}

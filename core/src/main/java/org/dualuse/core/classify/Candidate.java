package org.dualuse.core.classify;

import java.util.Objects;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;

/**
 * One code a product may fall under, with how well it fits and why.
 *
 * @param code the most specific code proposed
 * @param score relevance, higher is better; comparable only within one classification
 * @param parameterTruth what the parameters say: MATCH, NO_MATCH or UNKNOWN (UNKNOWN also when the
 *     node has no criteria)
 * @param evidence the words, criteria and notes behind it
 */
public record Candidate(ControlCode code, double score, Truth parameterTruth, Evidence evidence) {
  public Candidate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(parameterTruth, "parameterTruth");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The entry of the code ({@code 3A001} for {@code 3A001.b.2.a}). */
  public ControlCode entry() {
    return code.entry();
  }
}

package org.dualuse.core.classify;

/** The answer to "is this product on the list?". */
public enum Decision {
  /** At least one candidate holds on the evidence. */
  LISTED,
  /** No candidate holds; the product is not in the list (catch-all signals may still apply). */
  NOT_LISTED,
  /** A candidate that only missing facts can decide; see {@link Classification#missingFacts()}. */
  NEEDS_FACTS
}

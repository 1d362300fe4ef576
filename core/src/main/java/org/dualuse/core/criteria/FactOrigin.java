package org.dualuse.core.criteria;

/** Where a fact about a product comes from; the evidence says so, since not all are equally sure. */
public enum FactOrigin {
  /** Given as a name=value pair ({@code Product.facts()}). */
  STATED,
  /** Found in the text next to a word that names its parameter ("Psat 47.8 dBm"). */
  NAMED_IN_TEXT,
  /** Found in the text with no word naming it; its parameter is the dimension's default. */
  UNNAMED_IN_TEXT,
  /** Computed from other facts (fractional bandwidth from a frequency range, energy density from cell data). */
  DERIVED,
  /**
   * Found in the text as the condition another value was measured at ("noise 2 nV/√Hz at 1 kHz",
   * "tensile strength 1 900 MPa at 20 °C"): kept for the explanation, but it answers no threshold,
   * since it says how the product was measured, not what it is.
   */
  CONDITION
}

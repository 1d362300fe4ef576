package org.dualuse.index.analysis;

import java.util.Set;

/**
 * The words that deny what follows them, for every check of the classifier that reads a negation:
 * the negation scope of a product text ({@code AnalyzedText}) and the cue matching of the
 * cyber-surveillance screens. English, German, French and Italian, lower case as written. Not the
 * French "ni": it is nickel's symbol ("W-Ni-Fe", "Ni powder"), and "sans X ni Y" is negated by
 * "sans". Not exported from the module.
 */
public final class Negators {

  /** The negators, lower case. */
  public static final Set<String> WORDS = Set.of(
      "not", "non", "no", "without", "never", "nor",
      "nicht", "ohne", "kein", "keine", "keinen", "keiner",
      "sans", "aucun", "aucune", "pas",
      "senza", "nessun", "nessuno", "nessuna", "né");

  private Negators() {}

  /** Whether a lower-case word is a negator. */
  public static boolean isNegator(String lower) {
    return WORDS.contains(lower);
  }
}

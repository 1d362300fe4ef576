package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * A fact that would decide a candidate, as a question in the user's words.
 *
 * @param parameter the parameter name, usable as a fact name ("peak saturated output power")
 * @param question the question to ask ("What is the peak saturated output power?")
 * @param decides the candidate codes whose outcome depends on it
 */
public record MissingFact(String parameter, String question, List<ControlCode> decides) {
  public MissingFact {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(question, "question");
    decides = decides == null ? List.of() : List.copyOf(decides);
  }
}

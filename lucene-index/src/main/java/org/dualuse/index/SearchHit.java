package org.dualuse.index;

import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * One node found by a full-text search.
 *
 * @param code the node's code
 * @param score relevance, higher is better; comparable only within one search
 * @param text the node's verbatim text
 */
public record SearchHit(ControlCode code, double score, String text) {
  public SearchHit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}

package org.dualuse.core.model;

import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * A code named in a node's text or notes ("specified in 5A001.b.4.", "see 3A501.a.15").
 *
 * @param target the code named
 * @param surface the words as printed
 * @param fromNote true when the reference stands in a note rather than in the item text
 */
public record Reference(ControlCode target, String surface, boolean fromNote) {
  public Reference {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(surface, "surface");
  }
}

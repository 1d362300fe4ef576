package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * One element of the Article 2(20) definition and the words of a product text that show it.
 *
 * @param element the element
 * @param words the words of the text that show it, in the order found; never empty
 */
public record ElementEvidence(CyberSurveillanceElement element, List<String> words) {
  /**
   * @throws NullPointerException when element or words is null
   * @throws DualUseException when there is no word
   */
  public ElementEvidence {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(words, "words");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new DualUseException("evidence for " + element + " without a word");
    }
  }
}

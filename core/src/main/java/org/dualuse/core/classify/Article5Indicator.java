package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dualuse.core.DualUseException;

/**
 * A sign that an item not in the list may still be a cyber-surveillance item under Article 5 of
 * Regulation (EU) 2021/821. A due-diligence signal for a human, never a classification.
 *
 * <p>It explains itself by the definition of Article 2(20): {@code elements} are the elements the
 * text shows, each with its words, and {@code missing} the elements it does not show (an indicator
 * can be raised with some missing: a text rarely says who designed a product for what).
 *
 * @param indicator short name of the kind of item, e.g. {@code covert location tracking}
 * @param triggers the words of the product text that raised it, those of the kind first
 * @param reason one line on why it matters
 * @param elements the elements of Article 2(20) the text shows, in the order of
 *     {@link CyberSurveillanceElement}, each once
 * @param missing the elements it does not show, in that order; together with {@code elements} every
 *     element once
 */
public record Article5Indicator(
    String indicator,
    List<String> triggers,
    String reason,
    List<ElementEvidence> elements,
    List<CyberSurveillanceElement> missing) {

  /**
   * @throws NullPointerException when indicator or reason is null
   * @throws DualUseException when an element is both shown and missing, or shown twice
   */
  public Article5Indicator {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(reason, "reason");
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
    elements = elements == null ? List.of() : List.copyOf(elements);
    missing = missing == null ? List.of() : List.copyOf(missing);
    Set<CyberSurveillanceElement> seen = EnumSet.noneOf(CyberSurveillanceElement.class);
    for (ElementEvidence e : elements) {
      if (!seen.add(e.element())) {
        throw new DualUseException(e.element() + " shown twice in indicator '" + indicator + "'");
      }
    }
    for (CyberSurveillanceElement m : missing) {
      if (!seen.add(m)) {
        throw new DualUseException(m + " both shown and missing in indicator '" + indicator + "'");
      }
    }
  }

  /**
   * An indicator without its elements, every element counted as missing.
   *
   * @deprecated an indicator should say which elements of Article 2(20) its text shows
   */
  @Deprecated
  public Article5Indicator(String indicator, List<String> triggers, String reason) {
    this(indicator, triggers, reason, List.of(), List.of(CyberSurveillanceElement.values()));
  }

  /** The elements shown, without their words. */
  public List<CyberSurveillanceElement> shown() {
    List<CyberSurveillanceElement> out = new ArrayList<>();
    elements.forEach(e -> out.add(e.element()));
    return out;
  }
}

package org.dualuse.core.criteria;

import java.util.Optional;

/**
 * Reads the technical conditions of one provision from its own phrasing ("exceeding 2,7 GHz",
 * "75 W or more", "in the range 8 µm to 14 µm").
 *
 * <p>Thread-safe and stateless.
 */
public final class CriteriaExtractor {
  private static final CriteriaExtractor STANDARD = new CriteriaExtractor();

  private CriteriaExtractor() {}

  public static CriteriaExtractor standard() {
    return STANDARD;
  }

  /**
   * The conditions a provision's own text states (not its parent's), or empty when it states none
   * that can be typed.
   *
   * @param provisionText the verbatim text after the code
   */
  public Optional<Criterion> extract(String provisionText) {
    return Optional.empty();
  }

  /**
   * For a decontrol note ("does not control equipment designed to operate at an output power of
   * 1 W or less"), the condition under which items are released, or empty.
   *
   * @param noteText the verbatim note text
   */
  public Optional<Criterion> extractExclusion(String noteText) {
    return Optional.empty();
  }
}

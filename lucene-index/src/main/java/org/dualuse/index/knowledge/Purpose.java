package org.dualuse.index.knowledge;

import java.util.Locale;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * What software or technology is for, in the terms the General Technology Note and the annex's
 * definitions give: "development" (the phases before serial production: design, design data,
 * prototypes, simulation...), "production" (all production phases: manufacture, integration,
 * assembly, inspection, testing, quality assurance) and "use" (operation, installation,
 * maintenance, repair, overhaul, refurbishing). The D and E entries of a category differ mostly by
 * these (3D001 for the "development" or "production" of equipment, 3D002 for its "use").
 */
public enum Purpose {
  DEVELOPMENT,
  PRODUCTION,
  USE;

  /** The defined term as the annex writes it: {@code development}, {@code production} or {@code use}. */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The purpose of a defined term ({@code development}, {@code production}, {@code use}; any case).
   *
   * @throws DualUseException naming the value when it is none of the three
   */
  public static Purpose of(String term) {
    Objects.requireNonNull(term, "term");
    for (Purpose p : values()) {
      if (p.term().equalsIgnoreCase(term.strip())) {
        return p;
      }
    }
    throw new DualUseException("unknown purpose " + DualUseException.quote(term)
        + " (expected development, production or use)");
  }
}

package org.dualuse.lists;

import java.time.LocalDate;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * What the registry says about one bundled list.
 *
 * @param id the list's id, e.g. {@code eu-annex-i-2025-11-15}
 * @param title its title
 * @param effectiveDate the date from which it is in force
 * @param entries its number of entries
 * @param sha256 the hex digest of the source file it was read from
 */
public record ListInfo(String id, String title, LocalDate effectiveDate, int entries, String sha256) {
  public ListInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(sha256, "sha256");
    if (entries < 0) {
      throw new DualUseException("a count of entries cannot be negative, was " + entries + " for list " + id);
    }
  }
}

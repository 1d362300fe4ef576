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
 * @param source what that file is and where it comes from, in a sentence: the publication, who
 *     published it, and how it relates to the authentic text
 */
public record ListInfo(String id, String title, LocalDate effectiveDate, int entries, String sha256, String source) {
  public ListInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(source, "source");
    if (entries < 0) {
      throw new DualUseException("a count of entries cannot be negative, was " + entries + " for list " + id);
    }
  }
}

package org.dualuse.lists;

import java.time.LocalDate;

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
    if (id == null || title == null || effectiveDate == null || sha256 == null || entries < 0) {
      throw new IllegalArgumentException("id, title, effective date, sha256 and a count of entries are required");
    }
  }
}

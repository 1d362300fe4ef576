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
 * @param source what that file is and where it comes from, in a sentence: the publication, who
 *     published it, and how it relates to the authentic text
 */
public record ListInfo(String id, String title, LocalDate effectiveDate, int entries, String sha256, String source) {
  public ListInfo {
    if (id == null || title == null || effectiveDate == null || sha256 == null || entries < 0 || source == null) {
      throw new IllegalArgumentException("id, title, effective date, sha256, source and a count of entries are required");
    }
  }
}

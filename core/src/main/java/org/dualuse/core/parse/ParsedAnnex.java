package org.dualuse.core.parse;

import org.dualuse.core.model.ControlList;

/**
 * A parsed list with the report of what the parser found and repaired.
 *
 * @param list the list
 * @param report counts and repairs
 */
public record ParsedAnnex(ControlList list, ParseReport report) {
  public ParsedAnnex {
    if (list == null || report == null) {
      throw new IllegalArgumentException("list and report are required");
    }
  }
}

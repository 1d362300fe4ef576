package org.dualuse.core.parse;

import java.util.Objects;
import org.dualuse.core.model.ControlList;

/**
 * A parsed list with the report of what the parser found and repaired.
 *
 * @param list the list
 * @param report counts and repairs
 */
public record ParsedAnnex(ControlList list, ParseReport report) {
  public ParsedAnnex {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(report, "report");
  }
}

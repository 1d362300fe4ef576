package org.dualuse.core.parse;

import java.util.Objects;

/**
 * One provision of a publication as a reader found it, before any interpretation: an item line,
 * a note, a technical note or an N.B.
 *
 * @param code the code the publication prints for it, verbatim (it may be a publisher's artefact,
 *     such as a lettered list item of a note split into a fake sub-code)
 * @param kind what the reader saw: item, note, technical note or N.B.
 * @param text the verbatim text after the code, label included for notes ("Note 2: ...")
 * @param line where it stands in the source: 1-based line (or page-and-line number, as the
 *     reader documents), for error messages
 */
public record Provision(String code, ProvisionKind kind, String text, int line) {
  public Provision {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}

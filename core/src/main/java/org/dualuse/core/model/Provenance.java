package org.dualuse.core.model;

import java.util.Objects;

/**
 * Where a list's text came from.
 *
 * @param sourceName the file the list was read from
 * @param sourceUrl where the publication can be obtained (EUR-Lex, eCFR, ...)
 * @param sha256 hex digest of the source file's bytes
 * @param attribution the reuse notice the publisher asks for
 */
public record Provenance(String sourceName, String sourceUrl, String sha256, String attribution) {
  public Provenance {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(sha256, "sha256");
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    attribution = attribution == null ? "" : attribution;
  }
}

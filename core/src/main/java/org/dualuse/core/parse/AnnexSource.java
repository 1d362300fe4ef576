package org.dualuse.core.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Provenance;

/**
 * A publication as read from its file: the list's identity, its provisions in order and its
 * documents. Readers (one per format) make it; {@link AnnexParser} turns it into a
 * {@link org.dualuse.core.model.ControlList}.
 *
 * @param listId the id the list will have
 * @param title the list's title
 * @param jurisdiction e.g. {@code EU}
 * @param effectiveDate when this version came into force
 * @param provenance file name, origin and sha256 of the source
 * @param provisions every provision in the publication's order
 * @param documents definitions, general notes, category notes, articles
 */
public record AnnexSource(
    String listId,
    String title,
    String jurisdiction,
    LocalDate effectiveDate,
    Provenance provenance,
    List<Provision> provisions,
    List<ListDocument> documents) {
  public AnnexSource {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(provisions, "provisions");
    Objects.requireNonNull(documents, "documents");
    provisions = List.copyOf(provisions);
    documents = List.copyOf(documents);
  }
}

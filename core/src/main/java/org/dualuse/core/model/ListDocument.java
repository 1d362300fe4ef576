package org.dualuse.core.model;

import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ProductGroup;

/**
 * A document of the list that is not an entry: general notes, the General Technology and Software
 * Notes, the Cryptography Note, category and section notes, the articles bundled with the list.
 *
 * @param kind what the document is
 * @param title its heading as printed
 * @param text its verbatim text
 * @param category the category it heads, when it is a category or section note
 * @param group the product group it heads, when it is a section note
 */
public record ListDocument(
    DocumentKind kind,
    String title,
    String text,
    Optional<Category> category,
    Optional<ProductGroup> group) {
  public ListDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    category = category == null ? Optional.empty() : category;
    group = group == null ? Optional.empty() : group;
  }
}

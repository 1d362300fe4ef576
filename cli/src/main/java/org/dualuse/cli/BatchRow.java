package org.dualuse.cli;

import org.dualuse.core.classify.Product;

/**
 * One row of a batch input: where it was, its id, and the product to classify, or why it could not
 * be read.
 *
 * @param line the 1-based line of the input where the row starts
 * @param id the row's id as the input gives it; null when it gives none (never the line number,
 *     which could clash with a real id: the record's {@code line} says where it was)
 * @param product the product to classify; null when {@code error} is set
 * @param error why the row cannot be classified ("unterminated quoted field"), null when fine
 */
record BatchRow(long line, String id, Product product, String error) {
  BatchRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    if ((product == null) == (error == null)) {
      throw new IllegalArgumentException("a row has either a product or an error (line " + line + ")");
    }
    id = id == null || id.isBlank() ? null : id;
  }

  static BatchRow of(long line, String id, Product product) {
    return new BatchRow(line, id, product, null);
  }

  static BatchRow failed(long line, String id, String error) {
    return new BatchRow(line, id, null, error);
  }
}

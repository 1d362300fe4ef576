package org.dualuse.cli;

import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Product;

/**
 * What became of one batch row: its classification, or the error that stopped it.
 *
 * @param row the row as read
 * @param product the product as classified (with the batch's default language when the row names
 *     none); null when the row could not be read
 * @param classification the answer; null when {@code error} is set
 * @param error the row's read error or the classifier's failure, naming the line; null when fine
 */
record BatchOutcome(BatchRow row, Product product, Classification classification, String error) {
  BatchOutcome {
    if (row == null || (classification == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has a row and either a classification or an error");
    }
    if (classification != null && product == null) {
      throw new IllegalArgumentException("a classified row has its product");
    }
  }

  boolean failed() {
    return error != null;
  }
}

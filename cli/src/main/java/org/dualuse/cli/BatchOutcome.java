package org.dualuse.cli;

import org.dualuse.core.classify.Classification;

/**
 * What became of one batch row: its classification, or the error that stopped it.
 *
 * @param row the row as read
 * @param classification the answer; null when {@code error} is set
 * @param error the row's read error or the classifier's failure, naming the line; null when fine
 */
record BatchOutcome(BatchRow row, Classification classification, String error) {
  BatchOutcome {
    if (row == null || (classification == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has a row and either a classification or an error");
    }
  }

  boolean failed() {
    return error != null;
  }
}

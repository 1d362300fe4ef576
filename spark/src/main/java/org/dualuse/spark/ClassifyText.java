package org.dualuse.spark;

import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;

/**
 * The function Spark runs per row: classifies a text against one list with this JVM's classifier
 * of that list ({@link ExecutorClassifiers}).
 *
 * <p>Serialized to every task, so it holds nothing but the list id. A null text, and a text the
 * classifier refuses as bad input ({@link InvalidProductException}: empty, blank, no letter or
 * digit, too long), give a row with the error and no decision; any other failure is a fault and
 * fails the task.
 */
final class ClassifyText implements UDF1<String, Row> {
  private static final long serialVersionUID = 1L;

  static final String NULL_TEXT = "no text: the value is null";

  private final String listId;

  /** @param listId the canonical id of a bundled list */
  ClassifyText(String listId) {
    this.listId = Objects.requireNonNull(listId, "listId");
  }

  @Override
  public Row call(String text) {
    if (text == null) {
      return ClassificationRow.failed(listId, NULL_TEXT);
    }
    try {
      return ClassificationRow.of(ExecutorClassifiers.forList(listId).classify(Product.of(text)));
    } catch (InvalidProductException e) {
      return ClassificationRow.failed(listId, e.getMessage());
    }
  }
}

package org.dualuse.bench.golden;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.dualuse.core.classify.Classification;
import org.dualuse.eval.ClassificationJson;
import org.dualuse.lists.ControlLists;

/**
 * One line of a golden file: a case's id and its whole classification as {@code dualuse classify
 * --json} writes it ({@link ClassificationJson}), with the command's top five candidates unless told
 * otherwise. Stateless and thread-safe.
 */
public final class ClassificationRecord {

  private ClassificationRecord() {}

  /** The number of candidates {@code dualuse classify --json} shows by default. */
  public static final int DEFAULT_TOP = 5;

  /**
   * The record of a case that was classified against a bundled list, with at most {@code top}
   * candidates.
   *
   * @throws IllegalArgumentException when top is less than 1
   * @throws org.dualuse.lists.UnknownListException when the classification's list is not bundled
   */
  public static ObjectNode of(String id, Classification c, int top) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(c, "c");
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("id", id);
    doc.setAll(ClassificationJson.of(c, top, ControlLists.get(c.listId()).effectiveDate().toString()));
    return doc;
  }

  /** The record of a case the classifier refused, with the exception's class and message. */
  public static ObjectNode ofError(String id, RuntimeException e) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(e, "e");
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("id", id);
    doc.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    return doc;
  }
}

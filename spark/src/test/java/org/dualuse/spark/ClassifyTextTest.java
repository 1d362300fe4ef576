package org.dualuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/** The per-row function and the per-JVM classifiers, without Spark running. */
class ClassifyTextTest {

  /** A field of a row the function made, by name (the row holds its values only, Spark holds the type). */
  private static Object field(Row r, String name) {
    return r.get(DualUseSpark.resultType().fieldIndex(name));
  }

  @Test
  void theFunctionSentToTasksCarriesItsListIdAndNoClassifier() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ClassifyText(ControlLists.EU_2025));
    }
    // a classifier holds an index of megabytes; the function stays a few hundred bytes
    assertTrue(bytes.size() < 512, bytes.size() + " bytes");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ClassifyText back = (ClassifyText) in.readObject();
      assertEquals(ClassifyText.NULL_TEXT, field(back.call(null), "error"));
    }
  }

  @Test
  void theTasksOfAJvmShareOneClassifierPerList() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<Classifier> task = () -> ExecutorClassifiers.forList(ControlLists.EU_2025);
      Future<Classifier> a = pool.submit(task);
      Future<Classifier> b = pool.submit(task);
      Future<Classifier> c = pool.submit(task);
      assertSame(a.get(), b.get());
      assertSame(a.get(), c.get());
      assertEquals(ControlLists.EU_2025, a.get().listId());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aBlankTextIsARowWithTheClassifiersReasonAndNoDecision() {
    Row r = new ClassifyText(ControlLists.EU_2025).call(" \t ");
    assertNull(field(r, "decision"));
    assertEquals(ControlLists.EU_2025, field(r, "list"));
    InvalidProductException refused = assertThrows(InvalidProductException.class,
        () -> ExecutorClassifiers.forList(ControlLists.EU_2025).classify(Product.of(" \t ")));
    assertEquals(refused.getMessage(), field(r, "error"));
  }
}

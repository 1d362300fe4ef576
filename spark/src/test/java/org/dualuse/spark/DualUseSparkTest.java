package org.dualuse.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.UnknownListException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark column and SQL function on {@code local[2]} against the library in this JVM: every row
 * of a generated material master must come back with the answer a {@link HybridClassifier} of its
 * own gives for the same text.
 */
class DualUseSparkTest {
  private static final int ROWS = 10_000;

  private static SparkSession spark;
  /** The single-JVM reference: a classifier of its own, not the one the executor builds. */
  private static Classifier library;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    library = HybridClassifier.of(ControlLists.eu());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The library's answer in the fields of the result struct, one line, for comparison and display. */
  private static String libraryAnswer(String text) {
    if (text == null) {
      return describe(null, null, null, null, null, List.of(), ControlLists.EU_2025, ClassifyText.NULL_TEXT);
    }
    Classification c;
    try {
      c = library.classify(Product.of(text));
    } catch (InvalidProductException e) {
      return describe(null, null, null, null, null, List.of(), ControlLists.EU_2025, e.getMessage());
    }
    boolean named = c.decision() != Decision.NOT_LISTED;
    return describe(c.decision().name(), named ? c.candidates().get(0).code().toString() : null,
        named ? c.candidates().get(0).entry().toString() : null,
        c.confidence().isPresent() ? c.confidence().getAsDouble() : null, c.cyberSurveillance(),
        c.missingFacts().stream().map(MissingFact::question).toList(), c.listId(), null);
  }

  /** A result struct read back from Spark, in the same form. */
  private static String sparkAnswer(Row r) {
    List<String> questions = r.isNullAt(r.fieldIndex("missingFacts")) ? List.of() : r.getList(r.fieldIndex("missingFacts"));
    return describe(r.getAs("decision"), r.getAs("code"), r.getAs("entry"), r.getAs("confidence"),
        r.getAs("cyberSurveillance"), questions, r.getAs("list"), r.getAs("error"));
  }

  private static String describe(String decision, String code, String entry, Double confidence, Boolean cyber,
      List<String> missingFacts, String list, String error) {
    return decision + " " + code + " " + entry + " " + confidence + " cyber=" + cyber + " " + missingFacts + " "
        + list + " error=" + error;
  }

  /** The rows' answers by id, in id order. */
  private static Map<Long, String> answersById(Dataset<Row> classified, String resultColumn) {
    Map<Long, String> out = new TreeMap<>();
    for (Row r : classified.select(col("id"), col(resultColumn)).collectAsList()) {
      out.put(r.getLong(0), sparkAnswer(r.getStruct(1)));
    }
    return out;
  }

  private static void assertSameAnswers(List<String> texts, Map<Long, String> answers) {
    assertEquals(texts.size(), answers.size(), "one result per row");
    List<String> expected = texts.parallelStream().map(DualUseSparkTest::libraryAnswer).toList();
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!expected.get(i).equals(answers.get((long) i))) {
        differ.add(texts.get(i) + "\n  library: " + expected.get(i) + "\n  spark:   " + answers.get((long) i));
      }
    }
    assertTrue(differ.isEmpty(), differ.size() + " rows differ, e.g.\n" + String.join("\n", differ.subList(0,
        Math.min(10, differ.size()))));
  }

  @Test
  void everyRowOfAGeneratedMaterialMasterGetsTheAnswerOfTheLibraryInOneJvm() {
    List<String> texts = new MaterialMaster(18).lines(ROWS);
    assertTrue(new HashSet<>(texts).size() > ROWS * 8 / 10, "the lines vary");
    Dataset<Row> classified = DualUseSpark.classify(LocalSpark.products(spark, texts, 4), "text");

    Map<Long, String> answers = answersById(classified, DualUseSpark.RESULT_COLUMN);

    assertSameAnswers(texts, answers);
    // the frame is a real mix: the comparison covers every decision, and codes of several entries
    Map<String, Long> byDecision = new TreeMap<>();
    answers.values().forEach(a -> byDecision.merge(a.substring(0, a.indexOf(' ')), 1L, Long::sum));
    assertEquals(Arrays.stream(Decision.values()).map(Decision::name).sorted().toList(), List.copyOf(byDecision.keySet()),
        byDecision.toString());
    long entries = answers.values().stream().map(a -> a.split(" ")[2]).filter(e -> !e.equals("null")).distinct().count();
    assertTrue(entries >= 10, entries + " entries");
  }

  @Test
  void theSqlFunctionGivesTheAnswersOfTheColumn() {
    List<String> texts = new MaterialMaster(2021).lines(500);
    DualUseSpark.register(spark);
    LocalSpark.products(spark, texts, 2).createOrReplaceTempView("materials");

    Dataset<Row> classified = spark.sql("SELECT id, " + DualUseSpark.FUNCTION_NAME + "(text) AS result FROM materials");

    assertEquals(DualUseSpark.resultType(), classified.schema().apply("result").dataType());
    assertSameAnswers(texts, answersById(classified, "result"));
  }

  @Test
  void aSqlQueryReadsTheStructsFieldsByName() {
    DualUseSpark.register(spark);
    LocalSpark.products(spark, List.of("Office chair, ergonomic, black", "IMSI catcher for mobile networks"), 1)
        .createOrReplaceTempView("two_materials");

    List<Row> rows = spark.sql("SELECT r.decision, r.list, r.error FROM (SELECT id, "
        + DualUseSpark.FUNCTION_NAME + "(text) AS r FROM two_materials) ORDER BY id").collectAsList();

    assertEquals("NOT_LISTED", rows.get(0).getString(0));
    assertEquals(libraryAnswer("IMSI catcher for mobile networks").split(" ")[0], rows.get(1).getString(0));
    assertEquals(ControlLists.EU_2025, rows.get(1).getString(1));
    assertNull(rows.get(1).get(2));
    // the README's form: a field of the function's result, without a subquery
    List<Row> decisions = spark.sql("SELECT " + DualUseSpark.FUNCTION_NAME + "(text).decision FROM two_materials ORDER BY id")
        .collectAsList();
    assertEquals(List.of(rows.get(0).getString(0), rows.get(1).getString(0)),
        List.of(decisions.get(0).getString(0), decisions.get(1).getString(0)));
  }

  @Test
  void aNullEmptyBlankOrOverlongTextGivesARowWithItsErrorAndNoDecision() {
    List<String> texts = Arrays.asList(null, "", "   ", "\u200B🙂", "x".repeat(70_000), "Wärmebildkamera ungekühlt 640 x 512, 30 Hz");

    Map<Long, Row> rows = new TreeMap<>();
    for (Row r : DualUseSpark.classify(LocalSpark.products(spark, texts, 2), "text")
        .select(col("id"), col(DualUseSpark.RESULT_COLUMN)).collectAsList()) {
      rows.put(r.getLong(0), r.getStruct(1));
    }

    assertEquals(texts.size(), rows.size());
    for (long i = 0; i < texts.size() - 1; i++) {
      Row r = rows.get(i);
      assertNull(r.getAs("decision"), "row " + i);
      assertNull(r.getAs("code"), "row " + i);
      assertNotNull(r.getAs("error"), "row " + i);
      assertEquals(ControlLists.EU_2025, r.getAs("list"), "row " + i);
    }
    assertEquals(ClassifyText.NULL_TEXT, rows.get(0L).getAs("error"));
    Row good = rows.get((long) texts.size() - 1);
    assertNull(good.getAs("error"));
    assertNotNull(good.getAs("decision"));
    assertSameAnswers(texts, answersById(DualUseSpark.classify(LocalSpark.products(spark, texts, 2), "text"),
        DualUseSpark.RESULT_COLUMN));
  }

  @Test
  void theFrameGetsTheResultColumnOfTheDocumentedType() {
    Dataset<Row> classified = DualUseSpark.classify(LocalSpark.products(spark, List.of("Laptop"), 1), "text");

    assertEquals(List.of("id", "text", DualUseSpark.RESULT_COLUMN), List.of(classified.columns()));
    assertEquals(DualUseSpark.resultType(), classified.schema().apply(DualUseSpark.RESULT_COLUMN).dataType());
    assertEquals(List.of("decision", "code", "entry", "confidence", "cyberSurveillance", "missingFacts", "list", "error"),
        List.of(DualUseSpark.resultType().fieldNames()));
  }

  @Test
  void aNullArgumentOfAPublicMethodIsRefusedNamingIt() throws Exception {
    Map<Class<?>, Object> samples = Map.of(
        Column.class, col("text"),
        String.class, ControlLists.EU_ALIAS,
        Dataset.class, LocalSpark.products(spark, List.of("Laptop"), 1),
        SparkSession.class, spark);
    List<String> checked = new ArrayList<>();
    for (Method m : DualUseSpark.class.getMethods()) {
      if (m.getDeclaringClass() != DualUseSpark.class || !Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Parameter[] parameters = m.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        Object[] args = new Object[parameters.length];
        for (int j = 0; j < parameters.length; j++) {
          args[j] = j == i ? null : samples.get(parameters[j].getType());
        }
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(null, args),
            m + " with null " + parameters[i].getName());
        assertInstanceOf(NullPointerException.class, e.getCause(), m.toString());
        assertEquals(parameters[i].getName(), e.getCause().getMessage(), m.toString());
        checked.add(m.getName() + "." + parameters[i].getName());
      }
    }
    assertEquals(12, checked.size(), checked.toString());
  }

  @Test
  void aBlankFunctionNameIsRefused() {
    DualUseException e = assertThrows(DualUseException.class, () -> DualUseSpark.register(spark, " ", "eu"));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void anUnknownListIsRefusedWhenTheColumnIsMade() {
    Dataset<Row> frame = LocalSpark.products(spark, List.of("Laptop"), 1);

    UnknownListException e = assertThrows(UnknownListException.class,
        () -> DualUseSpark.classify(frame, "text", "us-ccl"));
    assertTrue(e.getMessage().contains("us-ccl"), e.getMessage());
    assertThrows(UnknownListException.class, () -> DualUseSpark.register(spark, "dualuse_us", "us-ccl"));
  }
}

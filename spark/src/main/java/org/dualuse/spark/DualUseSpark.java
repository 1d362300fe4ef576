package org.dualuse.spark;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dualuse.core.DualUseException;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.UnknownListException;

/**
 * Classifies a text column of a Spark DataFrame against a bundled control list, from Java and
 * from Spark SQL.
 *
 * <pre>{@code
 * Dataset<Row> screened = DualUseSpark.classify(materials, "text");      // adds the struct column "dualuse"
 * screened.select("id", "dualuse.decision", "dualuse.code");
 *
 * DualUseSpark.register(spark);                                          // SQL: dualuse_classify(text)
 * materials.createOrReplaceTempView("materials");
 * spark.sql("SELECT id, dualuse_classify(text).decision FROM materials");
 * }</pre>
 *
 * <p>Each executor JVM builds one classifier per list, on the first row it classifies, and every
 * task there shares it; the function Spark serializes to the tasks carries only the list id. The
 * answers are those of {@code HybridClassifier} in one JVM, row for row.
 *
 * <p>The result is a struct ({@link #resultType()}) with these fields:
 *
 * <ul>
 *   <li>{@code decision}: {@code LISTED}, {@code NOT_LISTED} or {@code NEEDS_FACTS}; null when the
 *       row has an error
 *   <li>{@code code}, {@code entry}: the code the decision names ({@code 6A003.b.4.b}) and its
 *       entry ({@code 6A003}); null when the decision is {@code NOT_LISTED}
 *   <li>{@code confidence}: how well the text fits the candidate the decision weighed, 0 to 1;
 *       null when no candidate was left
 *   <li>{@code cyberSurveillance}: true when the decision rests on a cyber-surveillance item
 *   <li>{@code missingFacts}: for {@code NEEDS_FACTS}, the questions that would decide, else empty
 *   <li>{@code list}: the id of the list classified against, on every row
 *   <li>{@code error}: why the row has no decision (a null, empty or blank text, one with no letter
 *       or digit, or longer than 65,536 characters), else null. Bad rows never fail the job
 * </ul>
 *
 * <p>A list id is checked when the column is made, on the driver, without loading the list there.
 * A null argument throws {@link NullPointerException} naming it.
 * Spark comes from the application (this module's dependency on it is {@code provided}).
 */
public final class DualUseSpark {
  /** The name of the SQL function {@link #register(SparkSession)} adds. */
  public static final String FUNCTION_NAME = "dualuse_classify";
  /** The name of the column {@link #classify(Dataset, String)} adds. */
  public static final String RESULT_COLUMN = "dualuse";

  private DualUseSpark() {}

  /** The type of the result column: the struct the class documentation describes. */
  public static StructType resultType() {
    return ClassificationRow.TYPE;
  }

  /**
   * The classification of a text column against the list in force ({@code eu}).
   *
   * @param text a column of product texts; other types are cast to text
   */
  public static Column classify(Column text) {
    return classify(text, ControlLists.EU_ALIAS);
  }

  /**
   * The classification of a text column against a bundled list.
   *
   * @param text a column of product texts; other types are cast to text
   * @param listId a bundled list's id or alias ({@code eu}, {@code eu-annex-i-2021-09-09})
   * @throws UnknownListException when no bundled list has that id
   */
  public static Column classify(Column text, String listId) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(listId, "listId");
    String id = ControlLists.canonicalId(listId);
    return functions.udf(new ClassifyText(id), ClassificationRow.TYPE)
        .withName(FUNCTION_NAME)
        .apply(text.cast(DataTypes.StringType));
  }

  /**
   * The frame with the column {@value #RESULT_COLUMN} holding the classification of its text
   * column against the list in force ({@code eu}); a column of that name is replaced.
   *
   * @param frame the rows to classify
   * @param textColumn the name of the column of product texts
   */
  public static Dataset<Row> classify(Dataset<Row> frame, String textColumn) {
    return classify(frame, textColumn, ControlLists.EU_ALIAS);
  }

  /**
   * The frame with the column {@value #RESULT_COLUMN} holding the classification of its text
   * column against a bundled list; a column of that name is replaced.
   *
   * @param frame the rows to classify
   * @param textColumn the name of the column of product texts
   * @param listId a bundled list's id or alias
   * @throws UnknownListException when no bundled list has that id
   */
  public static Dataset<Row> classify(Dataset<Row> frame, String textColumn, String listId) {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(listId, "listId");
    return frame.withColumn(RESULT_COLUMN, classify(frame.col(textColumn), listId));
  }

  /**
   * Registers the SQL function {@value #FUNCTION_NAME}{@code (text)}, which classifies against the
   * list in force ({@code eu}) and returns the struct the class documentation describes.
   */
  public static void register(SparkSession spark) {
    register(spark, FUNCTION_NAME, ControlLists.EU_ALIAS);
  }

  /**
   * Registers a SQL function {@code name(text)} that classifies against a bundled list: one name
   * per list, e.g. {@code dualuse_classify_2021} for {@code eu-annex-i-2021-09-09}.
   *
   * @throws UnknownListException when no bundled list has that id
   * @throws DualUseException when the name is blank
   */
  public static void register(SparkSession spark, String name, String listId) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listId, "listId");
    if (name.isBlank()) {
      throw new DualUseException("a SQL function needs a name, not " + DualUseException.quote(name));
    }
    spark.udf().register(name, new ClassifyText(ControlLists.canonicalId(listId)), ClassificationRow.TYPE);
  }
}

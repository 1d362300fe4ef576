package org.dualuse.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark in this JVM with two worker threads, and frames of product lines for it. */
final class LocalSpark {

  static final StructType PRODUCTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private LocalSpark() {}

  /** A session on {@code local[2]}: no web UI, bound to the loopback address. */
  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("dualuse-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  /**
   * A frame of {@code id} (the index of the text) and {@code text}, spread over partitions. Made
   * from an RDD, not a local list: Spark's optimizer evaluates a projection over a local list on
   * the driver, and the classification has to run in tasks, as on a cluster.
   */
  static Dataset<Row> products(SparkSession spark, List<String> texts, int partitions) {
    List<Row> rows = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create((long) i, texts.get(i)));
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return spark.createDataFrame(context.parallelize(rows, partitions), PRODUCTS);
  }
}

package org.dualuse.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * Rows per second of the Spark column on {@code local[2]} beside the library in one JVM on one and
 * on two threads, on the same generated material master. A measurement that prints its figures,
 * not a test: its name keeps it out of the suite (speed belongs to no unit test). Run it alone:
 *
 * <pre>
 * ./mvnw -B -o -q -pl spark -am verify -Dtest=SparkThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddualuse.rows=20000
 * </pre>
 *
 * <p>The library is warmed up on the first tenth of the rows, then timed over all of them; Spark is
 * timed twice over all of them, the first time with the executor's classifier still to be built
 * (what a job pays once per executor), the second time warm. Spark's runs write to its
 * {@code noop} sink, so that nothing but the classification and Spark's own work is timed, once
 * with the struct column whole and once with its fields as columns ({@code dualuse.*}), which
 * shows whether Spark calls the function once per row or once per field. The figures depend on
 * what else the machine runs: read them side by side, from one run.
 */
class SparkThroughputMeasurement {

  private static final int ROWS = Integer.getInteger("dualuse.rows", 20_000);

  @Test
  void printRowsPerSecond() throws Exception {
    List<String> texts = new MaterialMaster(18).lines(ROWS);
    Classifier library = HybridClassifier.of(ControlLists.eu());
    for (String t : texts.subList(0, ROWS / 10)) {
      library.classify(Product.of(t));
    }
    long start = System.nanoTime();
    for (String t : texts) {
      library.classify(Product.of(t));
    }
    report("library, 1 thread", start);
    report("library, 2 threads", timeOnThreads(library, texts, 2));

    SparkSession spark = LocalSpark.start();
    try {
      Dataset<Row> classified = DualUseSpark.classify(LocalSpark.products(spark, texts, 4), "text");
      start = System.nanoTime();
      classified.select(col("id"), col(DualUseSpark.RESULT_COLUMN)).write().format("noop").mode("overwrite").save();
      report("spark local[2], first run (builds the executor's classifier)", start);
      start = System.nanoTime();
      classified.select(col("id"), col(DualUseSpark.RESULT_COLUMN)).write().format("noop").mode("overwrite").save();
      report("spark local[2], struct column", start);
      start = System.nanoTime();
      classified.select("id", DualUseSpark.RESULT_COLUMN + ".*").write().format("noop").mode("overwrite").save();
      report("spark local[2], fields as columns", start);
    } finally {
      spark.stop();
    }
  }

  /** Classifies the texts on a pool of that many threads, in chunks; returns when it started. */
  private static long timeOnThreads(Classifier classifier, List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> chunks = new ArrayList<>();
      for (int from = 0; from < texts.size(); from += 500) {
        List<String> chunk = texts.subList(from, Math.min(texts.size(), from + 500));
        chunks.add(pool.submit(() -> chunk.forEach(t -> classifier.classify(Product.of(t)))));
      }
      for (Future<?> f : chunks) {
        f.get();
      }
      return start;
    } finally {
      pool.shutdown();
    }
  }

  private static void report(String what, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%-62s %7d rows in %6.2f s: %7.0f rows/s%n", what, ROWS, seconds, ROWS / seconds);
  }
}

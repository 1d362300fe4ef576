/**
 * Classification of a Spark DataFrame column, for material masters that outgrow one machine.
 *
 * <p>{@link org.dualuse.spark.DualUseSpark} turns a column of product texts into a column of
 * results, from Java ({@code DualUseSpark.classify(frame, "text")}) or from SQL once registered
 * ({@code SELECT dualuse_classify(text) FROM materials}). The work is the library's: each executor
 * JVM builds the hybrid classifier of a list once, on its first row, and its tasks share it, so a
 * cluster gives the same answers as one JVM, row for row, only more of them per second.
 *
 * <p>Spark is not a dependency of the library's users: this module declares it {@code provided},
 * and the application brings its own (Spark 4, Scala 2.13, Java 17 or later). Executors need the
 * {@code --add-opens} options Spark itself sets in {@code spark-submit}; an application that starts
 * Spark inside its own JVM passes them to that JVM. The module has no {@code module-info}: Spark's
 * jars name no module, so a named module could not require them.
 */
package org.dualuse.spark;

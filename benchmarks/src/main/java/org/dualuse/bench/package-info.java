/**
 * JMH benchmarks of dualuse, one class per concern: {@link org.dualuse.bench.ParseBenchmark} (parse
 * the 2025 text), {@link org.dualuse.bench.IndexBenchmark} (build the Lucene index),
 * {@link org.dualuse.bench.ClassifyBenchmark} (latency percentiles and throughput on 1 and 2
 * threads), {@link org.dualuse.bench.BaselineRatioBenchmark} (the classifier against plain BM25
 * search, {@link org.dualuse.index.TextOnlyClassifier#search}, on the fixed text sets of
 * {@link org.dualuse.bench.BenchmarkTexts}), {@link org.dualuse.bench.ParameterMatchBenchmark} (facts
 * against every parametric node), {@link org.dualuse.bench.FirstLoadBenchmark} (first list load and
 * first classification in a fresh JVM), and {@link org.dualuse.bench.RetainedMemory} (heap held by a
 * list and its index; a plain main). Whether a change changed any answer is for
 * {@link org.dualuse.bench.golden}.
 *
 * <p>Build with {@code ./mvnw -B -DskipTests package}, then run from the repository root, e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -wi 3 -i 5 -f 1 -w 1s -r 1s}.
 * {@code benchmarks/README.md} holds the latest figures. Accuracy (not speed) lives in
 * {@link org.dualuse.eval}.
 */
package org.dualuse.bench;

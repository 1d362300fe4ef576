/**
 * Measuring classification accuracy on labelled datasets — the API behind {@code dualuse eval}, for
 * any {@link org.dualuse.core.classify.Classifier}.
 *
 * <p>Read a dataset with {@link org.dualuse.eval.DatasetReader} (the project's JSON Lines format, or
 * the external CommodityBench file with its US labels mapped to Annex I by
 * {@link org.dualuse.eval.EccnMapping}), run a classifier over it with an
 * {@link org.dualuse.eval.Evaluator}, and read the {@link org.dualuse.eval.EvaluationReport}: overall
 * {@link org.dualuse.eval.Metrics} (each rate defined in its javadoc), 95 % bootstrap intervals,
 * breakdowns by category, kind, style and language, the {@code tune} and {@code check} halves of a
 * split corpus ({@link org.dualuse.eval.Split}) with their gap, and every miss with its evidence.
 * {@link org.dualuse.eval.EvaluationJson} renders the report as the CLI prints it.
 *
 * <pre>{@code
 * List<LabelledCase> cases = DatasetReader.read(Path.of("corpus-eu.jsonl"), DatasetFormat.DUALUSE);
 * EvaluationReport report = new Evaluator(classifier).evaluate(cases);
 * double top1 = report.overall().entryTop1();
 * }</pre>
 *
 * <p>The module ({@code dualuse-eval}) depends on the core API and Jackson only: no JMH, no Lucene, no
 * logging binding. The team's datasets are not in it; they live with the benchmarks
 * ({@code benchmarks/src/main/resources/datasets/}), which measure the bundled classifiers with this
 * harness.
 */
package org.dualuse.eval;

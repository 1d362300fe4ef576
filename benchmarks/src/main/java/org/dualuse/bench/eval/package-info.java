/**
 * Measuring classification accuracy on labelled datasets — the API behind {@code dualuse eval}.
 *
 * <p>Read a dataset with {@link org.dualuse.bench.eval.DatasetReader} (the project's JSON Lines
 * format, or the external CommodityBench file with its US labels mapped to Annex I by
 * {@link org.dualuse.bench.eval.EccnMapping}), run any {@link org.dualuse.core.classify.Classifier}
 * over it with an {@link org.dualuse.bench.eval.Evaluator}, and read the
 * {@link org.dualuse.bench.eval.EvaluationReport}: overall {@link org.dualuse.bench.eval.Metrics}
 * (each rate defined in its javadoc), 95 % bootstrap intervals, per-category and per-kind breakdowns
 * and every miss with its evidence. {@link org.dualuse.bench.eval.EvaluationJson} renders the
 * report as the CLI prints it.
 *
 * <pre>{@code
 * List<LabelledCase> cases = DatasetReader.read(Path.of("dev-eu.jsonl"), DatasetFormat.DUALUSE);
 * EvaluationReport report = new Evaluator(classifier).evaluate(cases);
 * double top1 = report.overall().entryTop1();
 * }</pre>
 *
 * <p>This package depends on the core API and Jackson only, not on JMH, so the CLI can use it.
 */
package org.dualuse.bench.eval;

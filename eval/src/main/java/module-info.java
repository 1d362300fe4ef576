/**
 * dualuse eval: the accuracy harness (labelled datasets, the evaluator, metrics with bootstrap
 * intervals, the tune/check split) for any {@code Classifier}.
 */
module org.dualuse.eval {
  requires transitive org.dualuse.core;
  // the report's JSON (EvaluationJson) is a Jackson tree
  requires transitive com.fasterxml.jackson.databind;

  exports org.dualuse.eval;
}

/**
 * dualuse lucene index: a Lucene index of a control list, its analyzers and vocabulary, the text
 * and hybrid classifiers, and the cyber-surveillance screening.
 */
module org.dualuse.index {
  requires transitive org.dualuse.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.slf4j;

  exports org.dualuse.index;
  exports org.dualuse.index.surveillance;
  exports org.dualuse.index.knowledge;
  exports org.dualuse.index.decision;
}

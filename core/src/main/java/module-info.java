/**
 * dualuse core: control codes, quantities and units, the typed model of a control list, criteria,
 * the text-to-model parser and the classifier API. Depends on the JDK and the SLF4J API only.
 */
module org.dualuse.core {
  requires org.slf4j;

  exports org.dualuse.core;
  exports org.dualuse.core.code;
  exports org.dualuse.core.quantity;
  exports org.dualuse.core.criteria;
  exports org.dualuse.core.model;
  exports org.dualuse.core.parse;
  exports org.dualuse.core.classify;
  exports org.dualuse.core.language;
}

/**
 * dualuse core: control codes, quantities and units, the typed model of a control list, criteria,
 * the text-to-model parser and the classifier API. Depends on the JDK only: it logs nothing, and a
 * failure is thrown to the caller rather than logged and swallowed.
 *
 * <p>The unqualified exports are the API. {@code org.dualuse.core.internal} holds what the library's
 * own modules share and a user should never touch (the lazily worded lists of a classification, the
 * code version of a build's snapshots); it is exported to those modules only and may change in any
 * release.
 */
module org.dualuse.core {
  exports org.dualuse.core;
  exports org.dualuse.core.code;
  exports org.dualuse.core.quantity;
  exports org.dualuse.core.criteria;
  exports org.dualuse.core.model;
  exports org.dualuse.core.parse;
  exports org.dualuse.core.classify;
  exports org.dualuse.core.language;
  exports org.dualuse.core.internal to org.dualuse.lists, org.dualuse.index;

  // what is particular to a list (its cyber-surveillance headings, general notes, vocabulary,
  // catch-all screen) comes from the profile its reader's module provides
  uses org.dualuse.core.parse.ListProfile;
}

/**
 * dualuse control lists: readers for official publications (the EU consolidated text, the Official
 * Journal PDF layout), the bundled lists and their registry, and the diff between two versions.
 */
module org.dualuse.lists {
  requires transitive org.dualuse.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.pdfbox;
  requires org.slf4j;

  exports org.dualuse.lists;
  exports org.dualuse.lists.source;
  exports org.dualuse.lists.diff;

  // the EU list's profile, next to its readers
  provides org.dualuse.core.parse.ListProfile with org.dualuse.lists.source.EuListProfile;
}

package org.dualuse.core.parse;

/** What one provision line of a publication is. */
public enum ProvisionKind {
  ITEM,
  NOTE,
  TECHNICAL_NOTE,
  NB
}

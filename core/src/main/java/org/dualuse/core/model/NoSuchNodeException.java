package org.dualuse.core.model;

import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/** A code that is well formed but names no node of the list asked; carries the list id and the code. */
public final class NoSuchNodeException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String listId;
  private final transient ControlCode code;

  public NoSuchNodeException(String listId, ControlCode code) {
    super("list " + listId + " has no node " + code);
    this.listId = listId;
    this.code = code;
  }

  /** The id of the list that was asked. */
  public String listId() {
    return listId;
  }

  /** The code it does not have. */
  public ControlCode code() {
    return code;
  }
}

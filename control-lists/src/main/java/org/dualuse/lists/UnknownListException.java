package org.dualuse.lists;

import java.util.List;
import org.dualuse.core.DualUseException;

/** A list id or alias that names no bundled list; the message names the id asked and the known ones. */
public final class UnknownListException extends DualUseException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final List<String> known;

  public UnknownListException(String id, List<String> known) {
    super("unknown list " + quote(id) + "; known: " + String.join(", ", known));
    this.id = id;
    this.known = List.copyOf(known);
  }

  /** The id or alias as asked. */
  public String id() {
    return id;
  }

  /** The ids and aliases that would have been found. */
  public List<String> known() {
    return known;
  }
}

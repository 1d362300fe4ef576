package org.dualuse.lists.snapshot;

import org.dualuse.core.DualUseException;

/** A snapshot that cannot be read: another format version, cut short, or malformed. */
public class SnapshotFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  public SnapshotFormatException(String message) {
    super(message);
  }

  public SnapshotFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.dualuse.index.analysis;

import org.dualuse.core.DualUseException;

/** A product-kinds file with a bad row: the message names the file and the line. */
public final class ProductKindsFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  ProductKindsFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}

package org.dualuse.index.analysis;

import org.dualuse.core.DualUseException;

/** A lexicon file with a bad row: the message names the file and the line. */
public final class LexiconFormatException extends DualUseException {
  private static final long serialVersionUID = 1L;

  LexiconFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}

package org.dualuse.lists.source;

import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * One printed line of a PDF page, as assembled from its glyphs: where it starts, how it is set and
 * its text (superscripts and subscripts flattened into it, as the annex's text versions print them:
 * {@code 5 x 103 Gy}).
 *
 * @param page the 1-based page number
 * @param number the 1-based number of the line on its page, page furniture included
 * @param x the left edge of the first glyph, in points from the page's left edge
 * @param y the baseline, in points from the page's top edge
 * @param fontSize the size of the line's body text, in points
 * @param italic true when the line starts in an italic face (notes are set in italics)
 * @param bold true when the line starts in a bold face (section headings)
 * @param text the text, trimmed, runs of spaces kept as printed
 */
public record PdfLine(
    int page, int number, float x, float y, float fontSize, boolean italic, boolean bold, String text) {
  public PdfLine {
    Objects.requireNonNull(text, "text");
    if (page < 1 || number < 1) {
      throw new DualUseException("page and line number must be positive, was page " + page + " line " + number);
    }
  }

  /** The page-and-line number used in provisions and error messages: {@code page * 1000 + number}. */
  public int position() {
    return page * 1000 + number;
  }

  /** {@code page P line N}, for messages. */
  public String where() {
    return "page " + page + " line " + number;
  }
}

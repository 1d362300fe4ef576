package org.dualuse.lists.source;

/**
 * The running header (the category's name), the page number and the empty footer of the printed
 * list: lines that are part of the page, not of the text. Recognised by position alone, since the
 * header repeats words that also occur in the text ("CATEGORY 3 - ELECTRONICS"). Footnotes (a
 * small number at the left margin low on the page, and everything below it) are dropped by the
 * line extractor with the limits given here.
 *
 * <p>Stateless and thread-safe.
 */
final class PageFurniture {
  /** Body text starts below this line (the header's baseline is at 46.6 pt). */
  static final float HEADER_BAND = 60f;
  /** Body text ends above this line (the page number's baseline is at 772 pt on an 842 pt page). */
  static final float FOOTER_MARGIN = 80f;

  /** Footnotes start at the left margin ... */
  static final float FOOTNOTE_COLUMN = 100f;
  /** ... in the lower part of the page (as a share of its height). */
  static final float FOOTNOTE_ZONE = 0.6f;

  private PageFurniture() {}

  /**
   * @param line a line of a page
   * @param pageHeight the page's height in points
   * @return true when the line is a running header, a page number or a footer
   */
  static boolean isFurniture(PdfLine line, float pageHeight) {
    return line.y() < HEADER_BAND || line.y() > pageHeight - FOOTER_MARGIN;
  }
}

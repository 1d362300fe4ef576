package org.dualuse.lists.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns the pages of a PDF into printed lines with their positions and faces, page furniture
 * removed. PDFBox finds the runs of text; the lines are assembled here so that superscripts and
 * subscripts (set a few points above or below the baseline in a smaller size) join the line they
 * belong to instead of becoming lines of their own ({@code 5 x 10}{@code 3} becomes
 * {@code 5 x 103}, as the annex's text versions print it); spaces are rebuilt from the gaps between
 * glyphs; a bold heading set on the same baseline as the end of the text before it becomes a line of
 * its own; footnotes (a small number at the left margin, low on the page, and all below it) and
 * page furniture ({@link PageFurniture}) are dropped.
 *
 * <p>Not thread-safe: one instance per document read.
 */
final class PdfLineExtractor extends PDFTextStripper {
  /** Two runs whose baselines differ by no more than this are on the same line. */
  private static final float SAME_LINE = 2.0f;
  /** A run this much smaller than the body is a superscript or subscript. */
  private static final float SMALL_RATIO = 0.8f;
  /** How far above its line's baseline a superscript may sit, in units of the line's size. */
  private static final float SUPERSCRIPT_RISE = 0.8f;
  /** How far below its line's baseline a subscript may sit, in units of the line's size. */
  private static final float SUBSCRIPT_DROP = 0.45f;

  /** One glyph (or the few characters PDFBox maps one glyph to) with its place and face. */
  private record Glyph(String text, float x, float xEnd, float y, float size, boolean italic, boolean bold) {}

  /** A run of glyphs as PDFBox delivers it; lines are rebuilt from the glyphs of all runs. */
  private record Run(List<Glyph> glyphs, float x, float xEnd, float y, float size) {}

  private final List<Run> runs = new ArrayList<>();
  private final List<PdfLine> lines = new ArrayList<>();
  private int page;

  PdfLineExtractor() throws IOException {
    setSortByPosition(true);
  }

  /** The body lines of every page, in reading order. */
  List<PdfLine> extract(PDDocument document) throws IOException {
    lines.clear();
    getText(document);
    return List.copyOf(lines);
  }

  @Override
  protected void startPage(PDPage pdPage) throws IOException {
    super.startPage(pdPage);
    page = getCurrentPageNo();
    runs.clear();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    List<Glyph> glyphs = new ArrayList<>(positions.size());
    for (TextPosition p : positions) {
      String unicode = p.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        continue;
      }
      String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
      glyphs.add(new Glyph(unicode, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(),
          p.getFontSizeInPt(), font.contains("Italic") || font.contains("Oblique"), font.contains("Bold")));
    }
    if (glyphs.stream().allMatch(g -> g.text().isBlank())) {
      return;
    }
    Glyph first = glyphs.get(0);
    Glyph last = glyphs.get(glyphs.size() - 1);
    runs.add(new Run(glyphs, first.x(), last.xEnd(), first.y(), first.size()));
  }

  @Override
  protected void endPage(PDPage pdPage) throws IOException {
    super.endPage(pdPage);
    float height = pdPage.getMediaBox().getHeight();
    float body = bodySize();
    List<List<Run>> rows = new ArrayList<>();
    List<Run> scripts = new ArrayList<>();
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
    for (Run run : sorted) {
      if (run.size() < body * SMALL_RATIO) {
        scripts.add(run);
        continue;
      }
      List<Run> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null && Math.abs(row.get(0).y() - run.y()) <= SAME_LINE) {
        row.add(run);
      } else {
        rows.add(new ArrayList<>(List.of(run)));
      }
    }
    for (Run script : scripts) {
      List<Run> nearest = null;
      float best = Float.MAX_VALUE;
      for (List<Run> row : rows) {
        float lineY = row.get(0).y();
        float size = row.get(0).size();
        // a superscript rises up to most of the body's height; a subscript drops less than half
        boolean reaches = script.y() <= lineY ? lineY - script.y() <= SUPERSCRIPT_RISE * size
            : script.y() - lineY <= SUBSCRIPT_DROP * size;
        float d = Math.abs(lineY - script.y());
        if (reaches && d < best && overlaps(row, script)) {
          best = d;
          nearest = row;
        }
      }
      if (nearest != null) {
        nearest.add(script);
      } else {
        rows.add(new ArrayList<>(List.of(script)));
      }
    }
    rows.sort(Comparator.comparingDouble(r -> r.get(0).y()));
    int number = 0;
    boolean footnotes = false;
    for (List<Run> row : rows) {
      row.sort(Comparator.comparingDouble(Run::x));
      number++;
      List<Glyph> glyphs = new ArrayList<>();
      for (Run run : row) {
        glyphs.addAll(run.glyphs());
      }
      glyphs.sort(Comparator.comparingDouble(Glyph::x));
      int split = boldTail(glyphs);
      if (split > 0) {
        // a heading set on the same baseline as the end of the text above it: a line of its own
        addLine(toLine(glyphs.subList(0, split), number), height, footnotes);
        glyphs = glyphs.subList(split, glyphs.size());
      }
      PdfLine line = toLine(glyphs, number);
      // footnotes: set small at the left margin in the lower part of the page; they run to its end
      footnotes |= row.get(0).size() < body * SMALL_RATIO && row.get(0).x() < PageFurniture.FOOTNOTE_COLUMN
          && line.y() > height * PageFurniture.FOOTNOTE_ZONE && !line.text().isBlank();
      addLine(line, height, footnotes);
    }
  }

  private static boolean overlaps(List<Run> row, Run script) {
    float start = Float.MAX_VALUE;
    float end = -Float.MAX_VALUE;
    for (Run run : row) {
      start = Math.min(start, run.x());
      end = Math.max(end, run.xEnd());
    }
    return script.x() >= start - 2 && script.x() <= end + 12;
  }

  private void addLine(PdfLine line, float height, boolean footnote) {
    if (!footnote && !line.text().isBlank() && !PageFurniture.isFurniture(line, height)) {
      lines.add(line);
    }
  }

  /** Where a line turns bold for good after some text that is not, or 0. */
  private static int boldTail(List<Glyph> glyphs) {
    int start = 0;
    for (int i = glyphs.size() - 1; i >= 0; i--) {
      Glyph g = glyphs.get(i);
      if (g.text().isBlank()) {
        continue;
      }
      if (!g.bold()) {
        break;
      }
      start = i;
    }
    if (start == 0) {
      return 0;
    }
    int letters = 0;
    for (int i = start; i < glyphs.size(); i++) {
      letters += Character.isLetter(glyphs.get(i).text().charAt(0)) ? 1 : 0;
    }
    if (letters < 3) {
      // a bold colon or number at the end of a line is emphasis, not a heading
      return 0;
    }
    for (int i = 0; i < start; i++) {
      if (!glyphs.get(i).text().isBlank() && !glyphs.get(i).bold()) {
        return start;
      }
    }
    return 0;
  }

  private PdfLine toLine(List<Glyph> glyphs, int number) {
    float size = 0;
    for (Glyph glyph : glyphs) {
      size = Math.max(size, glyph.size());
    }
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    Glyph start = null;
    for (Glyph glyph : glyphs) {
      if (glyph.text().isBlank()) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
        previous = glyph;
        continue;
      }
      if (previous != null && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
        // a gap wider than a fifth of the face's size is a space the PDF does not print as a glyph
        if (glyph.x() - previous.xEnd() > 0.2f * Math.min(glyph.size(), previous.size())) {
          text.append(' ');
        }
      }
      if (start == null) {
        start = glyph;
      }
      text.append(glyph.text());
      previous = glyph;
    }
    Glyph first = start == null ? glyphs.get(0) : start;
    return new PdfLine(page, number, first.x(), first.y(), size, first.italic(), first.bold(), text.toString().strip());
  }

  /** The most frequent size on the page, weighted by glyphs: the size of its body text. */
  private float bodySize() {
    Map<Float, Integer> counts = new HashMap<>();
    for (Run run : runs) {
      counts.merge(run.size(), run.glyphs().size(), Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(9f);
  }
}

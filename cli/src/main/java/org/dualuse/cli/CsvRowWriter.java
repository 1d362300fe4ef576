package org.dualuse.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;

/**
 * Writes one CSV record per row (RFC 4180, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break) under the header {@value #HEADER}: the top candidate's code, entry and
 * score (empty when the decision is NOT_LISTED); the first five candidate codes (or as many as
 * {@code --top} says) space-separated;
 * the Article 5 indicators and the missing facts' parameters separated by {@code "; "};
 * {@code error} set on failed rows only; {@code id} empty when the input gives none.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading apostrophe ({@code '=HYPERLINK(...)}), so that a spreadsheet
 * shows it as text instead of running it as a formula (OWASP, CSV injection); the numbers
 * ({@code line}, {@code score}) are written as they are.
 */
final class CsvRowWriter implements RowWriter {
  static final String HEADER =
      "line,id,decision,code,entry,score,cyberSurveillance,article5,candidates,missingFacts,list,explanation,error";

  private final Writer out;
  private final int top;

  /**
   * @param out where the records go
   * @param top the most candidate codes a record lists
   */
  CsvRowWriter(Writer out, int top) throws IOException {
    this.out = out;
    this.top = top;
    out.write(HEADER);
    out.write("\r\n");
  }

  @Override
  public void write(BatchOutcome o) throws IOException {
    String line = String.valueOf(o.row().line());
    String id = o.row().id() == null ? "" : neutralised(o.row().id());
    if (o.failed()) {
      record(line, id, "", "", "", "", "", "", "", "", "", "", neutralised(o.error()));
      return;
    }
    Classification c = o.classification();
    List<Candidate> cands = c.candidates();
    // an unlisted row gets no code: an ERP import must not mistake the best rejected candidate for one
    Candidate first = cands.isEmpty() || c.decision() == Decision.NOT_LISTED ? null : cands.get(0);
    record(
        line,
        id,
        c.decision().name(),
        first == null ? "" : first.code().toString(),
        first == null ? "" : first.entry().toString(),
        first == null ? "" : String.format(Locale.ROOT, "%.4f", first.score()),
        String.valueOf(c.cyberSurveillance()),
        neutralised(c.article5().stream().map(a -> a.indicator()).collect(Collectors.joining("; "))),
        cands.stream().limit(top).map(k -> k.code().toString()).collect(Collectors.joining(" ")),
        neutralised(c.missingFacts().stream().map(f -> f.parameter()).collect(Collectors.joining("; "))),
        neutralised(c.listId()),
        neutralised(c.explanation()),
        "");
  }

  private void record(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields[i]));
    }
    out.write("\r\n");
  }

  /**
   * A text cell a spreadsheet will not run as a formula: with an apostrophe before a leading
   * {@code = + - @}, tab or carriage return.
   */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /** The field as RFC 4180 writes it: quoted, with quotes doubled, when it needs to be. */
  static String quote(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

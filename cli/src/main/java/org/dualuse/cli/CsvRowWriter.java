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
 * score (empty when the decision is NOT_LISTED); the first five candidate codes space-separated;
 * the Article 5 indicators and the missing facts' parameters separated by {@code "; "};
 * {@code error} set on failed rows only.
 */
final class CsvRowWriter implements RowWriter {
  static final String HEADER =
      "line,id,decision,code,entry,score,cyberSurveillance,article5,candidates,missingFacts,list,explanation,error";

  private final Writer out;

  CsvRowWriter(Writer out) throws IOException {
    this.out = out;
    out.write(HEADER);
    out.write("\r\n");
  }

  @Override
  public void write(BatchOutcome o) throws IOException {
    String line = String.valueOf(o.row().line());
    String id = o.row().id();
    if (o.failed()) {
      record(line, id, "", "", "", "", "", "", "", "", "", "", o.error());
      return;
    }
    Classification c = o.classification();
    List<Candidate> cands = c.candidates();
    // an unlisted row gets no code: an ERP import must not mistake the best rejected candidate for one
    Candidate top = cands.isEmpty() || c.decision() == Decision.NOT_LISTED ? null : cands.get(0);
    record(
        line,
        id,
        c.decision().name(),
        top == null ? "" : top.code().toString(),
        top == null ? "" : top.entry().toString(),
        top == null ? "" : String.format(Locale.ROOT, "%.4f", top.score()),
        String.valueOf(c.cyberSurveillance()),
        c.article5().stream().map(a -> a.indicator()).collect(Collectors.joining("; ")),
        cands.stream().limit(5).map(k -> k.code().toString()).collect(Collectors.joining(" ")),
        c.missingFacts().stream().map(f -> f.parameter()).collect(Collectors.joining("; ")),
        c.listId(),
        c.explanation(),
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

package org.dualuse.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.MissingFact;

/**
 * Writes one CSV record per row (RFC 4180, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break) under the header {@value #HEADER}, for an ERP or a spreadsheet to import:
 *
 * <ul>
 *   <li>{@code line}, {@code id}: where the row was in the input, and its own id (empty when it has
 *       none);
 *   <li>{@code decision}: {@code LISTED}, {@code NOT_LISTED} or {@code NEEDS_FACTS}, empty for a
 *       failed row;
 *   <li>{@code code}, {@code entry}: the code the decision rests on and its entry; empty when the
 *       decision is NOT_LISTED, so that an import never takes the best rejected candidate for a code;
 *   <li>{@code cyberSurveillance}: {@code true} when the decision rests on a cyber-surveillance item;
 *   <li>{@code confidence}: 0 to 1, three decimals, how well the code fits the text; empty with no
 *       code, or when the classifier gives none;
 *   <li>{@code questions}: the missing facts as questions, separated by {@code " | "};
 *   <li>{@code list}, {@code listVersion}: the list's id and the date from which it is in force;
 *   <li>{@code evidence}: a short line of evidence ({@link EvidenceLine});
 *   <li>{@code article5}: the Article 5 indicators of an unlisted row, separated by {@code "; "};
 *   <li>{@code missingFacts}: the missing facts' parameter names, separated by {@code "; "}, usable
 *       as {@code --fact-column} or {@code --fact} names;
 *   <li>{@code candidates}: the first five candidate codes (or as many as {@code --top} says),
 *       space-separated;
 *   <li>{@code error}: why a failed row has no classification, naming its line (and column); empty
 *       otherwise.
 * </ul>
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading apostrophe ({@code '=HYPERLINK(...)}), so that a spreadsheet
 * shows it as text instead of running it as a formula (OWASP, CSV injection); the numbers
 * ({@code line}, {@code confidence}) are written as they are.
 */
final class CsvRowWriter implements RowWriter {
  static final String HEADER = "line,id,decision,code,entry,cyberSurveillance,confidence,questions,list,listVersion,"
      + "evidence,article5,missingFacts,candidates,error";

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
      record(line, id, "", "", "", "", "", "", "", "", "", "", "", "", neutralised(o.error()));
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
        String.valueOf(c.cyberSurveillance()),
        first == null || c.confidence().isEmpty() ? "" : String.format(Locale.ROOT, "%.3f", c.confidence().getAsDouble()),
        neutralised(c.missingFacts().stream().map(MissingFact::question).collect(Collectors.joining(" | "))),
        neutralised(c.listId()),
        neutralised(ListVersions.of(c.listId())),
        neutralised(EvidenceLine.of(c)),
        neutralised(c.article5().stream().map(a -> a.indicator()).collect(Collectors.joining("; "))),
        neutralised(c.missingFacts().stream().map(MissingFact::parameter).collect(Collectors.joining("; "))),
        cands.stream().limit(top).map(k -> k.code().toString()).collect(Collectors.joining(" ")),
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

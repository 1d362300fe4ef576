package org.dualuse.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.code.ControlCode;
import org.dualuse.lists.diff.ScreeningChange;

/**
 * One CSV record a changed row under {@value #HEADER}; {@code causes} names up to
 * {@value #CAUSES_IN_CSV} changes as {@code KIND CODE}, separated by {@code "; "}.
 */
final class CsvChangedRowWriter implements ChangedRowWriter {
  /** The most causes a CSV cell names; the JSON Lines record has them all. */
  static final int CAUSES_IN_CSV = 8;
  static final String HEADER = "line,id,decisionBefore,codeBefore,listBefore,decisionAfter,codeAfter,entryAfter,"
      + "cyberSurveillance,confidence,questions,listAfter,listVersionAfter,causeKinds,causes,evidence,error";
  private final Writer w;

  /** Writes the header line at once, so that a run with no changed row still leaves a readable file. */
  CsvChangedRowWriter(Writer w) throws IOException {
    this.w = w;
    w.write(HEADER);
    w.write("\r\n");
  }

  @Override
  public void change(ResultRow row, ScreeningChange change, Classification after) throws IOException {
    String causes = change.causes().stream().limit(CAUSES_IN_CSV)
        .map(c -> c.kind() + " " + c.code() + c.movedTo().map(m -> " -> " + m).orElse(""))
        .collect(Collectors.joining("; "));
    if (change.causes().size() > CAUSES_IN_CSV) {
      causes += "; +" + (change.causes().size() - CAUSES_IN_CSV) + " more";
    }
    record(String.valueOf(row.line()), row.id() == null ? "" : row.id(),
        change.before().decision().name(), change.before().code().map(ControlCode::toString).orElse(""),
        change.before().listId(), change.after().decision().name(),
        change.after().code().map(ControlCode::toString).orElse(""),
        change.after().code().map(c -> c.entry().toString()).orElse(""),
        String.valueOf(after.cyberSurveillance()),
        change.after().code().isEmpty() || after.confidence().isEmpty()
            ? "" : String.format(Locale.ROOT, "%.3f", after.confidence().getAsDouble()),
        after.missingFacts().stream().map(MissingFact::question).collect(Collectors.joining(" | ")),
        after.listId(), ListVersions.of(after.listId()),
        change.causeKinds().stream().map(Enum::name).collect(Collectors.joining(" ")),
        causes, EvidenceLine.of(after), "");
  }

  @Override
  public void error(ResultRow row, String error) throws IOException {
    record(String.valueOf(row.line()), row.id() == null ? "" : row.id(), "", "", "", "", "", "", "", "", "", "", "",
        "", "", "", error);
  }

  private void record(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      // the line and the confidence are numbers; every other cell is text from the input or the list
      w.write(CsvRowWriter.quote(i == 0 || i == 9 ? fields[i] : CsvRowWriter.neutralised(fields[i])));
    }
    w.write("\r\n");
  }

  @Override
  public void close() throws IOException {
    w.close();
  }
}

package org.dualuse.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.BatchClassifier;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.ClassifiedItem;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.eval.ClassificationJson;
import org.dualuse.lists.diff.ChangeKind;
import org.dualuse.lists.diff.ListChange;
import org.dualuse.lists.diff.Rescreening;
import org.dualuse.lists.diff.Screening;
import org.dualuse.lists.diff.ScreeningChange;

/**
 * Re-screens the rows of an earlier batch on another list version: {@code dualuse rescreen --results
 * OLD.jsonl --to LIST --output CHANGED.jsonl}. The results file carries each row's product (text,
 * stated facts, language) and the screening it got ({@link ResultsFile}); every row is classified
 * again on the newer list with the library's {@link BatchClassifier}, and only the rows whose
 * decision or code changed are written, each with the list changes that concern it
 * ({@link Rescreening}), in input order.
 *
 * <p>Rows the earlier batch could not classify (an {@code error} record) are counted and skipped:
 * there is nothing to compare. A row that cannot be re-screened (its record lacks the text, as
 * results of dualuse before the text was written do; it is of another list than the file's first
 * row; the classifier refuses it) is written as an error record naming the results file's line.
 * The counts (rows, changed, by transition, by kind of cause) go to stderr, and with
 * {@code --json} to stdout as one document. Output as {@link BatchClassification}: atomically,
 * JSON Lines or CSV by the extension.
 *
 * <p>One instance runs once; not thread-safe.
 */
final class BatchRescreening {
  /** The most causes a CSV cell names; the JSON Lines record has them all. */
  static final int CAUSES_IN_CSV = 8;

  private final Path results;
  private final Classifier classifier;
  private final Rescreening rescreening;
  private final Path output;
  private final BatchFormat format;
  private final int threads;
  private final BatchOptions.Progress progressMode;
  private final PrintWriter err;

  /** The counts of a run. */
  static final class Counts {
    long rows;
    long skipped;
    long unchanged;
    long changed;
    long failed;
    long withoutCause;
    final Map<String, Long> transitions = new TreeMap<>();
    final Map<ChangeKind, Long> causeKinds = new EnumMap<>(ChangeKind.class);
    final Map<ChangeKind, Long> nearestCauseKinds = new EnumMap<>(ChangeKind.class);

    ObjectNode toJson(Rescreening r) {
      ObjectNode doc = Json.object();
      doc.put("from", r.diff().fromId());
      doc.put("to", r.diff().toId());
      doc.put("rows", rows);
      doc.put("skipped", skipped);
      doc.put("rescreened", unchanged + changed);
      doc.put("unchanged", unchanged);
      doc.put("changed", changed);
      doc.put("failed", failed);
      ObjectNode t = doc.putObject("transitions");
      transitions.forEach(t::put);
      ObjectNode k = doc.putObject("causeKinds");
      causeKinds.forEach((kind, n) -> k.put(kind.name(), n));
      ObjectNode nearest = doc.putObject("nearestCauseKinds");
      nearestCauseKinds.forEach((kind, n) -> nearest.put(kind.name(), n));
      doc.put("withoutCause", withoutCause);
      return doc;
    }
  }

  /**
   * @param results the results file of the earlier batch
   * @param classifier the classifier of the newer list
   * @param rescreening the diff from the results' list to the newer one
   * @param output where the changed rows go
   * @param format their format
   * @param threads classification threads
   * @param progressMode how progress shows on stderr
   * @param err where progress, counts and messages go
   */
  BatchRescreening(Path results, Classifier classifier, Rescreening rescreening, Path output, BatchFormat format,
      int threads, BatchOptions.Progress progressMode, PrintWriter err) {
    this.results = results;
    this.classifier = classifier;
    this.rescreening = rescreening;
    this.output = output.toAbsolutePath();
    this.format = format;
    this.threads = threads;
    this.progressMode = progressMode;
    this.err = err;
  }

  /**
   * The list of the first row of a results file that has one.
   *
   * @throws IllegalArgumentException when no row has one
   */
  static String listOf(Path results) throws IOException {
    try (ResultsFile in = new ResultsFile(results)) {
      for (ResultRow r = in.next(); r != null; r = in.next()) {
        if (!r.failed() && !r.listId().isEmpty()) {
          return r.listId();
        }
      }
    }
    throw new IllegalArgumentException(results + ": no classified row names its list (is this a JSON Lines results "
        + "file of classify --input?)");
  }

  /** Skipped: the earlier batch has no classification of the row to compare with. */
  private static final class NothingToCompare extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingToCompare() {
      super(null, null, false, false);
    }
  }

  /** A row that cannot be re-screened; the message names the line. */
  private static final class NotRescreenable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRescreenable(String message) {
      super(message, null, false, false);
    }
  }

  /** A results record with its line in the results file. */
  private record Read(ResultRow row, long resultsLine, long position) {}

  /** Runs it; returns the counts. */
  Counts run() throws IOException {
    Counts counts = new Counts();
    AtomicLong written = new AtomicLong();
    try (PartialOutput partial = new PartialOutput(output, "rescreen", written::get, err);
        ResultsFile in = new ResultsFile(results);
        Out out = format == BatchFormat.CSV
            ? new CsvOut(Files.newBufferedWriter(partial.file(), StandardCharsets.UTF_8))
            : new JsonlOut(Files.newBufferedWriter(partial.file(), StandardCharsets.UTF_8))) {
      ProgressReporter progress = new ProgressReporter(err, "dualuse rescreen", ProgressReporter.resolve(progressMode),
          Files.size(results), System::nanoTime);
      BatchClassifier batch = BatchClassifier.of(classifier, threads);
      try (Stream<ClassifiedItem<Read>> done = batch.classifyAll(records(in), this::product)) {
        for (Iterator<ClassifiedItem<Read>> it = done.iterator(); it.hasNext(); ) {
          ClassifiedItem<Read> item = it.next();
          counts.rows++;
          handle(item, out, counts);
          written.set(counts.changed + counts.failed);
          progress.rowDone(counts.rows, counts.failed, item.item().position());
        }
      }
      out.close();
      partial.commit();
      progress.finish(counts.rows, counts.failed);
    } catch (CancellationException e) {
      throw new IOException("interrupted after " + counts.rows + " rows; " + output + " is left as it was", e);
    }
    return counts;
  }

  private Product product(Read r) {
    ResultRow row = r.row();
    if (row.failed()) {
      if (row.unreadable()) {
        throw new NotRescreenable(row.error());
      }
      throw new NothingToCompare();
    }
    if (!row.listId().equals(rescreening.diff().fromId())) {
      throw new NotRescreenable(results + ": line " + r.resultsLine() + ": screened against " + row.listId()
          + ", not " + rescreening.diff().fromId() + " as the file's first row; re-screen one list's results at a time");
    }
    if (row.product() == null) {
      throw new NotRescreenable(results + ": line " + r.resultsLine() + ": the record has no 'text' (results written "
          + "by an earlier dualuse); classify the input again on " + row.listId() + " for results that can be re-screened");
    }
    return row.product();
  }

  private void handle(ClassifiedItem<Read> item, Out out, Counts counts) throws IOException {
    ResultRow row = item.item().row();
    if (item.failed()) {
      if (item.failure() instanceof NothingToCompare) {
        counts.skipped++;
        return;
      }
      counts.failed++;
      String error = item.failure() instanceof NotRescreenable
          ? item.failure().getMessage()
          : results + ": line " + item.item().resultsLine() + ": "
              + (item.failure() instanceof DualUseException ? "" : "classification failed: ") + item.failure().getMessage();
      out.error(row, error);
      return;
    }
    Screening before = new Screening(row.decision(), row.code(), row.listId());
    Optional<ScreeningChange> change = rescreening.compare(before, item.classification());
    if (change.isEmpty()) {
      counts.unchanged++;
      return;
    }
    ScreeningChange c = change.get();
    counts.changed++;
    counts.transitions.merge(before.decision() + " -> " + c.after().decision(), 1L, Long::sum);
    for (ChangeKind k : c.causeKinds()) {
      counts.causeKinds.merge(k, 1L, Long::sum);
    }
    c.nearestCause().ifPresentOrElse(n -> counts.nearestCauseKinds.merge(n.kind(), 1L, Long::sum),
        () -> counts.withoutCause++);
    out.change(row, c, item.classification());
  }

  private Stream<Read> records(ResultsFile in) {
    Iterator<Read> it = new Iterator<>() {
      private Read next;
      private boolean done;
      private long line;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            ResultRow r = in.next();
            if (r == null) {
              done = true;
            } else {
              next = new Read(r, ++line, in.position());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public Read next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Read r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Where changed rows go. */
  private interface Out extends Closeable {
    void change(ResultRow row, ScreeningChange change, Classification after) throws IOException;

    void error(ResultRow row, String error) throws IOException;
  }

  /**
   * One JSON object a changed row: {@code line}, {@code id}, {@code text}, {@code facts},
   * {@code before} ({@code decision}, {@code code}, {@code list}, {@code listVersion}),
   * {@code after} (the whole classification, as {@code classify --json}), {@code transition},
   * {@code causeKinds}, {@code nearestCause} (the kind of the first cause, null when none) and
   * {@code causes} ({@code kind}, {@code code}, {@code movedTo},
   * {@code before}, {@code after}, {@code remark}); or {@code line}, {@code id}, {@code error}.
   */
  private static final class JsonlOut implements Out {
    private static final ObjectWriter ONE_LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    private final Writer w;

    JsonlOut(BufferedWriter w) {
      this.w = w;
    }

    @Override
    public void change(ResultRow row, ScreeningChange change, Classification after) throws IOException {
      ObjectNode n = Json.object();
      n.put("line", row.line());
      n.put("id", row.id());
      n.put("text", row.product().text());
      ObjectNode facts = n.putObject("facts");
      row.product().facts().forEach(facts::put);
      ObjectNode before = n.putObject("before");
      before.put("decision", change.before().decision().name());
      before.put("code", change.before().code().map(ControlCode::toString).orElse(null));
      before.put("list", change.before().listId());
      before.put("listVersion", ListVersions.of(change.before().listId()));
      n.set("after", ClassificationJson.of(after, Integer.MAX_VALUE, ListVersions.of(after.listId())));
      n.put("transition", change.transition());
      ArrayNode kinds = n.putArray("causeKinds");
      change.causeKinds().forEach(k -> kinds.add(k.name()));
      n.put("nearestCause", change.nearestCause().map(c -> c.kind().name()).orElse(null));
      ArrayNode causes = n.putArray("causes");
      for (ListChange c : change.causes()) {
        ObjectNode o = causes.addObject();
        o.put("kind", c.kind().name());
        o.put("code", c.code().toString());
        c.movedTo().ifPresent(m -> o.put("movedTo", m.toString()));
        o.put("before", c.before());
        o.put("after", c.after());
        if (!c.remark().isEmpty()) {
          o.put("remark", c.remark());
        }
      }
      write(n);
    }

    @Override
    public void error(ResultRow row, String error) throws IOException {
      ObjectNode n = Json.object();
      n.put("line", row.line());
      n.put("id", row.id());
      n.put("error", error);
      write(n);
    }

    private void write(ObjectNode n) throws IOException {
      w.write(ONE_LINE.writeValueAsString(n));
      w.write('\n');
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }

  /**
   * One CSV record a changed row under {@value #HEADER}; {@code causes} names up to
   * {@value #CAUSES_IN_CSV} changes as {@code KIND CODE}, separated by {@code "; "}.
   */
  private static final class CsvOut implements Out {
    static final String HEADER = "line,id,decisionBefore,codeBefore,listBefore,decisionAfter,codeAfter,entryAfter,"
        + "cyberSurveillance,confidence,questions,listAfter,listVersionAfter,causeKinds,causes,evidence,error";
    private final Writer w;

    CsvOut(BufferedWriter w) throws IOException {
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
}

package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.BatchClassifier;
import org.dualuse.core.classify.ClassifiedItem;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.diff.ChangeKind;
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
 * JSON Lines or CSV by the extension ({@link JsonlChangedRowWriter}, {@link CsvChangedRowWriter}).
 *
 * <p>One instance runs once; not thread-safe.
 */
final class BatchRescreening {
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
        ChangedRowWriter out = format == BatchFormat.CSV
            ? new CsvChangedRowWriter(Files.newBufferedWriter(partial.file(), StandardCharsets.UTF_8))
            : new JsonlChangedRowWriter(Files.newBufferedWriter(partial.file(), StandardCharsets.UTF_8))) {
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

  private void handle(ClassifiedItem<Read> item, ChangedRowWriter out, Counts counts) throws IOException {
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
}

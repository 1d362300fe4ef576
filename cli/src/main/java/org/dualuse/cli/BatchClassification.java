package org.dualuse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.BatchClassifier;
import org.dualuse.core.classify.ClassifiedItem;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Product;

/**
 * Classifies a file of material masters row by row: {@code classify --input FILE --output FILE}.
 *
 * <p>Input: CSV with a header (see {@link CsvRowSource} for the columns) or JSON Lines (see
 * {@link JsonlRowSource}), UTF-8. Output: JSON Lines ({@link JsonlRowWriter}) or CSV
 * ({@link CsvRowWriter}), one record per input row in input order, each with the row's line and id.
 * Formats come from the options or the files' extensions.
 *
 * <p>Streaming with bounded memory: the library's {@link BatchClassifier} reads the rows one at a
 * time, classifies them on {@link BatchOptions#threads()} threads with at most {@link #inFlight()}
 * rows in flight, and gives them back in input order to be written; a million-row input needs no
 * more heap than a thousand-row one. A row that cannot be read (an unparsable quote, an empty text,
 * bad JSON, a fact column's cell that is no value of its parameter) or that the classifier fails on
 * becomes an error record naming its line, and the batch goes on. With {@link BatchOptions#summary()}
 * the rows are counted as they are written, and the summary ({@link BatchSummary}) is written
 * beside the output at the end.
 *
 * <p>Nothing is lost when a run stops half-way: the records go to a temporary file in the output's
 * directory ({@code .NAME.*.partial}), which replaces the output in one atomic move only when every
 * row is written. A run that is interrupted (Ctrl-C, {@code kill}) or fails to write leaves the
 * output as it was, whether missing or the complete result of an earlier run, deletes its temporary
 * file and says on stderr how far it got; a run killed outright ({@code kill -9}, power loss) cannot
 * clean up and leaves the temporary file beside the output, never a cut-off output. There is no
 * {@code --resume}: a run is deterministic, so running it again gives the same file, and a
 * temporary file cut off mid-record is not a state worth continuing from.
 *
 * <p>{@link #run()} returns the exit code: {@value #OK} when every row was classified,
 * {@value #ROWS_FAILED} when some rows failed (their records carry {@code error}), {@value #BAD_INPUT}
 * when the input or output file cannot be used at all (missing, no header, no text column, unknown
 * format) &mdash; then one line on stderr says why. Progress goes to stderr as
 * {@link ProgressReporter} describes. One instance runs once; not thread-safe.
 */
public final class BatchClassification {

  /** Every row classified. */
  public static final int OK = 0;

  /** The input or output file cannot be used; nothing or only part was written. */
  public static final int BAD_INPUT = DualUseCommand.BAD_INPUT;

  /** Some rows failed; the output has an error record for each. */
  public static final int ROWS_FAILED = 3;

  private static final int IN_FLIGHT_PER_THREAD = BatchClassifier.WINDOW_PER_THREAD;

  private final Classifier classifier;
  private final Path input;
  private final Path output;
  private final BatchOptions options;
  private final PrintWriter err;

  /** A batch that reports progress on {@code System.err}. */
  public BatchClassification(Classifier classifier, Path input, Path output, BatchOptions options) {
    this(classifier, input, output, options, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * @param classifier the classifier, shared by the pool's threads
   * @param input the file to read
   * @param output the file to write (replaced at the end, atomically)
   * @param options formats, text column, threads, progress
   * @param err where progress and the bad-input message go
   */
  public BatchClassification(Classifier classifier, Path input, Path output, BatchOptions options, PrintWriter err) {
    this.classifier = java.util.Objects.requireNonNull(classifier, "classifier");
    this.input = java.util.Objects.requireNonNull(input, "input");
    this.output = java.util.Objects.requireNonNull(output, "output").toAbsolutePath();
    this.options = java.util.Objects.requireNonNull(options, "options");
    this.err = java.util.Objects.requireNonNull(err, "err");
  }

  /** The most rows classified or waiting to be written at any time. */
  public int inFlight() {
    return options.effectiveThreads() * IN_FLIGHT_PER_THREAD;
  }

  /** Runs the batch; returns {@link #OK}, {@link #ROWS_FAILED} or {@link #BAD_INPUT}. */
  public int run() {
    BatchFormat inFormat;
    BatchFormat outFormat;
    try {
      if (!Files.isRegularFile(input)) {
        throw new IllegalArgumentException("no such input file: " + input);
      }
      if (Files.exists(output) && Files.isSameFile(input, output)) {
        throw new IllegalArgumentException("output would overwrite the input: " + output);
      }
      inFormat = options.inputFormat().orElseGet(() -> BatchFormat.ofFile(input));
      outFormat = options.outputFormat().orElseGet(() -> BatchFormat.ofFile(output));
      if (options.summary().isPresent()) {
        SummaryFiles.checkWritable(options.summary().get(), input, output);
      }
    } catch (IllegalArgumentException | IOException e) {
      return badInput(e.getMessage());
    }
    RowSource source;
    try {
      source = openSource(inFormat);
    } catch (IllegalArgumentException | IOException e) {
      return badInput(e.getMessage());
    }
    AtomicLong written = new AtomicLong();
    PartialOutput partial;
    try {
      partial = new PartialOutput(output, "classify", written::get, err);
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(source);
      return badInput("cannot write beside " + output + ": " + e);
    }
    try (partial) {
      BatchSummary summary = new BatchSummary();
      int code;
      try (source;
          RowWriter writer = openWriter(outFormat, partial.file())) {
        code = classifyAll(source, writer, written, summary);
      }
      partial.commit();
      if (options.summary().isPresent()) {
        try {
          SummaryFiles.write(summary, options.summary().get());
        } catch (IOException | UncheckedIOException e) {
          return badInput("the results are in " + output + ", but the summary cannot be written: " + e.getMessage());
        }
      }
      return code;
    } catch (IOException | UncheckedIOException e) {
      return badInput("cannot write " + output + " or read " + input + ": " + e.getMessage() + "; after "
          + written.get() + " rows, " + output + " is left as it was");
    } catch (CancellationException e) {
      return badInput("interrupted after " + written.get() + " rows; " + output + " is left as it was");
    }
  }

  private static void closeQuietly(RowSource s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing was read from it
    }
  }

  private int badInput(String message) {
    err.println("dualuse classify: " + (message == null ? "bad input" : message.replace('\n', ' ')));
    err.flush();
    return BAD_INPUT;
  }

  private RowSource openSource(BatchFormat format) throws IOException {
    // strict UTF-8 line by line: a bad byte or an overlong line spoils its row, not the batch
    InputLines lines = new InputLines(Files.newInputStream(input), options.maxLineChars());
    try {
      return format == BatchFormat.CSV
          ? new CsvRowSource(lines, input.toString(), options.textColumn(), options.idColumn(), options.maxLineChars(),
              options.factColumns())
          : new JsonlRowSource(lines, input.toString(), options.textColumn(), options.idColumn(), options.factColumns());
    } catch (IllegalArgumentException | IOException e) {
      lines.close();
      throw e;
    }
  }

  private RowWriter openWriter(BatchFormat format, Path file) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return format == BatchFormat.CSV
        ? new CsvRowWriter(w, options.top() == 0 ? 5 : options.top())
        : new JsonlRowWriter(w, options.top() == 0 ? Integer.MAX_VALUE : options.top());
  }

  /** A row as read, and the input position after it (for progress). */
  private record ReadRow(BatchRow row, long position) {}

  /** Why a row that could not be read has no product; its message names the line already. */
  private static final class UnreadableRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableRow(String message) {
      super(message, null, false, false);
    }
  }

  private int classifyAll(RowSource source, RowWriter writer, AtomicLong written, BatchSummary summary)
      throws IOException {
    long size = Files.size(input);
    ProgressReporter progress =
        new ProgressReporter(err, ProgressReporter.resolve(options.progress()), size, System::nanoTime);
    BatchClassifier batch = BatchClassifier.of(classifier, options.effectiveThreads()).withWindow(inFlight());
    long rows = 0;
    long failed = 0;
    try (Stream<ClassifiedItem<ReadRow>> results = batch.classifyAll(rows(source), this::product)) {
      for (Iterator<ClassifiedItem<ReadRow>> it = results.iterator(); it.hasNext(); ) {
        ClassifiedItem<ReadRow> item = it.next();
        BatchOutcome o = outcome(item);
        writer.write(o);
        summary.add(ResultRow.of(o));
        failed += o.failed() ? 1 : 0;
        written.set(++rows);
        progress.rowDone(rows, failed, item.item().position());
      }
    }
    writer.close();
    progress.finish(rows, failed);
    for (FactColumn unseen : source.unseenFactColumns()) {
      err.println("dualuse classify: note: no row has the field '" + unseen.column() + "' of the fact column '"
          + unseen + "'; it stated nothing");
    }
    err.flush();
    return failed == 0 ? OK : ROWS_FAILED;
  }

  /** The rows of the source as a stream read on the consuming thread; a read failure ends it. */
  private static Stream<ReadRow> rows(RowSource source) {
    Iterator<ReadRow> it = new Iterator<>() {
      private ReadRow next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            BatchRow r = source.next();
            if (r == null) {
              done = true;
            } else {
              next = new ReadRow(r, source.position());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public ReadRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReadRow r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The product of a row, in the batch's language when it names none; a row that failed to read has none. */
  private Product product(ReadRow r) {
    Product p = r.row().product();
    if (p == null) {
      throw new UnreadableRow(r.row().error());
    }
    if (p.language().isEmpty() && !options.language().isEmpty()) {
      p = new Product(p.text(), p.facts(), options.language());
    }
    return p;
  }

  private BatchOutcome outcome(ClassifiedItem<ReadRow> item) {
    BatchRow row = item.item().row();
    if (!item.failed()) {
      return new BatchOutcome(row, item.product(), item.classification(), null);
    }
    RuntimeException e = item.failure();
    String error = e instanceof UnreadableRow
        ? e.getMessage()
        // bad input of this row (no usable words, text too long, an impossible fact): its message says which
        : e instanceof DualUseException
        ? input + ": line " + row.line() + ": " + e.getMessage()
        : input + ": line " + row.line() + ": classification failed: " + e;
    return new BatchOutcome(row, item.product(), null, error);
  }
}

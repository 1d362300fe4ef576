package org.dualuse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
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
 * <p>Streaming with bounded memory: rows are read one at a time, classified on a pool of
 * {@link BatchOptions#threads()} threads with at most {@link #inFlight()} rows in flight, and written
 * in order as they complete; a million-row input needs no more heap than a thousand-row one. A row
 * that cannot be read (an unparsable quote, an empty text, bad JSON) or that the classifier fails on
 * becomes an error record naming its line, and the batch goes on.
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

  private static final int IN_FLIGHT_PER_THREAD = 128;

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
    } catch (IllegalArgumentException | IOException e) {
      return badInput(e.getMessage());
    }
    RowSource source;
    try {
      source = openSource(inFormat);
    } catch (IllegalArgumentException | IOException e) {
      return badInput(e.getMessage());
    }
    Path partial;
    try {
      partial = Files.createTempFile(output.getParent(), "." + output.getFileName() + ".", ".partial");
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(source);
      return badInput("cannot write beside " + output + ": " + e);
    }
    AtomicLong written = new AtomicLong();
    Thread cleanup = new Thread(() -> interrupted(partial, written.get()), "dualuse-batch-interrupted");
    Runtime.getRuntime().addShutdownHook(cleanup);
    boolean moved = false;
    try {
      int code;
      try (source;
          RowWriter writer = openWriter(outFormat, partial)) {
        code = classifyAll(source, writer, written);
      }
      try {
        Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return code;
    } catch (IOException | UncheckedIOException e) {
      return badInput("cannot write " + output + " or read " + input + ": " + e.getMessage() + "; after "
          + written.get() + " rows, " + output + " is left as it was");
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or will run: it cleans up
      }
      if (!moved) {
        deleteQuietly(partial);
      }
    }
  }

  /** What an interrupted run does on its way out: the partial file goes, the output stays as it was. */
  private void interrupted(Path partial, long rows) {
    if (!Files.exists(partial)) {
      return;
    }
    deleteQuietly(partial);
    err.println("dualuse classify: interrupted after " + rows + " rows; " + output
        + " is left as it was (run the batch again for the whole result)");
    err.flush();
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file that cannot go is left beside the output; it never replaces it
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
          ? new CsvRowSource(lines, input.toString(), options.textColumn(), options.maxLineChars())
          : new JsonlRowSource(lines, input.toString(), options.textColumn());
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

  /** A row on its way: its outcome to come, and the input position after it. */
  private record InFlight(Future<BatchOutcome> outcome, long position) {}

  private int classifyAll(RowSource source, RowWriter writer, AtomicLong written) throws IOException {
    long size = Files.size(input);
    ProgressReporter progress =
        new ProgressReporter(err, ProgressReporter.resolve(options.progress()), size, System::nanoTime);
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.effectiveThreads(),
            r -> {
              Thread t = new Thread(r, "dualuse-batch-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Deque<InFlight> window = new ArrayDeque<>();
    int limit = inFlight();
    long rows = 0;
    long failed = 0;
    try {
      BatchRow row;
      while ((row = source.next()) != null) {
        if (window.size() >= limit) {
          InFlight done = window.pollFirst();
          failed += write(done, writer);
          written.set(++rows);
          progress.rowDone(rows, failed, done.position());
        }
        BatchRow r = row;
        Future<BatchOutcome> outcome =
            r.error() != null
                ? CompletableFuture.completedFuture(new BatchOutcome(r, null, r.error()))
                : pool.submit(() -> classify(r));
        window.addLast(new InFlight(outcome, source.position()));
      }
      while (!window.isEmpty()) {
        InFlight done = window.pollFirst();
        failed += write(done, writer);
        written.set(++rows);
        progress.rowDone(rows, failed, done.position());
      }
    } finally {
      pool.shutdownNow();
    }
    writer.close();
    progress.finish(rows, failed);
    return failed == 0 ? OK : ROWS_FAILED;
  }

  private BatchOutcome classify(BatchRow row) {
    Product p = row.product();
    try {
      if (p.language().isEmpty() && !options.language().isEmpty()) {
        p = new Product(p.text(), p.facts(), options.language());
      }
      Classification c = classifier.classify(p);
      if (c == null) {
        return new BatchOutcome(row, null, input + ": line " + row.line() + ": the classifier returned nothing");
      }
      return new BatchOutcome(row, c, null);
    } catch (DualUseException e) {
      // bad input of this row (no usable words, text too long, an impossible fact): its message says which
      return new BatchOutcome(row, null, input + ": line " + row.line() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return new BatchOutcome(row, null, input + ": line " + row.line() + ": classification failed: " + e);
    }
  }

  /** Waits for a row's outcome and writes it; returns 1 when it failed, else 0. */
  private static int write(InFlight row, RowWriter writer) throws IOException {
    BatchOutcome o;
    try {
      o = row.outcome().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a classification task failed outside its guard", e.getCause());
    }
    writer.write(o);
    return o.failed() ? 1 : 0;
  }
}

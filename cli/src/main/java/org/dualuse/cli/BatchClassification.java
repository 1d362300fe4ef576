package org.dualuse.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;

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
   * @param output the file to write (replaced)
   * @param options formats, text column, threads, progress
   * @param err where progress and the bad-input message go
   */
  public BatchClassification(Classifier classifier, Path input, Path output, BatchOptions options, PrintWriter err) {
    if (classifier == null || input == null || output == null || options == null || err == null) {
      throw new IllegalArgumentException("classifier, input, output, options and err are required");
    }
    this.classifier = classifier;
    this.input = input;
    this.output = output;
    this.options = options;
    this.err = err;
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
    try (source;
        RowWriter writer = openWriter(outFormat)) {
      return classifyAll(source, writer);
    } catch (IOException | UncheckedIOException e) {
      return badInput("cannot write " + output + " or read " + input + ": " + e.getMessage());
    }
  }

  private int badInput(String message) {
    err.println("dualuse classify: " + (message == null ? "bad input" : message.replace('\n', ' ')));
    err.flush();
    return BAD_INPUT;
  }

  private RowSource openSource(BatchFormat format) throws IOException {
    InputStream raw = Files.newInputStream(input);
    // a decoding reader that replaces malformed bytes, so one bad byte spoils a row, not the batch
    BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    try {
      return format == BatchFormat.CSV
          ? new CsvRowSource(reader, input.toString(), options.textColumn())
          : new JsonlRowSource(reader, input.toString(), options.textColumn());
    } catch (IllegalArgumentException | IOException e) {
      reader.close();
      throw e;
    }
  }

  private RowWriter openWriter(BatchFormat format) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    return format == BatchFormat.CSV ? new CsvRowWriter(w) : new JsonlRowWriter(w);
  }

  /** A row on its way: its outcome to come, and the input position after it. */
  private record InFlight(Future<BatchOutcome> outcome, long position) {}

  private int classifyAll(RowSource source, RowWriter writer) throws IOException {
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
          progress.rowDone(++rows, failed, done.position());
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
        progress.rowDone(++rows, failed, done.position());
      }
    } finally {
      pool.shutdownNow();
    }
    writer.close();
    progress.finish(rows, failed);
    return failed == 0 ? OK : ROWS_FAILED;
  }

  private BatchOutcome classify(BatchRow row) {
    try {
      Classification c = classifier.classify(row.product());
      if (c == null) {
        return new BatchOutcome(row, null, "line " + row.line() + ": the classifier returned nothing");
      }
      return new BatchOutcome(row, c, null);
    } catch (RuntimeException e) {
      return new BatchOutcome(row, null, "line " + row.line() + ": classification failed: " + e);
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

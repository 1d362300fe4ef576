package org.dualuse.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a batch's progress on stderr: rows done, rows per second and the estimated time left, the
 * latter from the share of the input that the rows written so far span (the number of rows is not
 * known before the end).
 *
 * <p>As a bar redrawn in place about five times a second when stderr is a terminal, or as a plain
 * line every five seconds when it is not (logs); a summary line at the end in every mode. Not
 * thread-safe: called from the one thread that writes the results.
 */
final class ProgressReporter {
  private static final long BAR_EVERY_NANOS = 200_000_000L;
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final String label;
  private final BatchOptions.Progress mode;
  private final long totalBytes;
  private final LongSupplier clock;
  private final long start;
  private long lastShown;
  private boolean barDrawn;

  /**
   * @param err where to write
   * @param mode BAR, LINES or NONE (AUTO is resolved by the caller)
   * @param totalBytes the input's size, 0 when unknown
   * @param clock nanosecond time source ({@code System::nanoTime})
   */
  ProgressReporter(PrintWriter err, BatchOptions.Progress mode, long totalBytes, LongSupplier clock) {
    this(err, "dualuse classify", mode, totalBytes, clock);
  }

  /**
   * @param label what the lines start with ({@code dualuse rescreen})
   */
  ProgressReporter(PrintWriter err, String label, BatchOptions.Progress mode, long totalBytes, LongSupplier clock) {
    if (mode == BatchOptions.Progress.AUTO) {
      throw new IllegalArgumentException("resolve AUTO progress before reporting");
    }
    this.err = err;
    this.label = label;
    this.mode = mode;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastShown = start;
  }

  /** The mode AUTO means here: a bar when a console is attached, else lines. */
  static BatchOptions.Progress resolve(BatchOptions.Progress p) {
    if (p != BatchOptions.Progress.AUTO) {
      return p;
    }
    return System.console() != null ? BatchOptions.Progress.BAR : BatchOptions.Progress.LINES;
  }

  /**
   * Called after each row written; shows progress when its interval has passed.
   *
   * @param rows rows written so far
   * @param failed of which failed
   * @param position the input bytes the written rows span ({@link RowSource#position()} when the
   *     last of them was read)
   */
  void rowDone(long rows, long failed, long position) {
    if (mode == BatchOptions.Progress.NONE) {
      return;
    }
    long now = clock.getAsLong();
    long every = mode == BatchOptions.Progress.BAR ? BAR_EVERY_NANOS : LINE_EVERY_NANOS;
    if (now - lastShown < every) {
      return;
    }
    lastShown = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? rows / seconds : 0;
    double fraction = totalBytes > 0 ? Math.min(1.0, (double) position / totalBytes) : Double.NaN;
    String eta = Double.isNaN(fraction) || fraction <= 0 ? "?" : duration(seconds * (1 - fraction) / fraction);
    String failedText = failed == 0 ? "" : String.format(Locale.ROOT, ", %,d failed", failed);
    if (mode == BatchOptions.Progress.BAR) {
      int filled = Double.isNaN(fraction) ? 0 : (int) Math.round(fraction * BAR_WIDTH);
      err.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %,d rows%s, %,.0f rows/s, ETA %s   ",
          "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), Double.isNaN(fraction) ? 0 : fraction * 100,
          rows, failedText, rate, eta);
      barDrawn = true;
    } else {
      err.printf(Locale.ROOT, "%s: %,d rows%s (%s of input), %,.0f rows/s, ETA %s%n", label,
          rows, failedText, Double.isNaN(fraction) ? "?" : String.format(Locale.ROOT, "%.0f%%", fraction * 100),
          rate, eta);
    }
    err.flush();
  }

  /** The summary line: rows, failures, time and rate. */
  void finish(long rows, long failed) {
    double seconds = (clock.getAsLong() - start) / 1e9;
    if (barDrawn) {
      err.print("\r" + " ".repeat(BAR_WIDTH + 70) + "\r");
    }
    err.printf(Locale.ROOT, "%s: %,d rows, %,d failed, in %s (%,.0f rows/s)%n", label,
        rows, failed, duration(seconds), seconds > 0 ? rows / seconds : 0.0);
    err.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
    }
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}

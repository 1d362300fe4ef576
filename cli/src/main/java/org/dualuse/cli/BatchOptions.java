package org.dualuse.cli;

import java.util.Optional;

/**
 * How a {@link BatchClassification} reads, writes and reports. Immutable; change it with the
 * {@code with...} methods.
 *
 * @param inputFormat the input's format; empty to tell it by the file's extension
 * @param outputFormat the output's format; empty to tell it by the file's extension
 * @param textColumn the CSV column or JSON field holding the description; empty for {@code text},
 *     else {@code description}
 * @param threads classification threads, 0 for all cores
 * @param progress how progress is shown on stderr
 */
public record BatchOptions(
    Optional<BatchFormat> inputFormat,
    Optional<BatchFormat> outputFormat,
    Optional<String> textColumn,
    int threads,
    Progress progress) {

  /** How progress is shown. */
  public enum Progress {
    /** A bar when stderr is a terminal ({@code System.console() != null}), else plain lines. */
    AUTO,
    /** A bar redrawn in place: rows done, rows/s, ETA. */
    BAR,
    /** A plain line every few seconds, for logs. */
    LINES,
    /** Nothing but the final summary line. */
    NONE
  }

  public BatchOptions {
    if (inputFormat == null || outputFormat == null || textColumn == null || progress == null) {
      throw new IllegalArgumentException("batch options must not be null (use Optional.empty())");
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (all cores) or more, was " + threads);
    }
    if (textColumn.isPresent() && textColumn.get().isBlank()) {
      throw new IllegalArgumentException("text column name must not be blank");
    }
  }

  /** Formats by extension, text column {@code text} or {@code description}, all cores, AUTO progress. */
  public static BatchOptions defaults() {
    return new BatchOptions(Optional.empty(), Optional.empty(), Optional.empty(), 0, Progress.AUTO);
  }

  public BatchOptions withInputFormat(BatchFormat f) {
    return new BatchOptions(Optional.ofNullable(f), outputFormat, textColumn, threads, progress);
  }

  public BatchOptions withOutputFormat(BatchFormat f) {
    return new BatchOptions(inputFormat, Optional.ofNullable(f), textColumn, threads, progress);
  }

  public BatchOptions withTextColumn(String column) {
    return new BatchOptions(inputFormat, outputFormat, Optional.ofNullable(column), threads, progress);
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, n, progress);
  }

  public BatchOptions withProgress(Progress p) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, p);
  }

  /** The number of threads to use: {@link #threads()}, or all cores when 0. */
  int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}

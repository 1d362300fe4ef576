package org.dualuse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.ProductConstraints;

/**
 * How a {@link BatchClassification} reads, writes and reports. Immutable; change it with the
 * {@code with...} methods.
 *
 * @param inputFormat the input's format; empty to tell it by the file's extension
 * @param outputFormat the output's format; empty to tell it by the file's extension
 * @param textColumn the CSV column or JSON field holding the description; empty for {@code text},
 *     else {@code description}
 * @param threads classification threads, 0 for all cores; at most {@link #maxThreads()}
 * @param progress how progress is shown on stderr
 * @param top the most candidates a record lists; 0 for the format's default (JSON Lines: all the
 *     classifier gives, CSV: 5)
 * @param language the language of rows that name none; empty when not known
 * @param maxTextLength the most characters of a row's text; a line of input may hold four times as
 *     many (other cells, quoting) before it is an error record unread
 * @param idColumn the CSV column or JSON field holding the row's id; empty for {@code id}
 * @param factColumns the columns whose cells are facts of a parameter ({@code --fact-column})
 * @param summary where the summary goes ({@code --summary}: {@code NAME.json} and {@code NAME.html});
 *     empty for none
 */
public record BatchOptions(
    Optional<BatchFormat> inputFormat,
    Optional<BatchFormat> outputFormat,
    Optional<String> textColumn,
    int threads,
    Progress progress,
    int top,
    String language,
    int maxTextLength,
    Optional<String> idColumn,
    List<FactColumn> factColumns,
    Optional<Path> summary) {

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
    if (inputFormat == null || outputFormat == null || textColumn == null || progress == null || language == null
        || idColumn == null || factColumns == null || summary == null) {
      throw new IllegalArgumentException("batch options must not be null (use Optional.empty())");
    }
    factColumns = List.copyOf(factColumns);
    if (threads < 0 || threads > maxThreads()) {
      throw new IllegalArgumentException("--threads must be 0 (all cores) to " + maxThreads()
          + " (4 per core), was " + threads);
    }
    if (textColumn.isPresent() && textColumn.get().isBlank()) {
      throw new IllegalArgumentException("text column name must not be blank");
    }
    if (idColumn.isPresent() && idColumn.get().isBlank()) {
      throw new IllegalArgumentException("id column name must not be blank");
    }
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 1 or more, was " + top);
    }
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("--max-text-length must be 1 or more, was " + maxTextLength);
    }
  }

  /** The most threads a batch may use: four per core; more only wait for each other. */
  public static int maxThreads() {
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  /** Formats by extension, text column {@code text} or {@code description}, all cores, AUTO progress. */
  public static BatchOptions defaults() {
    return new BatchOptions(Optional.empty(), Optional.empty(), Optional.empty(), 0, Progress.AUTO, 0, "",
        ProductConstraints.DEFAULT_MAX_TEXT_LENGTH, Optional.empty(), List.of(), Optional.empty());
  }

  public BatchOptions withInputFormat(BatchFormat f) {
    return new BatchOptions(Optional.ofNullable(f), outputFormat, textColumn, threads, progress, top, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withOutputFormat(BatchFormat f) {
    return new BatchOptions(inputFormat, Optional.ofNullable(f), textColumn, threads, progress, top, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withTextColumn(String column) {
    return new BatchOptions(inputFormat, outputFormat, Optional.ofNullable(column), threads, progress, top, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, n, progress, top, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withProgress(Progress p) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, p, top, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withTop(int k) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, k, language,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withLanguage(String lang) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, top, lang,
        maxTextLength, idColumn, factColumns, summary);
  }

  public BatchOptions withMaxTextLength(int n) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, top, language,
        n, idColumn, factColumns, summary);
  }

  public BatchOptions withIdColumn(String column) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, top, language, maxTextLength,
        Optional.ofNullable(column), factColumns, summary);
  }

  public BatchOptions withFactColumns(List<FactColumn> columns) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, top, language,
        maxTextLength, idColumn, columns, summary);
  }

  public BatchOptions withSummary(Path base) {
    return new BatchOptions(inputFormat, outputFormat, textColumn, threads, progress, top, language,
        maxTextLength, idColumn, factColumns, Optional.ofNullable(base));
  }

  /** The number of threads to use: {@link #threads()}, or all cores when 0. */
  int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** The most characters one line (or one record of CSV) of input may hold. */
  int maxLineChars() {
    return (int) Math.min(Integer.MAX_VALUE / 8, 4L * maxTextLength + 1024);
  }
}

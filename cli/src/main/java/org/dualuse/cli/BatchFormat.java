package org.dualuse.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of batch classification: CSV (RFC 4180, with a header) or JSON Lines. */
public enum BatchFormat {
  CSV,
  JSONL;

  /**
   * The format of a command-line name: {@code csv}, {@code jsonl} (or {@code json}), case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static BatchFormat of(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "csv" -> CSV;
      case "jsonl", "json", "ndjson" -> JSONL;
      default -> throw new IllegalArgumentException("unknown batch format '" + name + "' (expected csv or jsonl)");
    };
  }

  /**
   * The format a file's extension says: {@code .csv}, or {@code .jsonl}/{@code .ndjson}/{@code .json}.
   *
   * @throws IllegalArgumentException when the extension says neither (name the format explicitly then)
   */
  public static BatchFormat ofFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of " + file + " from its extension (use .csv or .jsonl, or name the format)");
  }
}

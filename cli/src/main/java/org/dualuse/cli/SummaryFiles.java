package org.dualuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a summary goes: {@code --summary NAME} writes {@code NAME.json} ({@link BatchSummary#toJson()})
 * and {@code NAME.html} ({@link SummaryPage}); a NAME that ends in {@code .json} or {@code .html}
 * names one of the two, and the other is its sibling. Each file replaces an older one atomically.
 */
final class SummaryFiles {
  private SummaryFiles() {}

  /** The two files of a {@code --summary} name: the JSON first, then the page. */
  static List<Path> of(Path name) {
    Path absolute = name.toAbsolutePath();
    String file = absolute.getFileName().toString();
    String lower = file.toLowerCase(Locale.ROOT);
    String stem = lower.endsWith(".json") ? file.substring(0, file.length() - 5)
        : lower.endsWith(".html") ? file.substring(0, file.length() - 5) : file;
    if (stem.isEmpty()) {
      throw new IllegalArgumentException("--summary " + name + ": name the files, e.g. --summary screening-2025");
    }
    return List.of(absolute.resolveSibling(stem + ".json"), absolute.resolveSibling(stem + ".html"));
  }

  /**
   * Refuses a summary name whose files would overwrite one of the given files, or whose directory
   * does not exist.
   *
   * @throws IllegalArgumentException saying which
   */
  static void checkWritable(Path name, Path... others) throws IOException {
    for (Path p : of(name)) {
      if (!Files.isDirectory(p.getParent())) {
        throw new IllegalArgumentException("--summary " + name + ": no such directory " + p.getParent());
      }
      for (Path other : others) {
        if (p.equals(other.toAbsolutePath()) || (Files.exists(p) && Files.exists(other) && Files.isSameFile(p, other))) {
          throw new IllegalArgumentException("--summary " + name + " would overwrite " + other);
        }
      }
    }
  }

  /** Writes the JSON and the page; returns the two files. */
  static List<Path> write(BatchSummary summary, Path name) throws IOException {
    List<Path> files = of(name);
    StringWriter json = new StringWriter();
    Json.print(new PrintWriter(json), summary.toJson());
    writeAtomically(files.get(0), json.toString());
    writeAtomically(files.get(1), SummaryPage.of(summary));
    return files;
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    try (PartialOutput out = new PartialOutput(file, "summary", () -> 0, new PrintWriter(new StringWriter()))) {
      Files.writeString(out.file(), content, StandardCharsets.UTF_8);
      out.commit();
    }
  }
}

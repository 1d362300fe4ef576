package org.dualuse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find the official texts: the directory in system property
 * {@code dualuse.shared}, else {@code ../shared} relative to the working directory (run the
 * benchmarks from the repository root). The texts are never copied into the repository.
 */
final class OfficialTexts {
  /** The 2025 consolidated Annex I, relative to the shared directory. */
  static final String EU_2025 = "data/eu-annex-i-2025/annex_i_02021R0821-20251115.json";

  private OfficialTexts() {}

  static Path shared() {
    String p = System.getProperty("dualuse.shared");
    return p != null ? Path.of(p) : Path.of("..", "shared");
  }

  /** The path of the 2025 text. */
  static Path eu2025() {
    Path file = shared().resolve(EU_2025);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "official text not found: " + file.toAbsolutePath() + " (run from the repository root or pass -Ddualuse.shared=DIR)");
    }
    return file;
  }

  /** The bytes of the 2025 text. */
  static byte[] eu2025Bytes() {
    try {
      return Files.readAllBytes(eu2025());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

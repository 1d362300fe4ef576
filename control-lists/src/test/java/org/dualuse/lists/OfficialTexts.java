package org.dualuse.lists;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the official texts: system property {@code dualuse.shared}, else {@code ../shared}. */
public final class OfficialTexts {
  private OfficialTexts() {}

  public static Path shared() {
    String configured = System.getProperty("dualuse.shared");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "..", "shared");
    }
    return dir;
  }

  public static Path eu2025Json() {
    return shared().resolve("data/eu-annex-i-2025/annex_i_02021R0821-20251115.json");
  }
}

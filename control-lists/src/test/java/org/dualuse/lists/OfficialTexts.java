package org.dualuse.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.Note;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.lists.source.EuConsolidatedJsonReader;

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

  /** The 2025 list parsed from its official text, as the tests that read real provisions need it. */
  public static ControlList parseEu2025() throws IOException {
    try (InputStream in = Files.newInputStream(eu2025Json())) {
      return new AnnexParser().parse(new EuConsolidatedJsonReader().read(in, eu2025Json().getFileName().toString()));
    }
  }

  /** The note labelled {@code label} on {@code code}; fails the test when there is none. */
  public static Note note(ControlList list, String code, String label) {
    return list.get(ControlCode.parse(code)).notes().stream().filter(n -> n.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " on " + code));
  }
}

package org.dualuse.index.surveillance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;

/**
 * The codes of the real 2025 list, read from the official JSON in the shared folder at run time
 * (system property {@code dualuse.shared}, else {@code ../shared}): every line of an entry's
 * verbatim text starts with its code.
 */
final class RealList {
  private static final Pattern LINE_CODE =
      Pattern.compile("(?:\"verbatim_text\": \"|\\\\n)([0-9][A-E][0-9]{3}(?:\\.[a-z0-9]{1,3})*) ");
  private static Set<ControlCode> codes;

  private RealList() {}

  static Path shared() {
    return Path.of(System.getProperty("dualuse.shared", "../shared"));
  }

  static synchronized Set<ControlCode> codes2025() {
    if (codes == null) {
      Path json = shared().resolve("data/eu-annex-i-2025/annex_i_02021R0821-20251115.json");
      try {
        String text = Files.readString(json);
        Set<ControlCode> out = new HashSet<>();
        Matcher m = LINE_CODE.matcher(text);
        while (m.find()) {
          out.add(ControlCode.parse(m.group(1)));
        }
        if (out.size() < 1000) {
          throw new IllegalStateException("read only " + out.size() + " codes from " + json);
        }
        codes = out;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the official 2025 text at " + json, e);
      }
    }
    return codes;
  }
}

package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;

/**
 * Finds the control codes a text names ("specified in 5A001.b.4.", "see 3A501.a.15", "1C111a.2.a.").
 *
 * <p>Accepts the annex's trailing dot and one publisher's slip, a missing dot between the entry and
 * its first letter segment ({@code 1C111a.2} is read as {@code 1C111.a.2}). Group references such as
 * "4A or 4D" and "Category 5, Part 2" are not codes of any node and are not reported: they name a
 * whole product group, which the model has no node for. A range "3A001.a.3. to 3A001.a.10." yields
 * its two ends. Stateless and thread-safe.
 */
public final class ReferenceFinder {
  private static final String LETTERS = "[a-z]{1,3}(?![a-z])";
  private static final String DIGITS = "\\d{1,3}(?!\\d)";
  private static final Pattern CODE = Pattern.compile(
      "(?<![A-Za-z0-9])(\\d[A-E]\\d{3})((?:\\.?" + LETTERS + "|\\." + DIGITS + ")(?:\\.(?:" + LETTERS + "|"
          + DIGITS + "))*)?(?![A-Za-z0-9])");

  /** A code found in a text: the code, the words as printed and where they stand. */
  public record Mention(ControlCode code, String surface, int start, int end) {}

  private ReferenceFinder() {}

  /** Every code the text names, in order of appearance (repeats kept). Never throws. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    // try the pattern only where a code can start: a digit, a group letter and three digits
    Matcher m = CODE.matcher(text).useTransparentBounds(true);
    int n = text.length();
    int k = 0;
    while (k + 5 <= n) {
      if (!startsCode(text, k)) {
        k++;
        continue;
      }
      m.region(k, n);
      if (!m.lookingAt()) {
        k++;
        continue;
      }
      String path = m.group(2) == null ? "" : m.group(2);
      if (!path.isEmpty() && path.charAt(0) != '.') {
        path = "." + path;
      }
      Optional<ControlCode> code = ControlCode.tryParse(m.group(1) + path);
      if (code.isPresent()) {
        out.add(new Mention(code.get(), m.group(), m.start(), m.end()));
      }
      k = Math.max(m.end(), k + 1);
    }
    return out;
  }

  private static boolean startsCode(String text, int k) {
    return isDigit(text.charAt(k)) && text.charAt(k + 1) >= 'A' && text.charAt(k + 1) <= 'E'
        && isDigit(text.charAt(k + 2)) && isDigit(text.charAt(k + 3)) && isDigit(text.charAt(k + 4));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The codes only, in order, without repeats. */
  public static List<ControlCode> codes(String text) {
    List<ControlCode> out = new ArrayList<>();
    for (Mention mention : find(text)) {
      if (!out.contains(mention.code())) {
        out.add(mention.code());
      }
    }
    return out;
  }
}

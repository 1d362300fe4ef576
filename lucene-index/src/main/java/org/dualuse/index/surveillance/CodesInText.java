package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;

/**
 * The codes a provision's text names, as the annex prints them in running text ({@code 5A001.f.1.}),
 * and the whole product groups it names ({@code "specified in 4A or 4D"}).
 */
final class CodesInText {
  private static final Pattern CODE = Pattern.compile(
      "(?<![0-9A-Za-z])[0-9][A-E][0-9]{3}(?:\\.(?:[a-z]{1,3}|[0-9]{1,3})(?![0-9A-Za-z]))*");
  private static final Pattern GROUP = Pattern.compile("(?<![0-9A-Za-z.])([0-9][A-E])(?![0-9A-Za-z])");

  private CodesInText() {}

  /** The codes named, each once, in order. */
  static List<ControlCode> codes(String text) {
    List<ControlCode> out = new ArrayList<>();
    Matcher m = CODE.matcher(text == null ? "" : text);
    while (m.find()) {
      ControlCode.tryParse(m.group()).filter(c -> !out.contains(c)).ifPresent(out::add);
    }
    return out;
  }

  /** The product groups named whole, such as {@code 4A}, each once, in order. */
  static List<String> groups(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GROUP.matcher(text == null ? "" : text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}

package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * whole product group, which the model has no node for. A list that repeats only the last segment
 * ("1C350.1, .3, .5 and .65") names 1C350.3, 1C350.5 and 1C350.65 too. A range of entries
 * ("9A004 to 9A011") names every entry number between its ends, and a range of sibling items
 * ("3A001.a.3. to 3A001.a.10.") every sibling between; the numbers between are marked
 * {@link Mention#expanded()}, since the reader of a list must drop those the list does not have.
 * Stateless and thread-safe.
 */
public final class ReferenceFinder {
  private static final String LETTERS = "[a-z]{1,3}(?![a-z])";
  private static final String DIGITS = "\\d{1,3}(?!\\d)";
  private static final Pattern CODE = Pattern.compile(
      "(?<![A-Za-z0-9])(\\d[A-E]\\d{3})((?:\\.?" + LETTERS + "|\\." + DIGITS + ")(?:\\.(?:" + LETTERS + "|"
          + DIGITS + "))*)?(?![A-Za-z0-9])");

  /**
   * A code found in a text: the code, the words as printed and where they stand; {@code expanded}
   * when the text names it only as a step of a range ("9A005" in "9A004 to 9A011").
   */
  public record Mention(ControlCode code, String surface, int start, int end, boolean expanded) {
    public Mention {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(surface, "surface");
    }
  }

  // ", .3", " and .65", ", or .b": a further code that differs from the one before in its last segment
  private static final Pattern CONTINUATION = Pattern.compile(
      "\\.?\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)\\.((?:" + LETTERS + "|" + DIGITS + ")(?:\\.(?:" + LETTERS + "|"
          + DIGITS + "))*)\\.?(?![A-Za-z0-9])");
  private static final Pattern RANGE_WORD = Pattern.compile("\\.?\\s*(?:to|-|–)\\s*");
  private static final int MAX_RANGE = 200;

  private ReferenceFinder() {}

  /** Every code the text names, in order of appearance (repeats kept). Never throws. */
  public static List<Mention> find(String text) {
    Objects.requireNonNull(text, "text");
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
      int end = m.end();
      if (code.isPresent()) {
        Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null && !previous.expanded() && RANGE_WORD.matcher(text).region(previous.end(), m.start()).matches()) {
          out.addAll(between(previous.code(), code.get(), previous.end()));
        }
        out.add(new Mention(code.get(), m.group(), m.start(), m.end(), false));
        ControlCode last = code.get();
        Matcher c = CONTINUATION.matcher(text);
        while (!last.path().isEmpty() && c.region(end, n).lookingAt()) {
          Optional<ControlCode> next = sibling(last, c.group(1));
          if (next.isEmpty()) {
            break;
          }
          out.add(new Mention(next.get(), c.group().strip(), c.start(), c.end(), false));
          last = next.get();
          end = c.end();
        }
      }
      k = Math.max(end, k + 1);
    }
    return out;
  }

  /**
   * {@code code} with its last segments replaced by {@code relative}, as many as it has ("1C450.a.1"
   * and ".a.2" give 1C450.a.2; "1C350.1" and ".3" give 1C350.3), when the result is a code.
   */
  private static Optional<ControlCode> sibling(ControlCode code, String relative) {
    List<String> path = code.path();
    int k = relative.split("\\.").length;
    if (k > path.size()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(code.entry().toString());
    for (String segment : path.subList(0, path.size() - k)) {
      b.append('.').append(segment);
    }
    return ControlCode.tryParse(b.append('.').append(relative).toString());
  }

  /**
   * The codes strictly between two ends of a range: entries of one category and group by number, or
   * numbered or lettered siblings under one parent; none when the ends are of different kinds.
   */
  private static List<Mention> between(ControlCode from, ControlCode to, int at) {
    List<Mention> out = new ArrayList<>();
    String a = from.toString();
    String b = to.toString();
    if (from.path().isEmpty() && to.path().isEmpty()) {
      if (a.charAt(0) != b.charAt(0) || a.charAt(1) != b.charAt(1)) {
        return out;
      }
      int lo = Integer.parseInt(a.substring(2, 5));
      int hi = Integer.parseInt(b.substring(2, 5));
      for (int i = lo + 1; i < hi && i - lo <= MAX_RANGE; i++) {
        ControlCode.tryParse(a.substring(0, 2) + String.format(java.util.Locale.ROOT, "%03d", i))
            .ifPresent(c -> out.add(new Mention(c, "", at, at, true)));
      }
      return out;
    }
    int da = a.lastIndexOf('.');
    int db = b.lastIndexOf('.');
    if (da < 0 || db < 0 || !a.substring(0, da).equals(b.substring(0, db))) {
      return out;
    }
    String sa = a.substring(da + 1);
    String sb = b.substring(db + 1);
    if (sa.chars().allMatch(Character::isDigit) && sb.chars().allMatch(Character::isDigit)) {
      int lo = Integer.parseInt(sa);
      int hi = Integer.parseInt(sb);
      for (int i = lo + 1; i < hi && i - lo <= MAX_RANGE; i++) {
        sibling(from, Integer.toString(i)).ifPresent(c -> out.add(new Mention(c, "", at, at, true)));
      }
    } else if (sa.length() == 1 && sb.length() == 1 && Character.isLetter(sa.charAt(0)) && Character.isLetter(sb.charAt(0))) {
      for (char ch = (char) (sa.charAt(0) + 1); ch < sb.charAt(0); ch++) {
        sibling(from, String.valueOf(ch)).ifPresent(c -> out.add(new Mention(c, "", at, at, true)));
      }
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
    Objects.requireNonNull(text, "text");
    List<ControlCode> out = new ArrayList<>();
    for (Mention mention : find(text)) {
      if (!out.contains(mention.code())) {
        out.add(mention.code());
      }
    }
    return out;
  }
}

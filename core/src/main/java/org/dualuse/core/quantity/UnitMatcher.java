package org.dualuse.core.quantity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the longest unit spelling that starts at a position of running text. Immutable once built.
 *
 * <p>Spellings match case-sensitively; those of three or more characters that name one unit
 * regardless of case ("ghz", "Ghz") also match ignoring case. A run of spaces in the text matches
 * one space in a spelling ("Gy  (Si)"), and spaces after a slash are skipped ("kW/ cm2"). A match must end the word: no letter, digit or "/" may
 * follow, so "5A001" holds no ampere and "W/m2" no watt.
 */
final class UnitMatcher {

  // single letters and digits that read as units too often where they are not ("item 5 b", "5 1")
  private static final Set<String> NOT_IN_RUNNING_TEXT = Set.of("1", "b", "B");

  record Match(Unit unit, String spelling, int end) {}

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    Unit unit;
    String spelling;
  }

  private final Node exact = new Node();
  private final Node ignoringCase = new Node();

  UnitMatcher(Map<String, Unit> spellings) {
    spellings.forEach((spelling, unit) -> {
      if (NOT_IN_RUNNING_TEXT.contains(spelling)) {
        return;
      }
      // "Gy(Si)" and "Gy (Si)" are both written
      String folded = fold(spelling);
      for (String variant : new LinkedHashSet<>(List.of(folded, folded.replace(" (", "("), folded.replace("(", " (").strip()))) {
        add(exact, variant, spelling, unit);
        if (variant.replace(" ", "").length() >= 3 && Units.isCaseInsensitiveUnique(spelling)) {
          add(ignoringCase, variant.toLowerCase(Locale.ROOT), spelling, unit);
        }
      }
    });
  }

  private static String fold(String spelling) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < spelling.length(); i++) {
      char c = Symbols.fold(spelling.charAt(i));
      if (c != ' ' || (b.length() > 0 && b.charAt(b.length() - 1) != ' ')) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static void add(Node root, String key, String spelling, Unit unit) {
    Node node = root;
    for (int i = 0; i < key.length(); i++) {
      node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    if (node.unit == null) {
      node.unit = unit;
      node.spelling = spelling;
    }
  }

  /** The longest unit spelled at {@code pos}, or null. */
  Match longest(String text, int pos) {
    Match exactMatch = walk(exact, text, pos, false);
    Match caseless = walk(ignoringCase, text, pos, true);
    if (caseless != null && (exactMatch == null || caseless.end() > exactMatch.end())) {
      return caseless;
    }
    return exactMatch;
  }

  private static Match walk(Node root, String text, int pos, boolean lower) {
    Node node = root;
    int i = pos;
    Match best = null;
    int n = text.length();
    while (i < n) {
      char c = Symbols.fold(text.charAt(i));
      if (lower) {
        c = Character.toLowerCase(c);
      }
      Node next = node.next.get(c);
      if (next == null) {
        break;
      }
      node = next;
      i++;
      if (c == ' ' || c == '/') {
        // "kW/ cm2": the annex sometimes breaks a unit after its slash
        while (i < n && Symbols.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
          i++;
        }
      }
      if (node.unit != null && endsWord(text, i)) {
        best = new Match(node.unit, node.spelling, i);
      }
    }
    return best;
  }

  private static boolean endsWord(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return !Character.isLetterOrDigit(c) && c != '/' && c != '\u00B2' && c != '\u00B3' && c != '_';
  }
}

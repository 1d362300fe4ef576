package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the terms a text puts between quotes: "double-quoted" ones name globally defined terms,
 * 'single-quoted' ones terms a note of the entry defines. Kept apart from the parser because notes,
 * drafts and the documents of the list are all scanned the same way. Stateless.
 */
final class QuotedTerms {

  private QuotedTerms() {}

  /**
   * The words between quotes, in order: "double" (also typographic) when {@code single} is false,
   * else 'single' ones whose opening quote does not follow a letter or digit and whose closing quote
   * is not followed by one (so "manufacturer's" is no quote). A hand scan: it runs for every
   * provision and note, and a regular expression with look-arounds cost a third of the parse.
   */
  static List<String> quoted(boolean single, String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int max = single ? 120 : 150;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean opens = single
          ? (c == '\'' || c == '‘') && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))
          : c == '"' || c == '“';
      if (!opens) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && j - i - 1 <= max && !isQuoteOrBreak(text.charAt(j), single)) {
        j++;
      }
      boolean closes = j < n && j > i + 1 && j - i - 1 <= max
          && (single
              ? (text.charAt(j) == '\'' || text.charAt(j) == '’') && (j + 1 == n || !isAsciiAlnum(text.charAt(j + 1)))
              : text.charAt(j) == '"' || text.charAt(j) == '”');
      if (closes) {
        String inside = text.substring(i + 1, j).strip();
        if (!inside.isEmpty()) {
          out.add(inside);
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isQuoteOrBreak(char c, boolean single) {
    return c == '\n' || (single ? c == '\'' || c == '‘' || c == '’' : c == '"' || c == '“' || c == '”');
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}

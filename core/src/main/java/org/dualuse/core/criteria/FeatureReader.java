package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes {@link Feature}s of text no typed condition captures: a provision without a threshold or
 * range, the words before a note's list, a list item without a number, and the goods a list item or
 * an "excluding" clause names before its bound. A feature keeps the text (without trailing
 * punctuation, conjunction or "as follows") and the keywords a judge of features looks for.
 *
 * <p>Keywords and quotations are scanned by hand, not by pattern: this runs on every provision of
 * the list. Stateless and thread-safe.
 */
final class FeatureReader {
  private static final int MAX_FEATURE_LENGTH = 300;
  private static final Pattern NOT_USED = Pattern.compile("(?i)^\\s*not\\s+used\\b.*");
  private static final String QUOTE_MARKS = "\"“”'‘’";
  private static final Set<String> STOP = Set.of(
      "having", "following", "specially", "designed", "that", "which", "with", "than", "this", "those",
      "these", "other", "being", "from", "into", "their", "therefor", "therefore", "such", "when", "where",
      "also", "used", "using", "items", "item", "specified", "controlled", "control", "does", "rated",
      "capable", "more", "less", "only", "either", "each", "both", "within", "including",
      "include", "includes", "equipment", "systems", "system", "components", "component", "follows",
      "based", "except", "note", "notes", "them", "they", "have", "made", "type", "types", "like");

  // the words that end the name of the goods in a list item and start what is said of them
  private static final Set<String> SUBJECT_ENDS = Set.of(
      "a", "an", "the", "with", "having", "of", "for", "in", "at", "on", "by", "to", "from", "that", "which",
      "whose", "where", "when", "not", "no", "is", "are", "be", "being", "or", "and", "designed", "operating",
      "rated", "capable", "using", "incorporating", "containing", "consisting", "made", "exceeding", "less",
      "more", "greater", "equal", "up", "below", "above", "over", "under", "maximum", "minimum", "average",
      "peak", "total", "output", "input", "any", "all", "each", "either", "one");

  private FeatureReader() {}

  /**
   * The text as an untyped condition with its keywords (its quoted terms first, then up to twelve
   * words of four letters or more that are no stop words), or null for "Not used" and for text
   * without letters.
   */
  static Feature feature(String text) {
    if (NOT_USED.matcher(text).matches()) {
      return null;
    }
    String description = TrailingWords.strip(text.strip());
    if (description.isEmpty() || description.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    if (description.length() > MAX_FEATURE_LENGTH) {
      description = description.substring(0, MAX_FEATURE_LENGTH) + "...";
    }
    Set<String> keywords = new LinkedHashSet<>();
    for (int[] q = nextQuoted(description, 0); q != null; q = nextQuoted(description, q[1] + 1)) {
      keywords.add(description.substring(q[0], q[1]).toLowerCase(Locale.ROOT).strip());
    }
    int at = 0;
    while (keywords.size() < 12) {
      int[] word = nextWord(description, at);
      if (word == null) {
        break;
      }
      String w = description.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
      if (!STOP.contains(w)) {
        keywords.add(w);
      }
      at = word[1];
    }
    return new Feature(description, List.copyOf(keywords));
  }

  /**
   * What a list item names before it links to its bound ("Ruby" in "Ruby with output energy below
   * 20 J"), as a feature; null when the item opens with an article, a verb or a linking word ("A
   * maximum frame rate ...", "Designed for operation ..."), that is, when it names no kind of goods.
   */
  static Feature subjectBefore(String text, Bound first) {
    String head = text.substring(0, Math.min(first.start(), text.length())).strip();
    List<String> subject = new ArrayList<>();
    for (String word : head.split("[\\s,;:]+")) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("^[\"'“”‘’(]+|[\"'“”‘’)]+$", "");
      if (w.isEmpty() || SUBJECT_ENDS.contains(w) || STOP.contains(w)) {
        break;
      }
      subject.add(w);
    }
    if (subject.isEmpty() || subject.stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter))) {
      return null;
    }
    return new Feature(String.join(" ", subject), subject);
  }

  /**
   * {@code [start, end]} of the next keyword candidate from {@code from}, or null: what the pattern
   * {@code [\p{L}][\p{L}\-]{3,}} finds (a letter, then letters and hyphens, four code points at
   * least), scanned by hand because the pattern ran at every position of every provision.
   */
  private static int[] nextWord(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i + Character.charCount(cp);
      int count = 1;
      while (j < n) {
        int next = text.codePointAt(j);
        if (next != '-' && !Character.isLetter(next)) {
          break;
        }
        j += Character.charCount(next);
        count++;
      }
      if (count >= 4) {
        return new int[] {i, j};
      }
      // every later start inside this run is shorter still: go on after it
      i = j;
    }
    return null;
  }

  /**
   * {@code [start, end]} of the words inside the next quotation from {@code from}, or null: what
   * the pattern {@code [QUOTES]([^QUOTES]{3,60})[QUOTES]} finds (any of the quote marks
   * {@code " “ ” ' ‘ ’}, 3 to 60 code points that are none of them, another quote mark), scanned by
   * hand. The quoted words run to the first quote mark after the opening one, so a run that is too
   * short, too long or never closed yields nothing and the search goes on at that next quote mark.
   */
  private static int[] nextQuoted(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (QUOTE_MARKS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int j = i + 1;
      int count = 0;
      while (j < n && QUOTE_MARKS.indexOf(text.charAt(j)) < 0 && count <= 60) {
        j += Character.charCount(text.codePointAt(j));
        count++;
      }
      if (j < n && count >= 3 && count <= 60 && QUOTE_MARKS.indexOf(text.charAt(j)) >= 0) {
        return new int[] {i + 1, j};
      }
    }
    return null;
  }
}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the release condition of a decontrol note ("does not control ... designed to operate at an
 * output power of 1 W or less"): the words of its release clause (after "does not control"), with the
 * lettered or numbered lists after "any of the following", "all of the following" or "as follows"
 * read item by item, up to four levels deep, into {@link AnyOf} / {@link AllOf}.
 *
 * <p>Notes differ from provisions in two ways that make this a reader of its own: below the top, the
 * words before a list and an item without a number are conditions too ({@link Feature}s), and a list
 * item names the goods it releases before its bound ("Ruby with output energy below 20 J"), which
 * stays a condition beside the bound. Stateless and thread-safe (the cache of label patterns is
 * concurrent).
 */
final class NoteConditions {
  private static final Pattern FOLLOWING = Pattern.compile(
      "(?<![\\p{L}])(any|all|both|either|each|one)\\s+of\\s+the\\s+following(?:\\s+\\w+)?\\s*:?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AS_FOLLOWS_LIST = Pattern.compile("(?<![\\p{L}])()?as\\s+follows\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_LABEL = Pattern.compile("^\\s*(?:\\(?([a-z])\\)|([a-z])\\.|(\\d{1,2})\\.)\\s");
  // the pattern of each list label ("b", "12") met so far; few, as labels run a..z and 1..140 at most
  private static final ConcurrentMap<String, Pattern> LABELS =
      new ConcurrentHashMap<>();

  private NoteConditions() {}

  /**
   * The condition stated by the words of a note's release clause (what follows "does not control",
   * as the model's {@code ReleaseClause} reads it), or empty when they hold no typed threshold or
   * range. Lettered and numbered lists after "any of the following" / "all of the following" become
   * {@link AnyOf} / {@link AllOf}; list items without numbers become {@link Feature}s.
   *
   * @param clauseWords the words of the release clause
   */
  static Optional<Criterion> releaseCondition(String clauseWords) {
    if (clauseWords == null || clauseWords.isBlank()) {
      return Optional.empty();
    }
    Criterion c = conditions(clauseWords, 0);
    return c != null && c.isParametric() ? Optional.of(c) : Optional.empty();
  }

  private static Criterion conditions(String text, int depth) {
    Matcher f = FOLLOWING.matcher(text);
    boolean isList = depth < 4 && containsIgnoringCase(text, "following") && f.find();
    if (!isList && depth < 4 && containsIgnoringCase(text, "follows")) {
      // "does not control "lasers" as follows: a. ...; b. ...": the items are alternatives
      f = AS_FOLLOWS_LIST.matcher(text);
      isList = f.find();
    }
    if (isList) {
      // "all (of) the following" and "both (of) the following" join their items; the others offer them
      boolean any = f.group(1) == null
          || !(f.group(1).equalsIgnoreCase("all") || f.group(1).equalsIgnoreCase("both"));
      List<String> items = items(text.substring(f.end()));
      List<Criterion> listed = new ArrayList<>();
      for (String item : items) {
        Criterion c = conditions(item, depth + 1);
        if (c != null) {
          listed.add(c);
        }
      }
      Criterion list = listed.isEmpty() ? null
          : listed.size() == 1 ? listed.get(0) : any ? new AnyOf(listed) : new AllOf(listed);
      String headText = text.substring(0, f.start());
      Criterion head = TypedConditions.read(headText);
      if (head == null && depth > 0) {
        // below the top, the words before a list are a condition too ("is only operable when installed in")
        head = FeatureReader.feature(headText);
      }
      if (head == null) {
        return list;
      }
      return list == null ? head : new AllOf(List.of(head, list));
    }
    if (depth == 0) {
      Criterion typed = TypedConditions.read(text);
      return typed != null ? typed : FeatureReader.feature(text);
    }
    ScannedText scan = ScannedText.of(text);
    List<Bound> bounds = BoundReader.read(scan);
    Criterion typed = Alternatives.combine(BoundCriteria.of(scan, bounds), scan.normalised);
    if (typed == null) {
      return FeatureReader.feature(text);
    }
    // a list item names what it releases before its bound: "Ruby with output energy below 20 J"
    // releases ruby lasers below 20 J, not every laser below 20 J; the subject stays a condition
    Feature subject = FeatureReader.subjectBefore(text, bounds.get(0));
    return subject == null ? typed : new AllOf(List.of(subject, typed));
  }

  private static Pattern labelPattern(String label) {
    return Pattern.compile("(?:^|[\\s;:,])\\(?" + Pattern.quote(label) + "[.)]\\s");
  }

  /** The items of a list labelled "a. ... b. ..." or "1. ... 2. ...", in order; the whole text when unlabelled. */
  private static List<String> items(String text) {
    Matcher first = FIRST_LABEL.matcher(text);
    if (!first.find()) {
      return List.of(text);
    }
    boolean letters = first.group(3) == null;
    String label = first.group(1) != null ? first.group(1) : first.group(2) != null ? first.group(2) : first.group(3);
    List<String> out = new ArrayList<>();
    int itemStart = first.end();
    while (true) {
      String next = letters ? String.valueOf((char) (label.charAt(0) + 1)) : String.valueOf(Integer.parseInt(label) + 1);
      Matcher m = LABELS.computeIfAbsent(next, NoteConditions::labelPattern).matcher(text);
      if (!m.find(itemStart)) {
        out.add(text.substring(itemStart));
        return out;
      }
      out.add(text.substring(itemStart, m.start()));
      itemStart = m.end();
      label = next;
      if (out.size() > 40) {
        out.add(text.substring(itemStart));
        return out;
      }
    }
  }

  /** Whether {@code text} holds {@code word} in any case: true whenever the ASCII-only (?i) of a pattern finds it. */
  private static boolean containsIgnoringCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}

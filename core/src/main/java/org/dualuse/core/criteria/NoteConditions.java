package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the release condition of a decontrol note ("does not control ... designed to operate at an
 * output power of 1 W or less"): the words of its release clause (after "does not control"), split
 * by {@link NoteConditionParser} into the note's lists as they nest ("any of the following", "all
 * (of) the following", "as follows" or a bare colon, each with its lettered or numbered items), read
 * into {@link AnyOf} / {@link AllOf}.
 *
 * <p><b>Each alternative on its own.</b> A note's alternatives are read one by one, each from its
 * own words only: an inner list belongs to its item and ends where the outer list goes on ("a.
 * Fishing radar; b. ATC radar having all the following: 1. ... 4. Permanently installed; c. Weather
 * balloon radars" is a, b with its four conditions, or c). A clause is never read whole when it holds
 * a list: the bound of one alternative ("500 km or less" in b) would be read as the condition of the
 * whole note and release every item it bounds, whatever the alternative's other conditions.
 *
 * <p>Notes differ from provisions in two ways that make this a reader of its own: below the top, the
 * words before a list and an item without a number are conditions too ({@link Feature}s), and a list
 * item names the goods it releases before its bound ("Ruby with output energy below 20 J"), which
 * stays a condition beside the bound. Stateless and thread-safe.
 */
final class NoteConditions {
  /**
   * The words before an item's bound that deny what the bound measures: "Depth sounders ..., not
   * including a scanning function exceeding ± 20°" releases sounders whose scanning does NOT exceed
   * 20°. A comparison that is itself negative ("not exceeding", "not to exceed") is the bound's own
   * and is not this; nor is "no" ("in which no chemical constitutes more than 30 %"), which the
   * bound reader types as the share's upper bound. The denial reaches the bound only when no word
   * that starts another statement ("with", "and", "which") stands between them.
   */
  private static final Pattern NEGATED_BOUND = Pattern.compile(
      "(?i)\\b(?:not\\s+including|not\\s+having|without)\\s+(?:an?\\s+|any\\s+)?"
          + "(?:(?!\\b(?:with|having|and|which|that|where)\\b)[\\p{L}'\"\\s-]){0,60}[\\s±]*$");

  private NoteConditions() {}

  /**
   * The condition stated by the words of a note's release clause (what follows "does not control",
   * as the model's {@code ReleaseClause} reads it), or empty when they hold no typed threshold or
   * range. Its lists become {@link AnyOf} / {@link AllOf} as {@link NoteConditionParser} nests them;
   * list items without numbers become {@link Feature}s.
   *
   * @param clauseWords the words of the release clause
   */
  static Optional<Criterion> releaseCondition(String clauseWords) {
    if (clauseWords == null || clauseWords.isBlank()) {
      return Optional.empty();
    }
    Criterion c = NoteConditionParser.parse(clauseWords)
        .map(g -> group(g, 0))
        .orElseGet(() -> whole(clauseWords));
    return c != null && c.isParametric() ? Optional.of(c) : Optional.empty();
  }

  /** A clause without a list: its typed condition, or its words as a feature. */
  private static Criterion whole(String text) {
    Criterion typed = TypedConditions.read(text);
    return typed != null ? typed : FeatureReader.feature(text);
  }

  private static Criterion part(NoteConditionParser.Part part, int depth) {
    return part instanceof NoteConditionParser.Group g ? group(g, depth) : item(((NoteConditionParser.Leaf) part).text());
  }

  /** A list with the words before it: "all" joins its items, the others offer them. */
  private static Criterion group(NoteConditionParser.Group g, int depth) {
    List<Criterion> listed = new ArrayList<>();
    for (NoteConditionParser.Part item : g.items()) {
      Criterion c = part(item, depth + 1);
      if (c != null) {
        listed.add(c);
      }
    }
    Criterion list = listed.isEmpty() ? null
        : listed.size() == 1 ? listed.get(0) : g.all() ? new AllOf(listed) : new AnyOf(listed);
    Criterion head = g.head().isBlank() ? null : TypedConditions.read(g.head());
    if (head == null && depth > 0 && !g.head().isBlank()) {
      // below the top, the words before a list are a condition too ("is only operable when installed in")
      head = FeatureReader.feature(g.head());
    }
    if (head == null) {
      return list;
    }
    return list == null ? head : new AllOf(List.of(head, list));
  }

  /** An item of a list with no list in it. */
  private static Criterion item(String text) {
    if (text.isBlank()) {
      return null;
    }
    ScannedText scan = ScannedText.of(text);
    List<Bound> bounds = BoundReader.read(scan);
    Criterion typed = Alternatives.combine(BoundCriteria.of(scan, bounds), scan.normalised);
    if (typed == null) {
      return FeatureReader.feature(text);
    }
    // a list item names what it releases before its bound: "Ruby with output energy below 20 J"
    // releases ruby lasers below 20 J, not every laser below 20 J; the subject stays a condition
    String before = text.substring(0, Math.min(bounds.get(0).start(), text.length()));
    if (NEGATED_BOUND.matcher(before).find()) {
      typed = new Not(typed);
    }
    Feature subject = FeatureReader.subjectBefore(text, bounds.get(0));
    return subject == null ? typed : new AllOf(List.of(subject, typed));
  }
}

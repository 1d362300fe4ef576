package org.dualuse.core.criteria;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the release clause of a decontrol note ("does not control ...") into its conditions, as
 * the note's lists nest them: the words before a list ("aero gas turbine engines which meet"), the
 * kind of list ("all of the following" / "both of the following": every item must hold; "any of
 * the following", "as follows" or a bare colon: one item must hold) and its items, labelled
 * {@code a.}, {@code 1.}, {@code a.} in turn.
 *
 * <p>Grammar read: a list opens with an intro ending in a colon or semicolon; its first item has a
 * label (or none, then the next label found names the second); each next item has the next label
 * of the same kind ({@code b.} after {@code a.}, {@code 2.} after {@code 1.}). An item ends where
 * the next label of its own list or of any list around it begins, so an inner list ends where its
 * outer list goes on. When one label could continue two lists (an inner and an outer list both
 * lettered), it continues the innermost list whose items must all hold, or else the innermost: either
 * way no condition is read as an alternative that the note states as required.
 *
 * <p>Stateless and thread-safe.
 */
public final class NoteConditionParser {

  /** A part of a note's clause: a group of conditions or one condition's text. */
  public sealed interface Part permits Group, Leaf {
    /** The item's label as printed ("a", "2"), empty for the clause itself or an unlabelled item. */
    String label();
  }

  /**
   * A list of conditions.
   *
   * @param head the words before the list ("turning machines ... having"), a condition too
   * @param all true when every item must hold, false when one must
   */
  public record Group(String label, String head, boolean all, List<Part> items) implements Part {
    public Group {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(head, "head");
      items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
  }

  /** One condition's text, with no list in it. */
  public record Leaf(String label, String text) implements Part {
    public Leaf {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
    }
  }

  // the words after "of the following" up to the colon: "criteria", "characteristics", "items, or ... therefor"
  private static final Pattern INTRO = Pattern.compile(
      "(?i)\\b(?:(all|both)(?: of)?|any of|one or more of|one of|either of) the following\\b[^:;]{0,240}?[:;]|\\bas follows\\s*[:;]");
  private static final Pattern ANY_LABEL = Pattern.compile("(?<![^\\s;:,(])\\(?([a-z]|\\d{1,2})[.)]\\s");
  private static final Map<String, Pattern> LABELS = new ConcurrentHashMap<>();

  private NoteConditionParser() {}

  /**
   * The conditions of a release clause, from its words after "does not control" ({@code
   * ReleaseClause.scope()} of the model, as the parser read them once), or empty when the clause has
   * no list.
   *
   * @throws NullPointerException if {@code clause} is null
   */
  public static Optional<Group> parse(String clause) {
    Objects.requireNonNull(clause, "clause");
    int start = 0;
    while (start < clause.length() && Character.isWhitespace(clause.charAt(start))) {
      start++;
    }
    if (start < clause.length() && clause.charAt(start) == ':') {
      // "does not control: a. ...; b. ...": alternatives
      Items items = list(clause, start + 1, new ArrayDeque<>(), false);
      return Optional.of(new Group("", "", false, items.parts()));
    }
    Item item = item(clause, start, new ArrayDeque<>(), "");
    return item.part() instanceof Group g ? Optional.of(g) : Optional.empty();
  }

  /** A label a list waits for, and whether that list's items must all hold. */
  private record Expected(String label, boolean all) {}

  private record Items(List<Part> parts, int end) {}

  private record Item(Part part, int end) {}

  private static Items list(String s, int pos, Deque<Expected> open, boolean all) {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    List<Part> parts = new ArrayList<>();
    Matcher first = ANY_LABEL.matcher(s);
    String label;
    int itemStart;
    if (first.region(pos, s.length()).lookingAt()) {
      label = first.group(1);
      itemStart = first.end();
    } else {
      // an item printed without its label ("1 The placement ..."): the next label found names the second
      int stop = nearest(s, pos, open);
      Matcher next = ANY_LABEL.matcher(s).region(pos, stop);
      if (!next.find()) {
        Item only = item(s, pos, open, "");
        return new Items(List.of(only.part()), only.end());
      }
      open.push(new Expected(next.group(1), all));
      Item unlabelled = item(s, pos, open, "");
      open.pop();
      parts.add(unlabelled.part());
      if (!labelAt(s, unlabelled.end(), next.group(1)) || !continuesOwn(open, next.group(1), all)) {
        return new Items(parts, unlabelled.end());
      }
      label = next.group(1);
      itemStart = labelEnd(s, unlabelled.end(), label);
    }
    while (true) {
      String next = successor(label);
      open.push(new Expected(next, all));
      Item item = item(s, itemStart, open, label);
      open.pop();
      parts.add(item.part());
      if (item.end() >= s.length() || !labelAt(s, item.end(), next) || !continuesOwn(open, next, all)) {
        return new Items(parts, item.end());
      }
      label = next;
      itemStart = labelEnd(s, item.end(), label);
    }
  }

  private static Item item(String s, int start, Deque<Expected> open, String label) {
    int stop = nearest(s, start, open);
    Matcher intro = INTRO.matcher(s).region(start, stop);
    if (intro.find()) {
      boolean all = intro.group(1) != null;
      Items nested = list(s, intro.end(), open, all);
      return new Item(new Group(label, s.substring(start, intro.start()), all, nested.parts()), nested.end());
    }
    return new Item(new Leaf(label, s.substring(start, stop)), stop);
  }

  /**
   * Whether a label both this list and lists around it wait for continues this list: it does when
   * this list's items must all hold, or when no list around it waiting for it has items that must
   * all hold.
   */
  private static boolean continuesOwn(Deque<Expected> open, String label, boolean all) {
    if (all) {
      return true;
    }
    for (Expected e : open) {
      if (e.label().equals(label) && e.all()) {
        return false;
      }
    }
    return true;
  }

  /** Where the first label any open list waits for begins, from {@code from} on; the end when none. */
  private static int nearest(String s, int from, Deque<Expected> open) {
    int best = s.length();
    for (Expected e : open) {
      Matcher m = labelPattern(e.label()).matcher(s).region(from, best);
      if (m.find()) {
        best = m.start();
      }
    }
    return best;
  }

  private static boolean labelAt(String s, int at, String label) {
    return at < s.length() && labelPattern(label).matcher(s).region(at, s.length()).lookingAt();
  }

  private static int labelEnd(String s, int at, String label) {
    Matcher m = labelPattern(label).matcher(s).region(at, s.length());
    if (!m.lookingAt()) {
      throw new IllegalStateException("no label " + label + " at " + at);
    }
    return m.end();
  }

  private static Pattern labelPattern(String label) {
    return LABELS.computeIfAbsent(label,
        l -> Pattern.compile("(?<![^\\s;:,(])\\(?" + Pattern.quote(l) + "[.)]\\s"));
  }

  private static String successor(String label) {
    return Character.isDigit(label.charAt(0))
        ? String.valueOf(Integer.parseInt(label) + 1)
        : String.valueOf((char) (label.charAt(0) + 1));
  }
}

package org.dualuse.core.criteria;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The element a content threshold of the annex speaks of, from the words around its value: the
 * element after it ("more than 60 % nickel by weight", "60 % or more by weight of fluorine", "10 % by
 * weight or more aluminium") or before the word "content" ("a titanium content of greater than
 * 0,10 %"). Works on the extractor's normalised (lower-case) text. Stateless and thread-safe.
 *
 * <p>No element is read when the share is one of several elements together ("75 % by weight of iron,
 * cobalt or nickel", "any combination of rhenium and tungsten"), when the word is the start of a
 * compound's name ("hydrogen sulphide", "silicon dioxide"), or when the share is by mole, atom or
 * volume: the facts a named material gives are percent by weight.
 */
final class ElementContentPhrases {

  private static final String WORD = "([\\p{L}]+)";
  // after the value (and its comparator): an optional "by weight", an optional "of", then the element
  private static final Pattern AFTER = Pattern.compile("^\\s*(?:by\\s+weight\\s+)?(?:of\\s+)?" + WORD);
  // what may follow an element that is the whole name of what is measured
  private static final Pattern ELEMENT_END = Pattern.compile(
      "^(?:\\s*$|\\s*[,;.:)]|\\s+(?:by|and|or|in|with|as|to|content)(?![\\p{L}]))");
  // "iron, cobalt or nickel", "zirconium, magnesium and alloys thereof": a list of materials
  private static final Pattern NEXT_ITEM = Pattern.compile("^\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)" + WORD);
  // "a titanium content of", "with a nickel content of": the element names the content
  private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}-])" + WORD + "\\s+content\\s+(?:of\\s+)?$");
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:()]");
  private static final Pattern NOT_BY_WEIGHT = Pattern.compile("\\b(?:mole|molar|atom|atomic|volume)\\b");

  private ElementContentPhrases() {}

  /**
   * The content parameter of the element named around a value of {@code norm}: after {@code end}
   * (the end of the value with its comparator), within {@code limit}; or right before {@code start}
   * (the start of the comparator or value), back to {@code from}.
   */
  static Optional<Parameter> around(String norm, int from, int start, int end, int limit) {
    String after = norm.substring(end, Math.max(end, Math.min(norm.length(), limit)));
    Matcher clause = CLAUSE_END.matcher(after);
    if (NOT_BY_WEIGHT.matcher(clause.find() ? after.substring(0, clause.start()) : after).find()) {
      return Optional.empty();
    }
    Matcher a = AFTER.matcher(after);
    if (a.find()) {
      Optional<String> element = bareElement(after, a.start(1), a.end(1));
      if (element.isPresent()) {
        return element.map(ElementContents::contentOf);
      }
    }
    Matcher b = BEFORE.matcher(norm.substring(from, start));
    if (b.find()) {
      return ElementContents.element(b.group(1)).map(ElementContents::contentOf);
    }
    return Optional.empty();
  }

  /** The element the word at {@code [start, end)} of {@code text} names alone, not as an item of a list. */
  private static Optional<String> bareElement(String text, int start, int end) {
    Optional<String> element = ElementContents.element(text.substring(start, end));
    if (element.isEmpty() || !ELEMENT_END.matcher(text.substring(end)).find()) {
      return Optional.empty();
    }
    Matcher next = NEXT_ITEM.matcher(text.substring(end));
    if (next.find() && (next.group(1).startsWith("alloy") || isBare(text, end + next.start(1), end + next.end(1)))) {
      return Optional.empty();
    }
    return element;
  }

  private static boolean isBare(String text, int start, int end) {
    return ElementContents.element(text.substring(start, end)).isPresent()
        && ELEMENT_END.matcher(text.substring(end)).find();
  }
}

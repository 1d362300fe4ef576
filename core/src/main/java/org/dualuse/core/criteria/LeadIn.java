package org.dualuse.core.criteria;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.ComparatorPhrases.Phrase;

/**
 * What the line that introduces a list of items gives the values of its items: the name of the
 * quantity they bound ("a 'frequency switching time' as specified by any of the following:", "any of
 * the following total metallic impurities:") and, when the line ends with one, the comparator ("an
 * ultimate tensile strength ... equal to or greater than:"). An item that writes only a value ("Less
 * than 143 ps", "0,9 GPa in the solution annealed stage") bounds that quantity. {@link #of} reads it
 * from the line, with the comparators of {@link ComparatorPhrases} and the naming rules of {@link
 * ValueNames}.
 *
 * @param name the quantity's name as the line writes it, lower case; null when it names none
 * @param comparison the comparator the line ends with; null when it ends with none
 */
record LeadIn(String name, Comparison comparison) {
  /** No lead-in: an entry's own line, or a parent that introduces no list. */
  static final LeadIn NONE = new LeadIn(null, null);

  // "... as specified by any of the following", "... being any of the following", "... of all of the following"
  private static final Pattern LEAD_FOLLOWING = Pattern.compile(
      "(?:\\s+(?:as\\s+specified\\s+by|being|of|with))?\\s*(?<![\\p{L}])(?:any|all|each|either|one)\\s+of\\s+the\\s+following(.*)$");
  private static final Pattern COMPARED_FOLLOWING = Pattern.compile(
      "\\s+(?:any|one|each|either)\\s+of\\s+the\\s+following$");
  private static final Pattern LEAD_QUOTED = Pattern.compile(
      "[\"'‘’“”]([^\"'‘’“”]{3,60})[\"'‘’“”](?:\\s+of(?:\\s+[\\p{L}-]+){1,4})?\\s*$");
  private static final Pattern LEAD_QUOTED_FIRST = Pattern.compile("[\"'‘’“”]([^\"'‘’“”]{3,60})[\"'‘’“”]");
  private static final Pattern LEAD_MEASURED = Pattern.compile(",\\s*(?:measured|tested)[^,]*,?\\s*$");
  // what a list's items are, never the name of a quantity: "any of the following characteristics"
  private static final Set<String> NOT_QUANTITIES = Set.of("characteristics", "features", "following", "items",
      "goods", "equipment", "components", "systems", "materials", "types", "specifications", "parameters",
      "properties", "functions", "forms", "criteria", "conditions", "capabilities", "techniques", "technologies",
      "software", "technology", "devices", "products", "substances", "chemicals", "ways", "methods", "modes",
      "applications", "purposes", "elements", "parts", "assemblies", "subassemblies", "means", "atmosphere",
      "atmospheres", "environment", "environments", "medium", "media");

  boolean isEmpty() {
    return name == null && comparison == null;
  }

  /** The name and comparator a list's introducing line gives its items; {@link LeadIn#NONE} when it gives none. */
  static LeadIn of(String parentText) {
    if (parentText == null) {
      return LeadIn.NONE;
    }
    String raw = parentText.strip();
    if (!raw.endsWith(":")) {
      return LeadIn.NONE;
    }
    raw = raw.substring(0, raw.length() - 1).strip();
    String norm = Mentions.normalise(raw);
    int best = -1;
    Comparison comparison = null;
    // "a 'sensitivity' less (better) than any of the following:": the comparator holds for each item's value
    Matcher following = COMPARED_FOLLOWING.matcher(norm);
    String compared = following.find() ? norm.substring(0, following.start()) : norm;
    for (Phrase phrase : ComparatorPhrases.BEFORE) {
      Matcher m = phrase.find(compared);
      if (m != null && (best < 0 || m.start() < best)) {
        best = m.start();
        comparison = phrase.comparison();
      }
    }
    if (comparison != null) {
      String head = LEAD_MEASURED.matcher(compared.substring(0, best)).replaceFirst("");
      return new LeadIn(quantityName(ValueNames.nameBefore(head, 0, head.length())), comparison);
    }
    Matcher f = LEAD_FOLLOWING.matcher(norm);
    if (!f.find()) {
      return LeadIn.NONE;
    }
    String after = f.group(1).strip();
    String rawAfter = raw.substring(f.start(1)).strip();
    String name;
    Matcher quotedFirst = LEAD_QUOTED_FIRST.matcher(rawAfter);
    if (quotedFirst.lookingAt()) {
      name = quotedFirst.group(1).strip().toLowerCase(java.util.Locale.ROOT); // 'any of the following "accuracies" after ...'
    } else if (!after.isEmpty()) {
      name = ValueNames.nameAfter(after);
    } else {
      Matcher q = LEAD_QUOTED.matcher(raw.substring(0, f.start()));
      name = q.find() ? q.group(1).strip().toLowerCase(java.util.Locale.ROOT) : ValueNames.nameBefore(norm, 0, f.start());
    }
    name = quantityName(name);
    return name == null ? LeadIn.NONE : new LeadIn(name, null);
  }

  private static String quantityName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String[] words = name.split("\\s+");
    return NOT_QUANTITIES.contains(words[words.length - 1]) ? null : name;
  }
}

package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * The materials a provision lists as alternatives beside the one it bounds by an element's content:
 * "made of or lined with aluminium, aluminium alloy, nickel, or nickel alloy containing more than 60 %
 * nickel by weight". Typed alone, the one content threshold would be a requirement every item must
 * meet, and an aluminium valve would fail it: a missed controlled item, the costly error. So the list
 * becomes an {@link AnyOf} of all its materials, each in the terms a named material's composition
 * answers:
 *
 * <ul>
 *   <li>a metal named alone ("nickel") is the unalloyed metal: its element makes up 99 % or more by
 *       weight, the floor of the standards' unalloyed grades (ISO 209 for aluminium, 99,00 %; nickel
 *       200, titanium grades 1 to 4, zirconium 702 are all 99 % or more);
 *   <li>an alloy named by its element ("aluminium alloy") is one in which that element predominates
 *       (ISO 209: by mass over each other element). A share cannot say "predominates", so the bound
 *       is one every alloy named for its element meets: more than 35 %. Nickel alloys go down to about
 *       40 % nickel (Incoloy 825, Hastelloy G-30, both nickel alloys with less than half nickel), so
 *       "more than half" would miss them, and the miss is the costly error; a material the element
 *       only enters stays out (a titanium aluminide, 33 % aluminium, is no aluminium alloy), while an
 *       iron-nickel alloy of 36 to 50 % nickel (Invar) is let in: a false alarm, a human's review;
 *   <li>any other material ("aluminium oxide (alumina or sapphire)", "fully fluorinated hydrocarbon
 *       polymers") stays an untyped {@link Feature}, marked as a material ({@link Feature#material()}):
 *       the text of a product decides it, or no one; a text that names another material (a grade,
 *       "316L") rules it out ({@link MaterialJudge}).
 * </ul>
 *
 * <p>A text that names 316L then fails every alternative of 2A226.c (its composition has 11 % nickel
 * and no aluminium), while a text naming 6061 meets one. Only a list that follows "made of", "lined
 * with", "protected by", "constructed of" (the annex's words for what goods are made of), or a
 * provision that is such a list of metals and alloys ("Nickel or 'alloys' with more than 40 % nickel
 * by weight"), is read so, and only when its one item with a number holds all of the provision's
 * typed conditions, each an element's content. Stateless and thread-safe.
 */
final class MaterialAlternatives {

  /** The floor of an unalloyed metal's own element, percent by weight. */
  static final double UNALLOYED_FLOOR_PERCENT = 99;
  /** The share, percent by weight, every alloy named for its element holds more of (see above). */
  static final double ALLOY_BASE_PERCENT = 35;

  private static final Pattern LEAD = Pattern.compile(
      "(?<![\\p{L}])(?:made|constructed|fabricated|manufactured)\\s+(?:of|from)\\s+|(?<![\\p{L}])lined\\s+with\\s+"
          + "|(?<![\\p{L}])protected\\s+by\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOY = Pattern.compile("([\\p{L}]+)\\s+alloys?");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  // "60 % or more by weight": the "or" of a comparator, not of two materials
  private static final Pattern COMPARATIVE = Pattern.compile(
      "(?:more|less|greater|higher|lower|better|above|below|equal|fewer|larger|smaller)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");
  private static final Pattern QUOTES = Pattern.compile("[\"'‘’“”]");

  private MaterialAlternatives() {}

  private enum Kind { UNALLOYED, ALLOY, OTHER, BOUNDED }

  private record Item(String text, Kind kind, String element) {}

  /**
   * {@code typed}, the typed conditions of {@code text}, widened to the any-of of the materials the
   * text lists, or {@code typed} itself when the text lists none as described above.
   *
   * @param feature how an untyped material becomes a feature (null when it cannot)
   */
  static Criterion widen(String text, Criterion typed, Function<String, Feature> feature) {
    if (typed == null) {
      return metalsOnly(text);
    }
    if (!boundsOnlyElements(typed)) {
      return typed;
    }
    int from = 0;
    boolean led = false;
    Matcher lead = LEAD.matcher(text);
    while (lead.find()) {
      from = lead.end();
      led = true;
    }
    String list = text.substring(from);
    int semicolon = list.indexOf(';');
    if (semicolon >= 0) {
      if (DIGIT.matcher(list.substring(semicolon)).find()) {
        return typed;
      }
      list = list.substring(0, semicolon);
    }
    if (DIGIT.matcher(text.substring(0, from)).find()) {
      return typed;
    }
    list = list.strip().replaceFirst("[.:]$", "").strip();
    List<Item> items = new ArrayList<>();
    int bounded = 0;
    int metals = 0;
    for (String part : split(list)) {
      Item item = item(part);
      if (item == null) {
        continue;
      }
      switch (item.kind()) {
        case BOUNDED -> bounded++;
        case UNALLOYED, ALLOY -> metals++;
        case OTHER -> {
          if (!led) {
            return typed; // "Beryllium metal, alloys containing ...": a list of goods, not of materials
          }
        }
      }
      items.add(item);
    }
    if (bounded != 1 || metals == 0) {
      return typed;
    }
    List<Criterion> alternatives = new ArrayList<>();
    for (Item item : items) {
      switch (item.kind()) {
        case BOUNDED -> alternatives.add(typed);
        case UNALLOYED, ALLOY -> alternatives.add(metal(item));
        case OTHER -> {
          Feature f = feature.apply(item.text());
          if (f == null) {
            return typed;
          }
          // marked, so that a text naming another material rules it out (FeatureJudge.keywords)
          alternatives.add(f.asMaterial());
        }
      }
    }
    return new AnyOf(alternatives);
  }

  /**
   * A provision that only names two or more metals and their alloys ("Titanium or titanium 'alloys'",
   * "Nickel or nickel alloy"), as the any-of of their contents; null for any other text. Every item must be a
   * metal or an alloy named by its element: one other material, untyped, would leave the any-of open
   * for every text, as the feature the provision would otherwise be.
   */
  private static Criterion metalsOnly(String text) {
    if (text.length() > MAX_METALS_ONLY || DIGIT.matcher(text).find()) {
      return null;
    }
    Matcher lead = LEAD.matcher(text);
    int from = 0;
    while (lead.find()) {
      from = lead.end();
    }
    String list = text.substring(from).strip().replaceFirst("(?:[;,]\\s*(?:and|or)?|[.:])$", "").strip();
    List<Criterion> alternatives = new ArrayList<>();
    for (String part : split(list)) {
      Item item = item(part);
      if (item == null) {
        continue;
      }
      if (item.kind() != Kind.UNALLOYED && item.kind() != Kind.ALLOY) {
        return null;
      }
      alternatives.add(metal(item));
    }
    // a lone metal is an item of a list of substances ("Zirconium;" under "consisting of 97 % or more of
    // any of the following"), not a choice of materials
    return alternatives.size() < 2 ? null : new AnyOf(alternatives);
  }

  // a list of metals is short: a longer text says more than what its goods are made of
  private static final int MAX_METALS_ONLY = 120;

  /** The content an unalloyed metal or an alloy named for its element has, read from the item's words. */
  private static Threshold metal(Item item) {
    return item.kind() == Kind.UNALLOYED
        ? new Threshold(ElementContents.contentOf(item.element()), Comparison.AT_LEAST,
            Quantity.of(UNALLOYED_FLOOR_PERCENT, Units.PERCENT), item.text())
        : new Threshold(ElementContents.contentOf(item.element()), Comparison.GREATER_THAN,
            Quantity.of(ALLOY_BASE_PERCENT, Units.PERCENT), item.text());
  }

  /** Whether every threshold and range of {@code c} bounds an element's content. */
  private static boolean boundsOnlyElements(Criterion c) {
    boolean any = false;
    for (Criterion leaf : c.leaves()) {
      Parameter p = leaf instanceof Threshold t ? t.parameter() : leaf instanceof Range r ? r.parameter() : null;
      if (p == null || ElementContents.elementOf(p).isEmpty()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static Item item(String part) {
    String text = part.strip().replaceFirst("^(?:or|and)\\s+", "").strip();
    if (text.isEmpty()) {
      return null;
    }
    if (DIGIT.matcher(text).find()) {
      return new Item(text, Kind.BOUNDED, null);
    }
    // "Niobium (columbium)": a name in brackets repeats the one before it
    String words = QUOTES.matcher(BRACKETED.matcher(text).replaceAll(" ")).replaceAll("").strip()
        .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Optional<String> element = ElementContents.element(words);
    if (element.isPresent()) {
      return new Item(text, Kind.UNALLOYED, element.get());
    }
    Matcher alloy = ALLOY.matcher(words);
    if (alloy.matches()) {
      Optional<String> base = ElementContents.element(alloy.group(1));
      if (base.isPresent()) {
        return new Item(text, Kind.ALLOY, base.get());
      }
    }
    return new Item(text, Kind.OTHER, null);
  }

  /** The items of a list, split at commas and at "or" outside brackets (not at the "or" of "or more"). */
  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c == ',') {
        out.add(list.substring(start, i));
        start = i + 1;
      } else if (depth == 0 && c == ' ' && list.startsWith(" or ", i)
          && !COMPARATIVE.matcher(list).region(i + 4, list.length()).lookingAt()) {
        out.add(list.substring(start, i));
        start = i + 4;
        i += 3;
      }
    }
    out.add(list.substring(start));
    return out;
  }
}

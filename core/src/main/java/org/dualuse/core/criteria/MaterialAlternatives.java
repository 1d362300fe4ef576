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
 *       (ISO 209: by mass over each other element): more than 50 %, which every aluminium, nickel,
 *       titanium or copper alloy a composition standard names meets, and which keeps out materials
 *       the element only enters (a titanium aluminide, 33 % aluminium, is no aluminium alloy);
 *   <li>any other material ("aluminium oxide (alumina or sapphire)", "fully fluorinated hydrocarbon
 *       polymers") stays an untyped {@link Feature}: the text of a product decides it, or no one.
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
  /** Above this share, percent by weight, an element predominates in an alloy named by it. */
  static final double ALLOY_BASE_PERCENT = 50;

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
    if (typed == null || !boundsOnlyElements(typed)) {
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
        case UNALLOYED -> alternatives.add(new Threshold(ElementContents.contentOf(item.element()), Comparison.AT_LEAST,
            Quantity.of(UNALLOYED_FLOOR_PERCENT, Units.PERCENT), item.text()));
        case ALLOY -> alternatives.add(new Threshold(ElementContents.contentOf(item.element()),
            Comparison.GREATER_THAN, Quantity.of(ALLOY_BASE_PERCENT, Units.PERCENT), item.text()));
        case OTHER -> {
          Feature f = feature.apply(item.text());
          if (f == null) {
            return typed;
          }
          alternatives.add(f);
        }
      }
    }
    return new AnyOf(alternatives);
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
    String words = QUOTES.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
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

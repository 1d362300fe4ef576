package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The items of a list of materials ("where all surfaces that come in direct contact with the
 * chemical(s) being processed are made from any of the following materials:" then "Glass (including
 * vitrified or enamelled coatings or glass lining);", "Silicon carbide;"): each item's untyped
 * features are material alternatives ({@link Feature#material()}), as are the untyped materials
 * {@link MaterialAlternatives} lists within one provision. A text that names another material then
 * rules them out ({@link FeatureJudge#keywords(String, java.util.List)}).
 *
 * <p>Only a line that says what goods are made of ("made from", "made of", "constructed of",
 * "fabricated from", "manufactured from", also "... or lined with") and that its list is of
 * materials introduces such items. A line that allows a "combination of the following materials"
 * does not: its item may be of several materials at once, so one named material does not rule out
 * another. Stateless and thread-safe.
 */
public final class ListedMaterials {

  private static final Pattern LEAD_IN = Pattern.compile(
      "(?<![\\p{L}])(?:made|constructed|fabricated|manufactured)\\s+(?:from|of)(?![\\p{L}])[^.;:]{0,60}?"
          + "(?<![\\p{L}])the\\s+following\\s+materials\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMBINATION = Pattern.compile("(?<![\\p{L}])combinations?(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private ListedMaterials() {}

  /**
   * {@code item}, the criterion of a list item, with its features marked as material alternatives when
   * {@code leadIn}, the line that introduces the list, lists materials as above; {@code item} itself
   * otherwise. Only a feature that is the item, or one alternative of an any-of that is the item, is
   * marked: a feature within an all-of is a further condition, not a material.
   *
   * @param leadIn the text of the item's parent, or null for an entry
   */
  public static Criterion marked(Criterion item, String leadIn) {
    Objects.requireNonNull(item, "item");
    if (!listsMaterials(leadIn)) {
      return item;
    }
    if (item instanceof Feature f) {
      return f.asMaterial();
    }
    if (item instanceof AnyOf any) {
      List<Criterion> alternatives = new ArrayList<>(any.criteria().size());
      boolean changed = false;
      for (Criterion c : any.criteria()) {
        Criterion m = c instanceof Feature f ? f.asMaterial() : c;
        changed |= m != c;
        alternatives.add(m);
      }
      return changed ? new AnyOf(alternatives) : item;
    }
    return item;
  }

  /** Whether a line introduces a list of the materials goods are made of (see above). */
  static boolean listsMaterials(String leadIn) {
    return leadIn != null && LEAD_IN.matcher(leadIn.strip()).find() && !COMBINATION.matcher(leadIn).find();
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The judge of {@link FeatureJudge#keywords(String, List)}: the keyword judge, except that a
 * material alternative ({@link Feature#material()}) the text does not name is NO_MATCH when the text
 * names the material of its item.
 *
 * <p>Why: the annex lists equipment by the material of its wetted surfaces ("made from any of the
 * following materials: ...; glass; graphite ...; silicon carbide ..."). A product text names the
 * material its item is made of, not the many it is not made of; so a text that names its material
 * ("Plate heat exchanger 316L") says that a listed material it does not name is not the item's. The
 * metal alternatives are decided by the named grade's composition ({@link ElementContents}); the
 * others are untyped features that words can only support, so without this rule they stay UNKNOWN
 * and keep a provision open that every typed alternative has failed.
 *
 * <p>The costly error is a controlled item missed, so the rule rules out only what the text leaves
 * no room for:
 *
 * <ul>
 *   <li>only material features are ruled out, never another feature;
 *   <li>a material the text names is kept, in its own words ("glass", "silicon carbide") or through
 *       the designation or class of a material it names ("PTFE" is a fluoropolymer): the keyword
 *       judge's answer stands;
 *   <li>a text that names no known material ({@code namedMaterials} empty) keeps every answer of the
 *       keyword judge: it is {@link KeywordJudge} itself (see {@link FeatureJudge#keywords(String, List)});
 *   <li>a text that speaks of a lining, coating, cladding or plating keeps every answer too: the
 *       surfaces in contact with the fluid are then the lining's, which the text may name in words no
 *       list knows ("enamelled"), while the grade it names may be only the body's.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class MaterialJudge implements FeatureJudge {

  /** Words of a surface of another material than the body (English and German). */
  static final Pattern SURFACE_LAYER = Pattern.compile(
      "(?<!\\p{L})(?:lined|lining|linings|liner|liners|coated|coating|coatings|clad|cladding|plated|plating"
          + "|enamel\\p{L}*|emaill\\p{L}*|ausgekleidet|auskleidung\\p{L}*|beschichtet\\p{L}*|beschichtung\\p{L}*"
          + "|plattiert\\p{L}*)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final KeywordJudge keywords;
  /** The text and the designations and classes of the materials it names, lower-cased, one a line. */
  private final String named;

  MaterialJudge(KeywordJudge keywords, String text, List<String> namedMaterials) {
    this.keywords = keywords;
    this.named = (text + "\n" + String.join("\n", namedMaterials)).toLowerCase(Locale.ROOT);
  }

  /** The keyword judge it asks first. */
  KeywordJudge keywords() {
    return keywords;
  }

  @Override
  public Truth judge(Feature feature) {
    Truth t = keywords.judge(feature);
    if (t != Truth.UNKNOWN || !feature.material() || names(feature)) {
      return t;
    }
    return Truth.NO_MATCH;
  }

  /**
   * Whether the text or a material it names names the feature's material: one of its keywords (an
   * ending plural s dropped, "fluoropolymers" as "fluoropolymer") at the start of a word. Generous
   * on purpose: a word too many keeps an alternative open, which costs a question, not a miss.
   */
  private boolean names(Feature feature) {
    for (String keyword : feature.keywords()) {
      String stem = keyword.length() > 4 && keyword.endsWith("s") && !keyword.endsWith("ss")
          ? keyword.substring(0, keyword.length() - 1) : keyword;
      for (int at = named.indexOf(stem); at >= 0; at = named.indexOf(stem, at + 1)) {
        if (at == 0 || !Character.isLetter(named.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}

package org.dualuse.core.criteria;

import java.util.List;
import java.util.Objects;

/**
 * The keywords of a fixed set of features, laid out for screening one text after another: for the
 * judge of {@link FeatureJudge#keywords}, which features it may decide at all.
 *
 * <p>A classifier asks a judge about every feature it holds, once per product, and the keyword
 * judge almost always answers UNKNOWN. Walking each feature's list of keyword strings costs more
 * than the answer is worth; this keeps the letter pairs of every keyword in flat arrays, so that a
 * feature none of whose keywords can occur in the text is passed over without being judged. For any
 * other judge every feature may be decided. Immutable and thread-safe.
 */
public final class FeatureKeywords {
  /** Per feature f, its keywords are {@code keywordStart[f]} up to {@code keywordStart[f + 1]}. */
  private final int[] keywordStart;
  /** Per keyword k, the hashed pairs of its adjacent letters are {@code pairStart[k]} up to {@code pairStart[k + 1]}. */
  private final int[] pairStart;
  private final int[] pairs;
  /** Per feature, whether it is a material alternative, which a {@link MaterialJudge} may rule out. */
  private final boolean[] material;

  private FeatureKeywords(int[] keywordStart, int[] pairStart, int[] pairs, boolean[] material) {
    this.keywordStart = keywordStart;
    this.pairStart = pairStart;
    this.pairs = pairs;
    this.material = material;
  }

  /** The layout of these features' keywords; feature numbers are positions in {@code features}. */
  public static FeatureKeywords of(List<Feature> features) {
    int[] keywordStart = new int[features.size() + 1];
    int keywordCount = 0;
    int pairCount = 0;
    for (int f = 0; f < features.size(); f++) {
      keywordStart[f] = keywordCount;
      for (String k : features.get(f).keywords()) {
        keywordCount++;
        pairCount += Math.max(0, k.length() - 1);
      }
    }
    keywordStart[features.size()] = keywordCount;
    int[] pairStart = new int[keywordCount + 1];
    int[] pairs = new int[pairCount];
    int k = 0;
    int p = 0;
    for (Feature feature : features) {
      for (String keyword : feature.keywords()) {
        pairStart[k++] = p;
        for (int i = 1; i < keyword.length(); i++) {
          pairs[p++] = KeywordJudge.pair(keyword.charAt(i - 1), keyword.charAt(i));
        }
      }
    }
    pairStart[keywordCount] = p;
    boolean[] material = new boolean[features.size()];
    for (int f = 0; f < features.size(); f++) {
      material[f] = features.get(f).material();
    }
    return new FeatureKeywords(keywordStart, pairStart, pairs, material);
  }

  /**
   * Whether the judge may answer other than UNKNOWN for feature number {@code feature}: false only
   * when the judge is the keyword judge (or a {@link MaterialJudge} and the feature is no material
   * alternative) and no keyword of the feature can occur in its text.
   */
  public boolean mayDecide(FeatureJudge judge, int feature) {
    Objects.requireNonNull(judge, "judge");
    if (judge instanceof MaterialJudge materials) {
      // a material alternative may be ruled out whatever its keywords; any other is the keyword judge's
      return material[feature] || mayDecide(materials.keywords(), feature);
    }
    if (!(judge instanceof KeywordJudge text)) {
      return true;
    }
    for (int k = keywordStart[feature]; k < keywordStart[feature + 1]; k++) {
      if (mayOccur(text, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean mayOccur(KeywordJudge text, int keyword) {
    for (int p = pairStart[keyword]; p < pairStart[keyword + 1]; p++) {
      if (!text.hasPair(pairs[p])) {
        return false;
      }
    }
    return true;
  }
}

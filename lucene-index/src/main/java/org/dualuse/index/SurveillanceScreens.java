package org.dualuse.index;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.parse.ListProfile;
import org.dualuse.index.surveillance.Article5Screen;
import org.dualuse.index.surveillance.CyberSurveillanceItems;
import org.dualuse.index.surveillance.ProductText;

/**
 * The stage that screens a decided product for cyber surveillance: for a listed one (or one whose
 * listing waits on facts), how the node it rests on and the text stand to the cyber-surveillance items
 * of Article 2(20) ({@link CyberSurveillanceItems#flagOf}); for a product not listed, or whose listing
 * waits on facts, the indicators of the Article 5 catch-all ({@link Article5Screen}). Switched off,
 * it flags nothing and finds no indicator. Each screen runs only for a list whose {@link ListProfile}
 * has it: the flag for a list with cyber-surveillance headings, the catch-all for a list with a
 * {@link ListProfile#catchAllScreen() catch-all screen}.
 *
 * <p>Immutable and thread-safe.
 */
final class SurveillanceScreens {

  private final ControlList list;
  private final Article5Screen article5;
  private final CyberSurveillanceItems surveillanceItems;
  private final boolean flags;
  private final boolean catchAll;

  SurveillanceScreens(ControlList list, Article5Screen article5, CyberSurveillanceItems surveillanceItems,
      boolean on) {
    this.list = list;
    this.article5 = article5;
    this.surveillanceItems = surveillanceItems;
    ListProfile profile = ListProfile.of(list.id());
    this.flags = on && !profile.cyberSurveillance().anchors().isEmpty();
    this.catchAll = on && profile.catchAllScreen();
  }

  /**
   * The screens with the module's standard data ({@link Article5Screen#standard()}, {@link
   * CyberSurveillanceItems#standard()}), as far as the list's profile has them.
   *
   * @param on false switches both screens off whatever the profile says
   */
  static SurveillanceScreens standard(ControlList list, boolean on) {
    return new SurveillanceScreens(list, Article5Screen.standard(), CyberSurveillanceItems.standard(), on);
  }

  /** The cyber-surveillance flag of a decision that rests on {@code best} (null when none is viable). */
  CyberSurveillanceFlag flagOf(Decision decision, ScoredNode best, ProductText productText) {
    return !flags || decision == Decision.NOT_LISTED || best == null
        ? CyberSurveillanceFlag.NONE : surveillanceItems.flagOf(best.node.code(), productText, list, article5,
            Optional.ofNullable(best.derivedFrom));
  }

  /** The Article 5 indicators of a product not listed or whose listing waits on facts; else empty. */
  List<Article5Indicator> indicatorsOf(Decision decision, ProductText productText) {
    // a product whose listing waits on facts may prove unlisted: the catch-all is screened for it too
    return catchAll && decision != Decision.LISTED ? article5.screenOf(productText) : List.of();
  }
}

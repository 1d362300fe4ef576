package org.dualuse.core.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.model.ChildLogic;

/**
 * Reads from an item's text how its children combine ("any of the following", "all of the
 * following", "as follows"), the {@link ChildLogic} of its node. Its own class because the phrase
 * list and the search shortcut it allows are one concept, tested on their own. Stateless.
 */
final class ChildLogicReader {

  // "having all the following" omits the "of", and the source glues "havingall of the following"
  private static final Pattern LOGIC = Pattern.compile(
      "(?:\\b|(?<=having))(?:(all|both|each) (?:of )?the following|(any|either|one or more|one) of the following)"
          + "|\\bas follows|\\bthe following");

  private static final int LOGIC_LEAD = "one or more of the ".length();

  private ChildLogicReader() {}

  /** The logic that ties a node's children together, read from the node's own text. */
  static ChildLogic logicOf(String text) {
    if (!text.contains("ollow")) {
      return ChildLogic.NONE; // every phrase below says "follows" or "following"
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int follow = lower.indexOf("follow");
    if (follow < 0) {
      return ChildLogic.NONE;
    }
    // every match holds "follow" at most LOGIC_LEAD characters from its start ("one or more of the
    // following"): no match starts earlier, so the search may skip ahead (the bounds stay
    // transparent so that \b still sees the character before)
    Matcher m = LOGIC.matcher(lower).useTransparentBounds(true);
    m.region(Math.max(0, follow - LOGIC_LEAD), lower.length());
    ChildLogic logic = ChildLogic.NONE;
    while (m.find()) {
      if (m.group(1) != null) {
        logic = ChildLogic.ALL_OF;
      } else if (m.group(2) != null) {
        logic = ChildLogic.ANY_OF;
      } else {
        logic = ChildLogic.AS_FOLLOWS;
      }
    }
    return logic;
  }
}

package org.dualuse.core.criteria;

import static org.dualuse.core.criteria.DerivedFacts.clauseHead;
import static org.dualuse.core.criteria.DerivedFacts.clauseTail;
import static org.dualuse.core.criteria.DerivedFacts.derived;
import static org.dualuse.core.criteria.DerivedFacts.named;
import static org.dualuse.core.criteria.DerivedFacts.source;
import static org.dualuse.core.criteria.DerivedFacts.usable;

import java.util.List;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Units;

/**
 * The concentration of a substance in a mixture, as the mixture notes of 1C350 and 1C450 weigh it:
 * a value no word names, in percent, ppm or atom per cent, beside a word of mixtures or solutions
 * ("20 % in water", "wässrige Lösung 5 %"). Percent by mass is read as a content by its unit alone
 * ({@link ProductFacts}). Stateless.
 */
final class MixtureConcentration {

  // a text about a mixture or solution, where a bare percentage is the content of what it names
  private static final int MIXTURE_WINDOW = 30;
  private static final Pattern MIXTURE_WORDS = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:solution|mixture|mixed\\s+with|aqueous|in\\s+water|dissolved|diluted|dilution|blend"
          + "|lösung|gemisch|mischung|wässrig|verdünnt|gelöst|mélange|miscela|soluzione)");

  private MixtureConcentration() {}

  /**
   * The content of a substance in a mixture, when no fact names one: the first value no word names
   * in percent, ppm or atom per cent with a word of mixtures or solutions in its clause ("20 % in
   * water", "solution of 500 ppm"). Elsewhere such a value is as often an impurity ("boron below 2
   * ppm") or a percentage of something else, and the annex's content thresholds speak of the main
   * substance ("more than 50 % zirconium"): read as the content, an impurity figure fails them.
   */
  static void addTo(List<Fact> all, String text) {
    if (named(all, Parameters.CONTENT)) {
      return;
    }
    for (Fact f : List.copyOf(all)) {
      if (!usable(f) || f.origin() != FactOrigin.UNNAMED_IN_TEXT || !(f.value() instanceof Quantity q)
          || q.dimension() != Dimension.RATIO || !(q.value() > 0)) {
        continue;
      }
      boolean concentrationUnit = q.unit().equals(Units.PERCENT) || q.unit().equals(Units.PARTS_PER_MILLION)
          || q.unit().equals(Units.ATOM_PERCENT);
      boolean content = concentrationUnit && q.toSi() <= 1 && nearMixtureWord(text, f);
      if (content) {
        all.add(derived(Parameters.CONTENT, q.value(), q.unit(), "concentration in the mixture: " + q + source(f), f));
        return;
      }
    }
  }

  private static boolean nearMixtureWord(String text, Fact f) {
    if (f.start() < 0 || f.end() > text.length()) {
      return false;
    }
    String before = clauseTail(text.substring(Math.max(0, f.start() - MIXTURE_WINDOW), f.start()));
    String after = clauseHead(text.substring(f.end(), Math.min(text.length(), f.end() + MIXTURE_WINDOW)));
    return MIXTURE_WORDS.matcher(before).find() || MIXTURE_WORDS.matcher(after).find();
  }
}

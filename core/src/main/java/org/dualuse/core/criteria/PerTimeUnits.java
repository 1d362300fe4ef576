package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/**
 * Rates the annex writes with the time apart from the unit: "250 g of fluorine per hour", "10 kg of ice
 * or more in 24 hours", "0,5° (1 sigma or rms) per hour". The quantity finder reads the amount alone
 * (a mass, an angle); the time after it, past the matter it counts, a bracketed remark or the
 * comparator, makes it an amount per that time, in the registered unit of that rate (g/h, kg/24h,
 * °/h). A rate whose unit the registry does not have is left as it was. Stateless and thread-safe.
 */
final class PerTimeUnits {

  // what may stand between the amount and its time: a bracket, "of" and the matter (up to three
  // words), a comparator written after the value
  private static final Pattern PER_TIME = Pattern.compile(
      "^\\s*(?:\\([^()]{0,30}\\)\\s*)?(?:of\\s+(?:[\\p{L}-]+\\s+){1,3}?)?"
          + "(?:or\\s+(?:more|less|greater|higher|lower|better)\\s+)?"
          + "(?:per\\s+(hour|minute|second|day)|in\\s+24\\s+hours)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private PerTimeUnits() {}

  /** The quantities with each amount followed by its time made a rate; the same list when none is. */
  static List<FoundQuantity> apply(String text, List<FoundQuantity> found) {
    List<FoundQuantity> out = null;
    for (int i = 0; i < found.size(); i++) {
      FoundQuantity q = found.get(i);
      if (!(q.measurement() instanceof Quantity quantity)) {
        continue;
      }
      Matcher m = PER_TIME.matcher(text).region(q.end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      String per = m.group(1) == null ? "24h" : switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "hour" -> "h";
        case "minute" -> "min";
        case "second" -> "s";
        default -> "day";
      };
      Optional<Unit> rate = Units.lookup(quantity.unit().symbol() + "/" + per)
          .filter(u -> u.dimension() != quantity.unit().dimension());
      if (rate.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new FoundQuantity(Quantity.of(quantity.value(), rate.get()), q.start(), q.end(), q.text(), List.of()));
    }
    return out == null ? found : List.copyOf(out);
  }
}

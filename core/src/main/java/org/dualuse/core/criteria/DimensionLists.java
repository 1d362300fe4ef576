package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;

/**
 * Lists of dimensions as data sheets and ERP lines write them: the numbers joined by a multiplication
 * cross and the unit written once after the last, "200 x 100 x 5 mm", "Ø130 x 300 mm", "Ø80x110mm". The
 * quantity finder reads only the last member, which has the unit; here the members before it are found,
 * each with that unit. A name written before the list ("Ø", "OD", "Außen-Ø") names its first member
 * only: in "Ø130 x 300 mm" the 300 mm is the length, not the diameter, and in a pipe's "OD 60 x 2 mm" the
 * 2 mm is the wall ({@code TextFacts} reads the named first member). Stateless and thread-safe.
 */
final class DimensionLists {

  /** At most three dimensions: length, width and height. */
  private static final int MAX_MEMBERS = 3;

  // a member: a whole number or one with one or two decimals ("1.000" is a German thousand, never a
  // dimension read here), then the cross, at the end of the text before the next member
  private static final Pattern MEMBER_BEFORE =
      Pattern.compile("(?<![\\p{L}\\d.,&&[^øØ⌀]])(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*[x×]\\s*$");

  private DimensionLists() {}

  /** A member of a list before its last one: its value (in the last one's unit) and where it is. */
  record Member(Quantity value, int start, int end) {}

  /**
   * The members written before the length {@code last} in one list with it, first first; empty when
   * it ends no list.
   *
   * @param from where the text that may hold members begins (the end of the previous quantity)
   */
  static List<Member> before(String norm, FoundQuantity last, int from) {
    if (!(last.measurement() instanceof Quantity q)) {
      return List.of();
    }
    List<Member> out = new ArrayList<>();
    int to = last.start();
    while (out.size() < MAX_MEMBERS - 1 && to > from) {
      Matcher m = MEMBER_BEFORE.matcher(norm).region(from, to);
      if (!m.find()) {
        break;
      }
      double value = Double.parseDouble(m.group(1).replace(',', '.'));
      out.add(0, new Member(Quantity.of(value, q.unit()), m.start(1), m.end(1)));
      to = m.start(1);
    }
    return out;
  }
}

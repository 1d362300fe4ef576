package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the typed conditions of one text as the text joins them: an "or" between two conditions
 * (after a comma, before a number or before words that start a condition, never in idioms such as
 * "one or more") starts a new alternative, so the result is an {@link AnyOf} of {@link AllOf}s ("1 kW
 * or more in the range ..., or 250 W or more in the range ..."). Conditions that trail only the last
 * alternative, on parameters the first does not bound, hold for every alternative and are hoisted
 * out; the same condition written twice counts once. Stateless and thread-safe.
 */
final class Alternatives {
  // an "or" between conditions: after a comma, before the next number, or before words that start a
  // condition; "spherical, flaked or ground" and "average or CW output power" join words, not conditions
  private static final Pattern OR = Pattern.compile("(?:,\\s*or(?![\\p{L}])|(?<![\\p{L}])or\\s*$|(?<![\\p{L}])or\\s+"
      + "(?:a|an|the|with|having|by|in|at|above|below|over|under|exceeding|less|more|greater|higher|lower|equal|"
      + "being|using|is|are|of|for|to|from|when|where|if|which|that|able|capable|designed|rated|operating|"
      + "providing|containing|any|one|its)(?![\\p{L}]))");
  // "or" inside these is no alternative between conditions: "along one or more linear axis"
  private static final Pattern OR_IDIOM = Pattern.compile(
      "(?<![\\p{L}])(?:or\\s+(?:more|less|greater|higher|lower|fewer|better|equal)|at\\s+or\\s+(?:below|above)|"
          + "one\\s+or\\s+more|and/or|either)(?![\\p{L}])");
  private static final Pattern AND = Pattern.compile("(?<![\\p{L}])and(?![\\p{L}])");

  private Alternatives() {}

  /**
   * The conditions of one text combined as it joins them, or null when there are none.
   *
   * @param pieces the conditions in text order
   * @param norm the normalised text the offsets of {@code pieces} refer to
   */
  static Criterion combine(List<WrittenCondition> pieces, String norm) {
    if (pieces.isEmpty()) {
      return null;
    }
    List<List<WrittenCondition>> groups = new ArrayList<>();
    groups.add(new ArrayList<>());
    for (int i = 0; i < pieces.size(); i++) {
      WrittenCondition p = pieces.get(i);
      if (i > 0) {
        WrittenCondition prev = pieces.get(i - 1);
        String gap = p.start() > prev.end() ? OR_IDIOM.matcher(norm.substring(prev.end(), p.start())).replaceAll(" ") : "";
        if (OR.matcher(gap).find() && !AND.matcher(gap).find()) {
          groups.add(new ArrayList<>());
        }
      }
      groups.get(groups.size() - 1).add(p);
    }
    if (groups.size() == 1) {
      return all(groups.get(0));
    }
    // conditions after the last alternative that the first does not share hold for every alternative
    List<WrittenCondition> hoisted = new ArrayList<>();
    List<WrittenCondition> first = groups.get(0);
    List<WrittenCondition> last = groups.get(groups.size() - 1);
    Set<Parameter> firstParameters = new LinkedHashSet<>();
    first.forEach(p -> firstParameters.add(p.parameter()));
    while (last.size() > first.size() && !firstParameters.contains(last.get(last.size() - 1).parameter())) {
      hoisted.add(0, last.remove(last.size() - 1));
    }
    List<Criterion> alternatives = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (List<WrittenCondition> g : groups) {
      Criterion c = all(g);
      if (seen.add(c.describe())) {
        alternatives.add(c);
      }
    }
    Criterion any = alternatives.size() == 1 ? alternatives.get(0) : new AnyOf(alternatives);
    if (hoisted.isEmpty()) {
      return any;
    }
    List<Criterion> together = new ArrayList<>();
    together.add(any);
    hoisted.forEach(p -> together.add(p.criterion()));
    return new AllOf(together);
  }

  private static Criterion all(List<WrittenCondition> group) {
    // the same condition written twice (a bound repeated in brackets or in a second clause) counts once
    List<Criterion> distinct = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (WrittenCondition p : group) {
      if (seen.add(p.criterion().describe())) {
        distinct.add(p.criterion());
      }
    }
    return distinct.size() == 1 ? distinct.get(0) : new AllOf(distinct);
  }
}

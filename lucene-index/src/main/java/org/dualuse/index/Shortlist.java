package org.dualuse.index;

import java.util.List;

/**
 * The candidates shown for a product (the best of the ranking, at most the classifier's top-K), the
 * one the decision rests on and the one the text fits best.
 *
 * @param shown the shown candidates, best first
 * @param best the first shown candidate that no note releases, no fact fails and no "non-" excludes;
 *     null when there is none
 * @param fittest the shown candidate that scored highest before the checks, released or not; null
 *     when none is shown
 */
record Shortlist(List<ScoredNode> shown, ScoredNode best, ScoredNode fittest) {

  /** The first {@code size} candidates of a ranking, best first. */
  static Shortlist of(List<ScoredNode> ranked, int size) {
    List<ScoredNode> shown = ranked.subList(0, Math.min(size, ranked.size()));
    return new Shortlist(shown, firstViable(shown), fittest(shown));
  }

  private static ScoredNode firstViable(List<ScoredNode> shown) {
    for (ScoredNode s : shown) {
      if (s.viable()) {
        return s;
      }
    }
    return null;
  }

  /** The best candidate before the checks: the node the text fits best, released or not. */
  private static ScoredNode fittest(List<ScoredNode> shown) {
    ScoredNode fittest = null;
    for (ScoredNode s : shown) {
      if (fittest == null || s.beforeChecks > fittest.beforeChecks) {
        fittest = s;
      }
    }
    return fittest;
  }
}

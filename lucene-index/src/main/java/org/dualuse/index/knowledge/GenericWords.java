package org.dualuse.index.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.LiteralPhrases;

/**
 * Decides which names are single generic words that must never point at a node alone (pump, valve,
 * laser, Pumpe, Ventil): a name of one analyzed word is generic when
 *
 * <ul>
 *   <li>it is written with two characters or fewer ("CS", "SG"): an abbreviation that short means
 *       too many things;
 *   <li>the reviewed list of generic words ({@code generic-words.tsv}, in every language) holds it; or
 *   <li>its word occurs in the own text of {@value #GENERIC_NODES} or more nodes of the list: a word
 *       the annex itself uses that widely names no one kind of goods.
 * </ul>
 *
 * Names of several words ("vacuum pump") and names matched as written ("Inconel 718") are never
 * generic; a name matched as written that is shorter than four letters and digits ("PA") matches
 * nothing ({@link #isMatchable}). Immutable and thread-safe.
 */
final class GenericWords {

  static final int GENERIC_NODES = 10;
  static final String COLUMNS = "word<TAB>lang<TAB>source";

  private final ListAnalyzer analyzer = new ListAnalyzer();
  private final Set<String> listed;
  private final Map<String, Integer> nodesWith;

  GenericWords(ControlList list, List<String> words) {
    Objects.requireNonNull(list, "list");
    Set<String> terms = new HashSet<>();
    for (String w : words) {
      terms.addAll(analyzer.terms(w));
    }
    this.listed = Set.copyOf(terms);
    Map<String, Integer> df = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      for (String t : new HashSet<>(analyzer.terms(node.text()))) {
        df.merge(t, 1, Integer::sum);
      }
    }
    this.nodesWith = Map.copyOf(df);
  }

  /** Whether a name is a single generic word (see the class comment). */
  boolean isGeneric(String name) {
    if (!analyzer.keepsEveryWord(name)) {
      return false;
    }
    List<String> terms = analyzer.terms(name);
    if (terms.size() != 1) {
      return false;
    }
    String t = terms.get(0);
    return name.strip().length() <= 2 || listed.contains(t) || nodesWith.getOrDefault(t, 0) >= GENERIC_NODES;
  }

  /** Whether a name can be found in a text at all: it has an analyzed word, or is a long enough literal. */
  boolean isMatchable(String name) {
    return analyzer.keepsEveryWord(name) ? !analyzer.terms(name).isEmpty() : LiteralPhrases.isMatchable(name);
  }
}

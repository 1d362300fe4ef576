package org.dualuse.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.AnalyzedText;

/**
 * The words a node's own text excludes by the prefix "non-" ("Non-rubidium", Non-"space-qualified"),
 * unless it also states them plainly: a product the text names by them is what the node leaves out.
 * Such a node is weakened for a text that names them, and an entry is not descended to such a child
 * on those words.
 *
 * <p>Read once per list at construction, since every classification asks about dozens of nodes and
 * few nodes have any; immutable and thread-safe.
 */
final class NonPrefixExclusions {

  private static final Pattern NON_PREFIX = Pattern.compile("(?i)\\bnon-[\"'“]?([\\p{L}][\\p{L}-]*)");

  /** Per node whose own text excludes words by "non-", those words (analyzed as the index analyzes). */
  private final Map<ControlCode, Set<String>> excludedWords = new HashMap<>();

  NonPrefixExclusions(ListIndex index) {
    for (ControlNode node : index.list().allNodes()) {
      Set<String> excluded = exclusionsOf(index, node.text());
      if (!excluded.isEmpty()) {
        excludedWords.put(node.code(), excluded);
      }
    }
  }

  /** The words the node's own text excludes by "non-"; empty for most nodes. */
  Set<String> excludedBy(ControlCode code) {
    return excludedWords.getOrDefault(code, Set.of());
  }

  /** Weakens a node (once) whose own text excludes by "non-" a word the product text names. */
  void weakenIfExcluded(ScoredNode s, AnalyzedText text) {
    if (s.exclusionChecked) {
      return;
    }
    s.exclusionChecked = true;
    List<String> excluded = new ArrayList<>();
    Set<String> excludedHere = excludedBy(s.node.code());
    for (String t : s.matchedTerms) {
      if (excludedHere.contains(t)) {
        excluded.add(text.surfaceOf(t));
      }
    }
    if (!excluded.isEmpty()) {
      s.excluded = true;
      s.beforeExclusion = s.score;
      s.score *= NotesAndCriteriaCheck.NEGATED_FACTOR;
      s.remark(RemarkKind.NEGATION, List.of(), excluded,
          s.node.code() + " excludes what the text names: non-" + String.join(", non-", excluded));
    }
  }

  private static Set<String> exclusionsOf(ListIndex index, String own) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NON_PREFIX.matcher(own);
    while (m.find()) {
      out.addAll(index.analyze(m.group(1)).positiveTerms());
    }
    if (!out.isEmpty()) {
      out.removeAll(index.analyze(NON_PREFIX.matcher(own).replaceAll(" ")).positiveTerms());
    }
    return Set.copyOf(out);
  }
}

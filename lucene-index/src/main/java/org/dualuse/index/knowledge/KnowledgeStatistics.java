package org.dualuse.index.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;

/**
 * How much of a list the knowledge covers.
 *
 * @param subjects nodes (entries and items, "Not used" ones left out) with a subject, their own or an
 *     ancestor's
 * @param goodsEntries entries of the goods groups (A, B, C) that are not "Not used"
 * @param goodsEntriesWithSubject of those, the ones with a subject
 * @param chemicalsWithCas chemicals with a CAS number
 * @param vocabularyRowsByLanguage rows of the vocabulary retrieval uses, by language, in key order
 */
public record KnowledgeStatistics(int subjects, int goodsEntries, int goodsEntriesWithSubject, int chemicalsWithCas,
    Map<String, Integer> vocabularyRowsByLanguage) {

  public KnowledgeStatistics {
    vocabularyRowsByLanguage = java.util.Collections.unmodifiableMap(
        new TreeMap<>(Objects.requireNonNull(vocabularyRowsByLanguage, "vocabularyRowsByLanguage")));
  }

  /**
   * Counts a list's coverage by knowledge.
   *
   * @param vocabularyRowsByLanguage the rows of the vocabulary retrieval uses, by language
   * @throws NullPointerException when an argument is null
   */
  public static KnowledgeStatistics of(ControlList list, Knowledge knowledge, Map<String, Integer> vocabularyRowsByLanguage) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(vocabularyRowsByLanguage, "vocabularyRowsByLanguage");
    Subjects subjects = knowledge.subjects();
    int withSubject = 0;
    for (ControlNode node : list.allNodes()) {
      if (!node.notUsed() && subjects.of(node.code()).isPresent()) {
        withSubject++;
      }
    }
    List<ControlNode> goods = list.entries().stream()
        .filter(e -> !e.notUsed() && isGoods(e.code().group())).toList();
    int goodsWith = (int) goods.stream().filter(e -> subjects.of(e.code()).isPresent()).count();
    int cas = (int) knowledge.chemicals().all().stream().filter(c -> c.cas().isPresent()).count();
    return new KnowledgeStatistics(withSubject, goods.size(), goodsWith, cas, vocabularyRowsByLanguage);
  }

  /** The share of goods entries with a subject, 0 to 1 (1 for a list without goods entries). */
  public double subjectCoverage() {
    return goodsEntries == 0 ? 1.0 : (double) goodsEntriesWithSubject / goodsEntries;
  }

  private static boolean isGoods(ProductGroup g) {
    return g == ProductGroup.A || g == ProductGroup.B || g == ProductGroup.C;
  }
}

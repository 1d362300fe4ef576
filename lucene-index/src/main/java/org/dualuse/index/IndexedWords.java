package org.dualuse.index;

import java.util.HashMap;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.ListIndex.NodeWords;

/**
 * The words of the nodes a {@link ListIndex} holds, by code and by document, and how many documents
 * hold each word: the evidence and coverage of a hit are told in them, and the idf weighs them. Taken
 * from the data an index was built from, or read back from the postings of an index opened as found.
 * Never written after construction, so thread-safe.
 */
final class IndexedWords {
  final Map<ControlCode, NodeWords> byCode;
  /** The words of each document, in document order. */
  final NodeWords[] byDoc;
  private final Map<String, Integer> docFreq;
  private final int documentCount;

  private IndexedWords(ControlNode[] nodeOfDoc, Map<ControlCode, NodeWords> byCode, Map<String, Integer> docFreq) {
    this.byCode = byCode;
    this.docFreq = docFreq;
    this.documentCount = nodeOfDoc.length;
    this.byDoc = new NodeWords[nodeOfDoc.length];
    for (int doc = 0; doc < nodeOfDoc.length; doc++) {
      byDoc[doc] = byCode.get(nodeOfDoc[doc].code());
    }
  }

  /** The words of the data the index was just built from. */
  static IndexedWords built(ControlNode[] nodeOfDoc, IndexData data) {
    return new IndexedWords(nodeOfDoc, data.words, data.docFreq);
  }

  /** The words of an index opened as found: the terms of its documents' fields ({@link DocumentNodes}). */
  static IndexedWords readBack(ControlNode[] nodeOfDoc, WordImpacts wordImpacts, WordImpacts idImpacts) {
    Map<ControlCode, NodeWords> byCode = new HashMap<>();
    Map<String, Integer> docFreq = new HashMap<>();
    DocumentNodes.readWordsBack(nodeOfDoc, wordImpacts, idImpacts, byCode, docFreq);
    return new IndexedWords(nodeOfDoc, byCode, docFreq);
  }

  /** BM25 inverse document frequency of a term over all words of the nodes; unknown terms score as rare. */
  double idf(String term) {
    int df = docFreq.getOrDefault(term, 0);
    return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
  }

  /** The idf of a term found in the words of a single node: the largest idf of a known term. */
  double idfOfRarest() {
    return Math.log(1 + (documentCount - 1 + 0.5) / 1.5);
  }

  /** Whether a term occurs in the indexed words of any node. */
  boolean knows(String term) {
    return docFreq.containsKey(term);
  }
}

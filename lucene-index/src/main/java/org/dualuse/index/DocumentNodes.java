package org.dualuse.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;

/**
 * What an index opened as found (bundled in the jar, or reused on disk) tells of its documents: the
 * node of each, and the words of each node, read back from its postings instead of analysing the list
 * again. Static helpers only.
 */
final class DocumentNodes {
  private static final int CODES_CHECKED_EVERY = 64;

  private DocumentNodes() {}

  /** The nodes of documents by the codes a bundled index recorded, in document order. */
  static ControlNode[] nodesOfDocuments(ControlList list, List<String> codes, String where) {
    List<ControlNode> indexed = indexedNodes(list);
    boolean inOrder = indexed.size() == codes.size();
    for (int doc = 0; doc < codes.size() && inOrder; doc++) {
      inOrder = indexed.get(doc).code().toString().equals(codes.get(doc));
    }
    if (inOrder) {
      return indexed.toArray(ControlNode[]::new);
    }
    ControlNode[] out = new ControlNode[codes.size()];
    for (int doc = 0; doc < out.length; doc++) {
      String code = codes.get(doc);
      out[doc] = list.find(code).orElseThrow(() -> new DualUseException(
          where + " names node " + code + " that list " + list.id() + " does not have"));
    }
    return out;
  }

  /** The nodes that have a document, in the list's order: every node that is not "Not used". */
  private static List<ControlNode> indexedNodes(ControlList list) {
    List<ControlNode> indexed = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      if (!node.notUsed()) {
        indexed.add(node);
      }
    }
    return indexed;
  }

  /**
   * The node of each document. The index holds one document per node that is not "Not used", added
   * in the list's order, so document i is the i-th such node: checked on the stored codes of every
   * {@value #CODES_CHECKED_EVERY}th document and the last one (reading every stored document is most of
   * opening a bundled index), and read from all of them should a checked one differ.
   */
  static ControlNode[] nodesOfDocuments(ControlList list, DirectoryReader reader, Directory directory)
      throws IOException {
    List<ControlNode> indexed = indexedNodes(list);
    StoredFields stored = reader.storedFields();
    int docs = reader.maxDoc();
    if (indexed.size() == docs) {
      boolean inOrder = true;
      for (int doc = 0; doc < docs && inOrder; doc = doc == docs - 1 ? docs : Math.min(doc + CODES_CHECKED_EVERY, docs - 1)) {
        inOrder = indexed.get(doc).code().toString().equals(stored.document(doc).get(IndexFields.F_CODE));
      }
      if (inOrder) {
        return indexed.toArray(ControlNode[]::new);
      }
    }
    ControlNode[] out = new ControlNode[docs];
    for (int doc = 0; doc < docs; doc++) {
      String code = stored.document(doc).get(IndexFields.F_CODE);
      out[doc] = list.find(code).orElseThrow(() -> new DualUseException(
          "index in " + directory + " names node " + code + " that list " + list.id() + " does not have"));
    }
    return out;
  }

  /**
   * The words of every node and their document frequencies, as {@link IndexData} computes them, read
   * from the postings of the index: a node's own words are its terms in {@link IndexFields#F_OWN}, all its words
   * its terms in the first {@link IndexFields#MATCHED_FIELDS} word fields, its CAS numbers its terms in
   * {@link IndexFields#F_CAS}. Only membership is ever asked of these sets, so their order does not matter.
   */
  static void readWordsBack(ControlNode[] nodeOfDoc, WordImpacts wordImpacts, WordImpacts idImpacts,
      Map<ControlCode, ListIndex.NodeWords> words, Map<String, Integer> frequencies) {
    int docs = nodeOfDoc.length;
    List<Set<String>> own = new ArrayList<>(docs);
    List<Set<String>> all = new ArrayList<>(docs);
    List<Set<String>> cas = new ArrayList<>(docs);
    for (int doc = 0; doc < docs; doc++) {
      own.add(new HashSet<>());
      all.add(new HashSet<>());
      cas.add(new HashSet<>());
    }
    int ownField = IndexFields.WORD_FIELDS.indexOf(IndexFields.F_OWN);
    wordImpacts.forEach((term, perField) -> {
      for (int f = 0; f < IndexFields.MATCHED_FIELDS; f++) {
        if (perField[f] != null) {
          for (int doc : perField[f].docs()) {
            all.get(doc).add(term);
            if (f == ownField) {
              own.get(doc).add(term);
            }
          }
        }
      }
    });
    int casField = IndexFields.ID_FIELDS.indexOf(IndexFields.F_CAS);
    idImpacts.forEach((term, perField) -> {
      if (perField[casField] != null) {
        for (int doc : perField[casField].docs()) {
          cas.get(doc).add(term);
        }
      }
    });
    for (int doc = 0; doc < docs; doc++) {
      for (String t : all.get(doc)) {
        frequencies.merge(t, 1, Integer::sum);
      }
      words.put(nodeOfDoc[doc].code(), new ListIndex.NodeWords(Collections.unmodifiableSet(own.get(doc)),
          Collections.unmodifiableSet(all.get(doc)), Set.copyOf(cas.get(doc))));
    }
  }
}

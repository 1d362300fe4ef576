package org.dualuse.index;

import java.util.List;

/**
 * The fields of a document of a {@link ListIndex} (one document per node): its code and CAS numbers
 * as identifiers, and its words by where they come from (its own text, its vocabulary rows, its
 * ancestors', the nodes it refers to, its notes, its terms' definitions, its retrieval pointers), which
 * the query weighs differently ({@link QueryClauses}). Constants only.
 */
final class IndexFields {
  static final String F_CODE = "code";
  static final String F_OWN = "own";
  static final String F_CONTEXT = "context";
  static final String F_REFS = "refs";
  static final String F_NOTES = "notes";
  static final String F_TERMS = "terms";
  static final String F_VOCAB = "vocab";
  static final String F_POINTER = "pointer";
  static final String F_CAS = "cas";

  /** The word fields in the order their scores are gathered (the order of the reference query). */
  static final List<String> WORD_FIELDS = List.of(F_OWN, F_VOCAB, F_CONTEXT, F_REFS, F_POINTER, F_NOTES, F_TERMS);
  /** The first this many of {@link #WORD_FIELDS} hold the words of {@link ListIndex.NodeWords#all()}. */
  static final int MATCHED_FIELDS = 4;
  /** The identifier fields; their clauses carry their boost per query. */
  static final List<String> ID_FIELDS = List.of(F_CODE, F_CAS);

  private IndexFields() {}
}

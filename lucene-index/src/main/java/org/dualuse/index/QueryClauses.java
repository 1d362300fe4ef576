package org.dualuse.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.AnalyzedText;

/**
 * The shape of a query over a {@link ListIndex}, shared by the search on impacts ({@link
 * ImpactSearch}) and the Lucene query it is checked against ({@link ReferenceQuery}): the weight of
 * each word field, the dis-max tie, the boosts of the identifier clauses, and those clauses for a text
 * (a control code, a CAS number, a vocabulary phrase or pointer found whole). Static helpers only.
 */
final class QueryClauses {
  // field weights: the node's own words and the users' words count most, inherited words less
  static final float W_OWN = 3.0f;
  static final float W_VOCAB = 3.0f;
  static final float W_POINTER = 3.0f;
  static final float W_CONTEXT = 0.7f;
  static final float W_REFS = 1.2f;
  static final float W_NOTES = 0.5f;
  static final float W_TERMS = 0.25f;
  static final float DISMAX_TIE = 0.15f;
  static final float CODE_BOOST = 200f;
  static final float PHRASE_BOOST = 6f;
  /** As {@link #PHRASE_BOOST}: on the corpus's tune half 3 and 10 did no better. */
  static final float POINTER_BOOST = 6f;
  static final float CAS_BOOST = 100f;
  /** At most this many words of a text are searched: one bit each in {@link QueryScores#wordsHeld}. */
  static final int MAX_QUERY_TERMS = 64;

  private QueryClauses() {}

  /** The weight of each word field's term scores, in the order of {@link IndexFields#WORD_FIELDS}; a new array. */
  static float[] wordWeights() {
    return new float[] {W_OWN, W_VOCAB, W_CONTEXT, W_REFS, W_POINTER, W_NOTES, W_TERMS};
  }

  /** One clause on an identifier field: the term and its boost. */
  record IdClause(String field, String term, float boost) {}

  /**
   * The identifier clauses of a text, in query order: per control code of the text the nearest node
   * indexed at or above it, per CAS number its chemical, per vocabulary phrase and per pointer found
   * whole the indexed node it points at (boosted once per phrase).
   *
   * @param indexed the words of the indexed nodes, by code: which codes the index holds
   */
  static List<IdClause> idClauses(AnalyzedText text, Map<ControlCode, List<String>> phrases,
      Map<ControlCode, List<String>> pointers, Map<ControlCode, ?> indexed) {
    List<IdClause> out = new ArrayList<>();
    for (ControlCode code : text.codes()) {
      ControlCode known = nearestKnown(code, indexed);
      if (known != null) {
        out.add(new IdClause(IndexFields.F_CODE, known.toString(), CODE_BOOST));
      }
    }
    for (String cas : text.casNumbers()) {
      out.add(new IdClause(IndexFields.F_CAS, cas, CAS_BOOST));
    }
    for (ControlCode code : phrases.keySet()) {
      if (indexed.containsKey(code)) {
        out.add(new IdClause(IndexFields.F_CODE, code.toString(), PHRASE_BOOST * phrases.get(code).size()));
      }
    }
    for (ControlCode code : pointers.keySet()) {
      if (indexed.containsKey(code)) {
        out.add(new IdClause(IndexFields.F_CODE, code.toString(), POINTER_BOOST * pointers.get(code).size()));
      }
    }
    return out;
  }

  /** The code itself when indexed, else its nearest indexed ancestor; null when none is. */
  private static ControlCode nearestKnown(ControlCode code, Map<ControlCode, ?> indexed) {
    if (indexed.containsKey(code)) {
      return code;
    }
    for (ControlCode up : code.ancestors()) {
      if (indexed.containsKey(up)) {
        return up;
      }
    }
    return null;
  }
}

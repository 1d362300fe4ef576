package org.dualuse.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.AnalyzedText;

/**
 * The Lucene query that {@link ImpactSearch} evaluates on the precomputed {@link WordImpacts}: per
 * word a dis-max over the fields that hold it, weighted; a clause per code, CAS number and vocabulary
 * phrase ({@link QueryClauses}). Kept as the reference for the scores (a test runs it on the index's
 * searcher and compares) and for anyone who wants Lucene's explanation of a score. Static helpers only.
 */
final class ReferenceQuery {
  private ReferenceQuery() {}

  /**
   * The query of a text, or null when the text has nothing to search for.
   *
   * @param indexed the words of the indexed nodes, by code
   * @param wordImpacts the impacts of the word fields: a field without the term gets no clause
   */
  static Query of(AnalyzedText text, Map<ControlCode, List<String>> phrases, Map<ControlCode, List<String>> pointers,
      Map<ControlCode, ?> indexed, WordImpacts wordImpacts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryClauses.IdClause id : QueryClauses.idClauses(text, phrases, pointers, indexed)) {
      b.add(new BoostQuery(new TermQuery(new Term(id.field(), id.term())), id.boost()), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    float[] weights = QueryClauses.wordWeights();
    int terms = 0;
    for (String t : text.positiveTerms()) {
      if (terms++ == QueryClauses.MAX_QUERY_TERMS) {
        break;
      }
      List<Query> perField = new ArrayList<>(6);
      for (int f = 0; f < IndexFields.WORD_FIELDS.size(); f++) {
        String field = IndexFields.WORD_FIELDS.get(f);
        // a field without the term would only cost a dictionary seek
        if (wordImpacts.of(field, t) != null) {
          perField.add(new BoostQuery(new TermQuery(new Term(field, t)), weights[f]));
        }
      }
      if (!perField.isEmpty()) {
        b.add(perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, QueryClauses.DISMAX_TIE),
            BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }
}

package org.dualuse.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The score each indexed term gives each document that holds it, per field, as Lucene's
 * similarity computes it for a term query on that field with the field's weight: read once from
 * the index, so that a query over the list costs array additions instead of a dictionary seek and
 * a postings decode per field and word.
 *
 * <p>Why: the index of a list is small (a few thousand documents) and never changes once built,
 * while a product query is large (up to 64 words, each a dis-max over six fields). Evaluated by an
 * {@link IndexSearcher}, such a query spends most of its time creating term weights and reading
 * norms; with the scores precomputed, {@link ListIndex#find} runs the same arithmetic in a few
 * microseconds. The scores are the similarity's own ({@code SimScorer.score(freq, norm)} with the
 * collection and term statistics the searcher reports), so the ranking is Lucene's: a test checks
 * it against the searcher's result for the same query.
 *
 * <p>Immutable after construction; safe for any number of threads.
 */
final class WordImpacts {

  /** The documents holding one term in one field, ascending, and the score the term gives each. */
  record Postings(int[] docs, float[] scores) {}

  private final List<String> fields;
  /** Per term, its postings in each field (in the order of {@link #fields}), null where absent. */
  private final Map<String, Postings[]> byTerm;

  private WordImpacts(List<String> fields, Map<String, Postings[]> byTerm) {
    this.fields = fields;
    this.byTerm = byTerm;
  }

  /**
   * Reads the postings of the given fields and scores them with the searcher's similarity.
   *
   * @param fields the fields, in the order {@link #of} returns their postings
   * @param weights per field, the boost its term queries carry
   */
  static WordImpacts read(DirectoryReader reader, IndexSearcher searcher, List<String> fields, float[] weights)
      throws IOException {
    Similarity similarity = searcher.getSimilarity();
    Map<String, Postings[]> byTerm = new HashMap<>();
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      Map<String, RawPostings> raw = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        long[] norms = norms(leaf, field);
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          RawPostings r = raw.computeIfAbsent(term.utf8ToString(), t -> new RawPostings());
          r.docFreq += te.docFreq();
          r.totalTermFreq += te.totalTermFreq();
          postings = te.postings(postings, PostingsEnum.FREQS);
          for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
            r.add(leaf.docBase + doc, postings.freq(), norms[doc]);
          }
        }
      }
      CollectionStatistics collection = searcher.collectionStatistics(field);
      for (Map.Entry<String, RawPostings> e : raw.entrySet()) {
        RawPostings r = e.getValue();
        Similarity.SimScorer scorer = similarity.scorer(weights[f], collection,
            new TermStatistics(new BytesRef(e.getKey()), r.docFreq, r.totalTermFreq));
        float[] scores = new float[r.size];
        for (int i = 0; i < r.size; i++) {
          scores[i] = scorer.score(r.freqs[i], r.norms[i]);
        }
        byTerm.computeIfAbsent(e.getKey(), t -> new Postings[fields.size()])[f] =
            new Postings(Arrays.copyOf(r.docs, r.size), scores);
      }
    }
    return new WordImpacts(List.copyOf(fields), Map.copyOf(byTerm));
  }

  /**
   * The norm of each document of a segment in a field, read in one forward pass (a norms iterator
   * only moves forward, and one per term would re-read them thousands of times); 1 where the
   * field has no norms, as the searcher scores it.
   */
  private static long[] norms(LeafReaderContext leaf, String field) throws IOException {
    long[] out = new long[leaf.reader().maxDoc()];
    Arrays.fill(out, 1L);
    NumericDocValues norms = leaf.reader().getNormValues(field);
    if (norms != null) {
      for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
        out[doc] = norms.longValue();
      }
    }
    return out;
  }

  /**
   * The postings of a term in each field, in the order the fields were read (null for a field
   * without the term), or null when no field holds it. The array is shared: never write to it.
   */
  Postings[] of(String term) {
    return byTerm.get(term);
  }

  /** Calls the action with every term and its postings per field (null where a field lacks it), in no order. */
  void forEach(BiConsumer<String, Postings[]> action) {
    byTerm.forEach(action);
  }

  /** The postings of a term in one field, or null when no document holds it there. */
  Postings of(String field, String term) {
    Postings[] all = byTerm.get(term);
    int f = fields.indexOf(field);
    return all == null || f < 0 ? null : all[f];
  }

  /** The postings of one term gathered over the segments, before scoring. */
  private static final class RawPostings {
    int[] docs = new int[4];
    int[] freqs = new int[4];
    long[] norms = new long[4];
    int size;
    long docFreq;
    long totalTermFreq;

    void add(int doc, int freq, long norm) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        freqs = Arrays.copyOf(freqs, size * 2);
        norms = Arrays.copyOf(norms, size * 2);
      }
      docs[size] = doc;
      freqs[size] = freq;
      norms[size] = norm;
      size++;
    }
  }
}

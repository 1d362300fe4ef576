package org.dualuse.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /**
   * Writes the table: its fields, then per term (in sorted order, so that the same index gives the
   * same bytes) its text, a bit per field that holds it, and per such field its documents and scores.
   */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(fields.size());
    for (String f : fields) {
      out.writeUTF(f);
    }
    List<String> terms = new ArrayList<>(byTerm.keySet());
    Collections.sort(terms);
    out.writeInt(terms.size());
    for (String term : terms) {
      out.writeUTF(term);
      Postings[] perField = byTerm.get(term);
      int present = 0;
      for (int f = 0; f < perField.length; f++) {
        present |= perField[f] == null ? 0 : 1 << f;
      }
      out.writeInt(present);
      for (Postings p : perField) {
        if (p != null) {
          out.writeInt(p.docs().length);
          for (int d : p.docs()) {
            out.writeInt(d);
          }
          for (float score : p.scores()) {
            out.writeFloat(score);
          }
        }
      }
    }
  }

  /**
   * Reads a table {@link #write} wrote, for these fields in this order.
   *
   * @throws IOException when the bytes are cut short or were written for other fields
   */
  static WordImpacts read(ByteBuffer in, List<String> fields) throws IOException {
    try {
      int fieldCount = in.getInt();
      List<String> written = new ArrayList<>(fieldCount);
      for (int f = 0; f < fieldCount; f++) {
        written.add(utf(in));
      }
      if (!written.equals(fields)) {
        throw new IOException("impacts written for fields " + written + ", wanted " + fields);
      }
      int termCount = in.getInt();
      Map<String, Postings[]> byTerm = new HashMap<>(termCount * 4 / 3 + 1);
      for (int t = 0; t < termCount; t++) {
        String term = utf(in);
        int present = in.getInt();
        Postings[] perField = new Postings[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
          if ((present & (1 << f)) != 0) {
            int n = in.getInt();
            int[] docs = new int[n];
            in.asIntBuffer().get(docs);
            in.position(in.position() + 4 * n);
            float[] scores = new float[n];
            in.asFloatBuffer().get(scores);
            in.position(in.position() + 4 * n);
            perField[f] = new Postings(docs, scores);
          }
        }
        byTerm.put(term, perField);
      }
      return new WordImpacts(List.copyOf(fields), Map.copyOf(byTerm));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("impacts are cut short or malformed at byte " + in.position(), e);
    }
  }

  /** A string as {@link DataOutputStream#writeUTF} wrote it (modified UTF-8 that is plain UTF-8 for index terms). */
  static String utf(ByteBuffer in) throws IOException {
    int length = Short.toUnsignedInt(in.getShort());
    byte[] bytes = new byte[length];
    in.get(bytes);
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.indexOf('\u0000') >= 0 || s.indexOf('\uFFFD') >= 0) {
      throw new IOException("a term of the impacts is not plain UTF-8: " + s);
    }
    return s;
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

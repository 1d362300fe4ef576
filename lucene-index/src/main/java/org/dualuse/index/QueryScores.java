package org.dualuse.index;

import java.util.Arrays;

/**
 * The scores of one query over a {@link WordImpacts} table, summed per document as Lucene sums the
 * SHOULD clauses of a Boolean query: a clause is a single term (a code, a CAS number) with a boost,
 * or a word whose fields are combined by dis-max (the best field's score plus a tie-breaking share
 * of the others'), and the per-document sum is kept in double and reported as float.
 *
 * <p>Confined to the thread that runs a query. Its arrays are as long as the index has documents
 * (a few thousand, some 100 KB in all): the index keeps spare instances and {@link #reset} clears
 * only what a query touched, since allocating them afresh per query was a third of a
 * classification's allocation.
 */
final class QueryScores {
  private final double[] total;
  /** Per document, one bit per word of the query (by position) that a matching field holds. */
  private final long[] held;
  private final boolean[] matched;
  private final int[] matchedDocs;
  private int matchedCount;
  // the word being gathered: per document its best field score and the sum of the others
  private final float[] wordMax;
  private final double[] wordOthers;
  private final boolean[] inWord;
  private final int[] wordDocs;
  private int wordCount;

  QueryScores(int documents) {
    total = new double[documents];
    held = new long[documents];
    matched = new boolean[documents];
    matchedDocs = new int[documents];
    wordMax = new float[documents];
    wordOthers = new double[documents];
    inWord = new boolean[documents];
    wordDocs = new int[documents];
  }

  /** Clears what the last query touched, for the next one. */
  QueryScores reset() {
    for (int i = 0; i < matchedCount; i++) {
      int d = matchedDocs[i];
      total[d] = 0;
      held[d] = 0;
      matched[d] = false;
    }
    matchedCount = 0;
    return this;
  }

  /** Adds a single-term clause: each document holding the term gets its score times the boost. */
  void addClause(WordImpacts.Postings postings, float boost) {
    if (postings == null) {
      return;
    }
    for (int i = 0; i < postings.docs().length; i++) {
      add(postings.docs()[i], boost * postings.scores()[i]);
    }
  }

  /**
   * Adds one field's postings of the word being gathered (scores already carry the field weight).
   *
   * @param wordBit the word's bit for {@link #wordsHeld}, or 0 when this field does not count
   */
  void addToWord(WordImpacts.Postings postings, long wordBit) {
    if (postings == null) {
      return;
    }
    int[] docs = postings.docs();
    float[] scores = postings.scores();
    for (int i = 0; i < docs.length; i++) {
      int d = docs[i];
      held[d] |= wordBit;
      float s = scores[i];
      if (!inWord[d]) {
        inWord[d] = true;
        wordDocs[wordCount++] = d;
        wordMax[d] = s;
        wordOthers[d] = 0;
      } else if (s > wordMax[d]) {
        wordOthers[d] += wordMax[d];
        wordMax[d] = s;
      } else {
        wordOthers[d] += s;
      }
    }
  }

  /** Ends the word being gathered: each document it touched gets its dis-max score. */
  void endWord(float tieBreaker) {
    for (int i = 0; i < wordCount; i++) {
      int d = wordDocs[i];
      inWord[d] = false;
      add(d, (float) (wordMax[d] + wordOthers[d] * tieBreaker));
    }
    wordCount = 0;
  }

  private void add(int doc, float score) {
    if (!matched[doc]) {
      matched[doc] = true;
      matchedDocs[matchedCount++] = doc;
    }
    total[doc] += score;
  }

  /** The bits of the words whose postings in a counting field held the document. */
  long wordsHeld(int doc) {
    return held[doc];
  }

  /** The score of a document, as the searcher would report it. */
  float score(int doc) {
    return (float) total[doc];
  }

  /** The best k documents that matched any clause, by score and then by document number. */
  int[] top(int k) {
    int[] best = new int[Math.min(k, matchedCount)];
    int size = 0;
    // once the list is full, the last one's score is the bar: most documents fall below it at once
    float bar = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < matchedCount; i++) {
      int d = matchedDocs[i];
      if (size == best.length && (score(d) < bar || !before(d, best[size - 1]))) {
        continue;
      }
      // insertion into the sorted prefix: k is small (tens), most documents never get this far
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && before(d, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = d;
      if (size == best.length) {
        bar = score(best[size - 1]);
      }
    }
    return size == best.length ? best : Arrays.copyOf(best, size);
  }

  private boolean before(int a, int b) {
    int c = Float.compare(score(b), score(a));
    return c != 0 ? c < 0 : a < b;
  }
}

package org.dualuse.index.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replays terms that were analyzed once already, so that text shared by many documents (an entry's
 * text is context for all its items) is analyzed a single time when the index is built. Single use,
 * like every token stream.
 */
public final class TermListTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int next;

  /** @param terms analyzed terms, in order */
  public TermListTokenStream(List<String> terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}

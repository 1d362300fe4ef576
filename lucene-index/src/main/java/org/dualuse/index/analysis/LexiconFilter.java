package org.dualuse.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds, after each word of a text in a language, the English words the {@link Lexicon} gives for it,
 * at the same position and offsets (as synonyms are added): "Ausgangsleistung" then, from its parts,
 * "output" and "power". The word itself stays, so names in the text's own language (vocabulary rows,
 * trade names) match as before. The added words have the type {@link #TRANSLATION}, so that the
 * analysis counts a word and its translations as one word of the text ({@link AnalyzedText#words}).
 * Expects lower-case, ASCII-folded terms.
 */
final class LexiconFilter extends TokenFilter {
  /** The type of the English words this filter adds: another reading of the word before them. */
  static final String TRANSLATION = "translation";
  private final Lexicon lexicon;
  private final String language;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State word;

  LexiconFilter(TokenStream input, Lexicon lexicon, String language) {
    super(input);
    this.lexicon = lexicon;
    this.language = language;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.pollFirst());
      position.setPositionIncrement(0);
      type.setType(TRANSLATION);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<String> english = lexicon.englishOf(language, term.toString());
    if (!english.isEmpty()) {
      String own = term.toString();
      for (String e : english) {
        if (!e.equals(own)) {
          pending.add(e);
        }
      }
      word = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}

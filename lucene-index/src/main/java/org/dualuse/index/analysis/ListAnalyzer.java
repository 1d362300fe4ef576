package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer for the list's text and for product descriptions.
 *
 * <p>Chain: standard tokenizer (splits {@code radiation-hardened} into its words, so the hyphenated
 * and the spaced spelling match), English possessives, lower case, {@link NumberAndUnitFilter}
 * (numbers and units stay out of word scoring), ASCII folding ({@code Wärmebildkamera} and
 * {@code warmebildkamera} match), optional German decompounding against a dictionary, English and
 * annex stop words, the one stemmer of the classifier ({@link WordForms#stem}: Snowball English).
 * Thread-safe like every Lucene analyzer.
 */
public final class ListAnalyzer extends Analyzer {

  /**
   * English stop words plus boilerplate that nearly every provision repeats and that says nothing
   * about the kind of item ("specially designed", "having any of the following").
   */
  public static final CharArraySet STOP_WORDS;

  static {
    List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(List.of("specially", "designed", "following", "having", "any", "specified", "therefor",
        "thereof", "etc", "e.g", "i.e", "der", "die", "das", "und", "mit", "fur", "für", "von", "zur",
        "zum", "ein", "eine", "den", "des", "dem", "im", "auf", "oder", "bei", "aus", "nach",
        // French and Italian function words that are no English words: material masters come in these
        // languages too ("Au", "Al" and the negators "sans", "senza" stay words)
        "de", "du", "la", "le", "les", "et", "pour", "avec", "aux", "sur", "par", "une",
        "di", "del", "della", "delle", "dei", "degli", "dello", "con", "il", "lo", "gli", "da", "su",
        "nel", "nella"));
    STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  /** The shortest compound part of the English analysis: shorter parts split words at random. */
  private static final int MIN_PART = 5;
  /**
   * The shortest compound part of a text in a language of the {@link Lexicon}: its dictionary holds
   * the language's words, and technical German builds on four-letter ones (Rohr, Bild, Luft, Flug).
   */
  private static final int MIN_LEXICON_PART = 4;

  private final CharArraySet compoundParts;
  private final Lexicon lexicon;
  private final String language;
  private final int minPart;

  /** The analyzer without decompounding, as used for the index. */
  public ListAnalyzer() {
    this(CharArraySet.EMPTY_SET);
  }

  /**
   * @param compoundParts folded lower-case words that German compounds of a query are split into
   *     ({@code warmebildkamera} out of {@code warmebildkameramodul}); empty for none
   */
  public ListAnalyzer(CharArraySet compoundParts) {
    this.compoundParts = compoundParts;
    this.lexicon = Lexicon.empty();
    this.language = "";
    this.minPart = MIN_PART;
  }

  /**
   * The query analyzer for texts of a language the lexicon covers: compounds are also split into
   * the language's words of the lexicon, and every word is followed by the English words the
   * lexicon gives for it ({@link LexiconFilter}).
   *
   * @param compoundParts as for {@link #ListAnalyzer(CharArraySet)}
   * @param lexicon the lexicon
   * @param language ISO 639-1 code of the texts' language
   */
  public ListAnalyzer(CharArraySet compoundParts, Lexicon lexicon, String language) {
    Objects.requireNonNull(compoundParts, "compoundParts");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.language = Objects.requireNonNull(language, "language");
    CharArraySet parts = new CharArraySet(compoundParts, false);
    parts.addAll(lexicon.compoundParts(language));
    this.compoundParts = CharArraySet.unmodifiableSet(parts);
    this.minPart = MIN_LEXICON_PART;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = new EnglishPossessiveFilter(source);
    ts = new LowerCaseFilter(ts);
    ts = new NumberAndUnitFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    if (!compoundParts.isEmpty()) {
      ts = new DictionaryCompoundWordTokenFilter(ts, compoundParts, 6, minPart, 40, true);
    }
    if (lexicon.covers(language)) {
      ts = new LexiconFilter(ts, lexicon, language);
    }
    ts = new StopFilter(ts, STOP_WORDS);
    ts = new StemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  /** The analyzed terms of a text, in order. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of a string failed", e);
    }
    return out;
  }

  /**
   * Whether the analysis keeps a word of every token of a phrase that is not a stop word: false when
   * it would drop a number, a single character or a unit symbol ("Inconel 718", "C-276", "gizmo PA"),
   * so that the analyzed phrase would say less than the phrase and match more than it. Such a phrase
   * is matched as written ({@link LiteralPhrases}).
   */
  public boolean keepsEveryWord(String phrase) {
    for (String token : phrase.split("[^\\p{L}\\p{N}]+")) {
      if (token.isEmpty() || STOP_WORDS.contains(WordForms.fold(token))) {
        continue;
      }
      if (terms(token).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}

package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.dualuse.core.code.ControlCode;

/**
 * A product description run through the {@link ListAnalyzer}: its terms with the words they came
 * from, which of them stand under a negation, and the control codes it names.
 *
 * <p>A word is negated when, within the same clause (no {@code , ; : . ( )} between), one of the
 * two words before it is a negator: {@code not}, {@code non}, {@code no}, {@code without},
 * {@code never}, {@code nicht}, {@code ohne}, {@code kein(e)}, {@code sans}, {@code aucun(e)},
 * {@code senza}, {@code nessun(o/a)}. So "not radiation hardened microcontroller" negates
 * "radiation hardened" and "non-ITAR, rad-hard" negates nothing after the comma. Conjunctions and
 * the parts of a hyphenated word do not count among the two ("no relational or contact-network
 * mapping" negates "relational" and "contact-network"), and a comma goes on negating when a list of alternatives
 * follows ("without builder, command server or delivery" negates each of them). Immutable.
 *
 * @param text the text as given
 * @param tokens every analyzed term in order, with its surface word and negation flag
 * @param codes the control codes the text names ({@code 5A001.f}), in order, without repeats
 * @param casNumbers the CAS registry numbers the text names ({@code 111-48-8}), in order, without
 *     repeats: chemicals are listed by them, and they are numbers the word analysis drops
 * @param language the text's language (ISO 639-1), or empty when not known: words of a vocabulary
 *     in another language do not apply to it
 */
public record AnalyzedText(String text, List<Token> tokens, List<ControlCode> codes, List<String> casNumbers,
    Optional<String> language) {

  /**
   * One analyzed term.
   *
   * @param term the term as indexed (stemmed)
   * @param surface the word of the text it came from
   * @param start offset of the word in the text
   * @param end offset after the word
   * @param negated true when the word stands under a negation
   * @param translation true when the term is an English word the {@link Lexicon} gives for the
   *     word of the token before it (same offsets): another reading of that word, not a word more
   */
  public record Token(String term, String surface, int start, int end, boolean negated, boolean translation) {}

  public AnalyzedText {
    java.util.Objects.requireNonNull(language, "language");
    tokens = List.copyOf(tokens);
    codes = List.copyOf(codes);
    casNumbers = List.copyOf(casNumbers);
  }

  /**
   * Analyzes a text.
   *
   * @param analyzer the analyzer of the index (or its query variant)
   * @param text any string, never null
   */
  public static AnalyzedText of(Analyzer analyzer, String text) {
    boolean[] negatedChars = NegationScope.negatedChars(text);
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = Math.min(offset.startOffset(), text.length());
        int end = Math.min(Math.max(offset.endOffset(), start), text.length());
        boolean negated = start < negatedChars.length && negatedChars[start];
        boolean translation = LexiconFilter.TRANSLATION.equals(type.type()) && !tokens.isEmpty()
            && tokens.get(tokens.size() - 1).start() == start;
        tokens.add(new Token(term.toString(), text.substring(start, end), start, end, negated, translation));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of a string failed", e);
    }
    return new AnalyzedText(text, tokens, codesIn(text), casNumbersIn(text), Optional.empty());
  }

  /** The same analysis of a text in a known language (or of none, when empty). */
  public AnalyzedText inLanguage(Optional<String> language) {
    return new AnalyzedText(text, tokens, codes, casNumbers, language);
  }

  /**
   * The CAS registry numbers in a text ({@code 2-7 digits - 2 digits - 1 check digit}), in order,
   * without repeats; the check digit is verified, so dates and part numbers do not pass.
   */
  public static List<String> casNumbersIn(String text) {
    return IdentifiersInText.casNumbers(text);
  }

  /** The control codes named in a text, in order of appearance, without repeats. */
  public static List<ControlCode> codesIn(String text) {
    return IdentifiersInText.controlCodes(text);
  }

  /** The distinct terms that are not negated, in order of first appearance. */
  public List<String> positiveTerms() {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (!t.negated()) {
        out.add(t.term());
      }
    }
    return List.copyOf(out);
  }

  /**
   * A word of the text as the terms it reads as.
   *
   * @param own the word's own term, or null when an earlier word had it
   * @param translations the English words the {@link Lexicon} gives for it that no earlier word had
   */
  public record Word(String own, List<String> translations) {
    /** Every term of the word, its own first. */
    public List<String> terms() {
      if (own == null) {
        return translations;
      }
      List<String> out = new ArrayList<>(translations.size() + 1);
      out.add(own);
      out.addAll(translations);
      return out;
    }
  }

  /**
   * The words of the text that are not negated, each as the distinct terms it reads as: its own term
   * and the English words the {@link Lexicon} gives for it. A term is in the first word that reads
   * as it only; a word left without a term is left out. Word weights count each word once, by its
   * best reading, so that a German text weighs as its English translation would.
   */
  public List<Word> positiveWords() {
    List<Word> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String own = null;
    List<String> translations = null;
    for (Token t : tokens) {
      if (t.negated()) {
        continue;
      }
      if (!t.translation() || translations == null) {
        if (translations != null && (own != null || !translations.isEmpty())) {
          out.add(new Word(own, List.copyOf(translations)));
        }
        translations = new ArrayList<>();
        own = seen.add(t.term()) ? t.term() : null;
      } else if (seen.add(t.term())) {
        translations.add(t.term());
      }
    }
    if (translations != null && (own != null || !translations.isEmpty())) {
      out.add(new Word(own, List.copyOf(translations)));
    }
    return out;
  }

  /** The distinct terms that stand under a negation. */
  public Set<String> negatedTerms() {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (t.negated()) {
        out.add(t.term());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Whether the terms of a phrase follow each other in the tokens from token {@code i} on. The parts
   * of a compound and the lexicon's translations of a word share the offsets of their word: they
   * may sit between the phrase's words ("données" "data" "de conception" has "données de conception").
   */
  public static boolean startsAt(List<Token> tokens, int i, List<String> terms) {
    int t = 0;
    int j = i;
    while (t < terms.size() && j < tokens.size()) {
      if (tokens.get(j).term().equals(terms.get(t))) {
        t++;
        j++;
      } else if (t > 0 && tokens.get(j).start() == tokens.get(j - 1).start()) {
        j++;
      } else {
        return false;
      }
    }
    return t == terms.size();
  }

  /** Whether the text has the terms of a phrase in a row, as {@link #startsAt} reads them. */
  public boolean hasPhrase(List<String> terms) {
    for (int i = 0; i < tokens.size(); i++) {
      if (startsAt(tokens, i, terms)) {
        return true;
      }
    }
    return false;
  }

  /** The surface word of the first token with this term, or the term itself. */
  public String surfaceOf(String term) {
    for (Token t : tokens) {
      if (t.term().equals(term)) {
        return t.surface();
      }
    }
    return term;
  }
}

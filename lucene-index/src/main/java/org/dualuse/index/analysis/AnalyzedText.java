package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  private static final Pattern CODE = Pattern.compile(
      "(?<![0-9A-Za-z])([0-9][A-Ea-e][0-9]{3}(?:\\.[a-z0-9]{1,3})*)\\.?(?![0-9A-Za-z])");
  private static final Pattern CAS = Pattern.compile("(?<![0-9-])([0-9]{2,7})-([0-9]{2})-([0-9])(?![0-9-])");
  private static final Set<String> NEGATORS = Set.of(
      "not", "non", "no", "without", "never", "nicht", "ohne", "kein", "keine", "keinen", "nor",
      // French and Italian: "sans", "aucun(e)"; "senza", "nessun(o/a)", "né" ("non" is above). Not the
      // French "ni": it is nickel's symbol ("W-Ni-Fe", "Ni powder"), and "sans X ni Y" is negated by "sans"
      "sans", "aucun", "aucune", "senza", "nessun", "nessuno", "nessuna", "né");
  /** Words that join the negated words of a list: "no relational or contact-network mapping". */
  private static final Set<String> LIST_JOINERS = Set.of(
      "or", "nor", "and", "oder", "und", "noch", "ou", "et", "ni", "o", "e", "né");
  /** The words that end a list of alternatives ("A, B or C"). */
  private static final Set<String> LIST_DISJUNCTIONS = Set.of("or", "nor", "oder", "noch", "ou", "ni", "o", "né");
  private static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "aber", "jedoch");
  /**
   * How many words after a negator it negates. Fitted on the tune half of the team's corpus
   * (2026-12-07, with the list rules above): 1 word gives listed F1 0.797 / not listed 0.791, 2 words
   * 0.797 / 0.795, 3 words 0.796 / 0.795 with top-5 recall 0.901 -> 0.894; two it is.
   */
  private static final int NEGATION_REACH = 2;
  /** The length of the longest negator or clause break. */
  private static final int LONGEST_MARKER = Stream.of(NEGATORS, CLAUSE_BREAKS, LIST_JOINERS).flatMap(Set::stream)
      .mapToInt(String::length).max().orElse(0);

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
    boolean[] negatedChars = negatedSpans(text);
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
    if (!mayHoldCasNumber(text)) {
      return List.of(); // most descriptions have no "digits-dd-d" at all: skip the regex
    }
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CAS.matcher(text);
    while (m.find()) {
      String digits = m.group(1) + m.group(2);
      int sum = 0;
      for (int i = 0; i < digits.length(); i++) {
        sum += (digits.length() - i) * (digits.charAt(i) - '0');
      }
      if (sum % 10 == m.group(3).charAt(0) - '0') {
        out.add(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      }
    }
    return List.copyOf(out);
  }

  /** The control codes named in a text, in order of appearance, without repeats. */
  public static List<ControlCode> codesIn(String text) {
    if (!mayHoldCode(text)) {
      return List.of(); // most descriptions have no "digit, A-E, three digits": skip the regex
    }
    Set<ControlCode> out = new LinkedHashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      String raw = m.group(1);
      String normal = raw.substring(0, 1) + raw.substring(1, 2).toUpperCase(Locale.ROOT) + raw.substring(2);
      Optional<ControlCode> code = ControlCode.tryParse(normal);
      code.ifPresent(out::add);
    }
    return List.copyOf(out);
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

  /** A word or a clause mark of a text, with its place. */
  private record Piece(int start, int end, String lower, boolean word, boolean hyphenated) {}

  /** The words ({@link WordChars}) and clause marks of a text, in order; other characters are skipped. */
  private static List<Piece> pieces(String text) {
    List<Piece> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    // the matches of [\p{L}\p{N}]+|[,;:.()\[\]!?] in order, found by hand (a regex per text cost
    // more than the rest of the walk)
    while (i < n) {
      int cp = text.codePointAt(i);
      int start = i;
      if (WordChars.isWordChar(cp)) {
        do {
          i += Character.charCount(cp);
        } while (i < n && WordChars.isWordChar(cp = text.codePointAt(i)));
        // a word long enough to be no marker keeps no lower-case copy: it is never compared
        String lower = i - start > LONGEST_MARKER ? null : text.substring(start, i).toLowerCase(Locale.ROOT);
        boolean hyphenated = start > 0 && text.charAt(start - 1) == '-' && !out.isEmpty()
            && out.get(out.size() - 1).word() && out.get(out.size() - 1).end() == start - 1;
        out.add(new Piece(start, i, lower, true, hyphenated));
      } else if (cp < 0x80 && ",;:.()[]!?".indexOf(cp) >= 0) {
        i++;
        out.add(new Piece(start, i, text.substring(start, i), false, false));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  private static boolean[] negatedSpans(String text) {
    boolean[] negated = new boolean[text.length()];
    List<Piece> pieces = pieces(text);
    int reach = 0;
    boolean inNegation = false;
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (!p.word()) {
        // "without builder, command server or delivery": the comma of a negated list goes on negating
        if (inNegation && p.lower().equals(",") && negatedListGoesOn(pieces, i + 1)) {
          reach = NEGATION_REACH;
        } else {
          reach = 0;
          inNegation = false;
        }
        continue;
      }
      String w = p.lower();
      if (w != null && NEGATORS.contains(w)) {
        reach = NEGATION_REACH;
        inNegation = true;
      } else if (w != null && CLAUSE_BREAKS.contains(w)) {
        reach = 0;
        inNegation = false;
      } else if (w != null && LIST_DISJUNCTIONS.contains(w) && i > 0 && pieces.get(i - 1).word()
          && negated[pieces.get(i - 1).start()]) {
        // "no sprocket gear or ratchet": the word after the alternative's "or" is negated too
        reach = Math.max(reach, 1);
      } else if (p.hyphenated() && negated[pieces.get(i - 1).start()]) {
        // the parts of a hyphenated word are one word: negated with the first, without using up the reach
        Arrays.fill(negated, p.start(), p.end(), true);
      } else if (reach > 0) {
        Arrays.fill(negated, p.start(), p.end(), true);
        // a conjunction joins the words it negates: it does not use up the reach
        if (w == null || !LIST_JOINERS.contains(w)) {
          reach--;
        }
      } else {
        inNegation = false;
      }
    }
    return negated;
  }

  /**
   * Whether the pieces from {@code from} on continue a negated list: short items (at most
   * {@value #NEGATION_REACH} words, hyphenated parts counted once) separated by commas, the last
   * joined by a disjunction ("or", "oder", "ou", "ni", "o"), before the clause ends.
   */
  private static boolean negatedListGoesOn(List<Piece> pieces, int from) {
    int words = 0;
    for (int i = from; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (!p.word()) {
        if (!p.lower().equals(",") || words == 0) {
          return false;
        }
        words = 0;
      } else if (p.lower() != null && LIST_DISJUNCTIONS.contains(p.lower())) {
        return words > 0;
      } else if (p.lower() != null && (NEGATORS.contains(p.lower()) || CLAUSE_BREAKS.contains(p.lower()))) {
        return false;
      } else if (!p.hyphenated() && ++words > NEGATION_REACH) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the text has a digit, a letter A to E and three digits in a row, as every match of
   * {@link #CODE} has: a scan of the characters, where the regex costs a search at every digit of a
   * material-master line full of numbers.
   */
  private static boolean mayHoldCode(String text) {
    for (int i = 0; i + 4 < text.length(); i++) {
      char group = text.charAt(i + 1);
      if (isAsciiDigit(text.charAt(i)) && ((group >= 'A' && group <= 'E') || (group >= 'a' && group <= 'e'))
          && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3)) && isAsciiDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a digit, a hyphen, two digits, a hyphen and a digit in a row, as every match of {@link #CAS} has. */
  private static boolean mayHoldCasNumber(String text) {
    for (int i = 1; i + 4 < text.length(); i++) {
      if (text.charAt(i) == '-' && text.charAt(i + 3) == '-' && isAsciiDigit(text.charAt(i - 1))
          && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

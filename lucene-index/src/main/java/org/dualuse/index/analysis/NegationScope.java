package org.dualuse.index.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which characters of a text stand under a negation, by the rule {@link AnalyzedText} states: a
 * negator negates the next {@value #NEGATION_REACH} words of its clause, conjunctions and the parts
 * of a hyphenated word not counted, and a comma goes on negating when a list of alternatives
 * follows. It reads the words of the text itself ({@link WordChars}), not the analyzer's tokens.
 * Stateless.
 */
final class NegationScope {

  /** The classifier's one list of negators. */
  private static final Set<String> NEGATORS = Negators.WORDS;
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

  private NegationScope() {}

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

  /** For each character of {@code text}, whether it belongs to a negated word. */
  static boolean[] negatedChars(String text) {
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
}
